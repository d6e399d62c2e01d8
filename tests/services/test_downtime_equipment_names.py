"""A stop's equipment in either language: the plant's names now, else what the stop recorded."""

from __future__ import annotations

from dataclasses import replace

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.services.patterns import PatternService
from tests.conftest import TEAM_LEAD

TRANSFER = ("L1-CONV-03", "Transfer conveyor TC-3", "Transportador de transferencia TC-3")


def _stopped(kiosk: Kiosk, session: OperatorSession, clock: ManualClock, equipment: str) -> str:
    started = kiosk.downtime.start(session, equipment)
    clock.advance(420)
    kiosk.downtime.stop(session)
    return started.id


def test_a_named_stop_carries_both_names_of_the_plant(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    stop = kiosk.downtime.start(operator_session, TRANSFER[0])
    assert stop.plant_equipment is not None
    assert (stop.equipment_in("en"), stop.equipment_in("es")) == TRANSFER[1:]
    # The running stop, read again, too.
    running = kiosk.downtime.running()
    assert running is not None and running.equipment_in("es") == TRANSFER[2]


def test_without_the_plants_names_the_recorded_name_or_the_code_is_said(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    stop = kiosk.downtime.start(operator_session, TRANSFER[0])
    older = replace(stop, plant_equipment=None, equipment_id=None, equipment="Old press 4")
    assert (older.equipment_in("en"), older.equipment_in("es")) == ("Old press 4", "Old press 4")
    gone = replace(stop, plant_equipment=None, equipment=None)  # a code the plant dropped
    assert gone.equipment_in("es") == TRANSFER[0]
    english_only = replace(
        stop,
        plant_equipment=replace(stop.plant_equipment, name_es=None),  # type: ignore[type-var]
    )
    assert english_only.equipment_in("es") == TRANSFER[1]
    none = replace(stop, plant_equipment=None, equipment_id=None, equipment=None)
    assert none.equipment_in("es") is None


def test_the_recurring_pattern_carries_the_spanish_name_for_the_screens(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    lead = kiosk.auth.login(*TEAM_LEAD)
    for _ in range(3):
        kiosk.downtime.code(
            lead, _stopped(kiosk, operator_session, clock, TRANSFER[0]), "MECH-CONV-JAM"
        )
    (found,) = PatternService(kiosk.uow, kiosk.downtime, clock).recurring(threshold=3)
    assert f"on {TRANSFER[1]} happened 3 times" in found.sentence  # the journal's English
    assert (found.terms["equipment"], found.terms["equipment_es"]) == TRANSFER[1:]
    assert found.terms["equipment_id"] == TRANSFER[0]
