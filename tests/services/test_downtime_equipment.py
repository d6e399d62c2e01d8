"""Naming the equipment of a stop: leads only, from the line's list in the plant files, merged."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.catalogue import validate_payload
from harmony_kiosk.domain.plant_files import PlantDefinition
from harmony_kiosk.errors import InvalidEntry, NotAllowed, NotFound
from harmony_kiosk.paths import demo_plant_dir
from harmony_kiosk.services import demo
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk, rebuild_projections
from harmony_kiosk.services.patterns import PatternService
from harmony_kiosk.store import master_data, sync_records
from harmony_kiosk.store.journal import read_events
from sync.server.line_feed import catalogue_shared_types
from tests.conftest import SUPERVISOR, TEAM_LEAD

PRESS = ("L1-PRESS-01", "Bearing press, servo 5 t")  # LINE1's list in resources/demo/plant.toml
NUTRUNNER = ("L1-NUT-02", "Nutrunner TW-07")
TRANSFER = ("L1-CONV-03", "Transfer conveyor TC-3")
LINE1_EQUIPMENT = [
    "L1-CAM-05",
    "L1-CONV-03",
    "L1-LABEL-06",
    "L1-LEAK-04",
    "L1-NUT-02",
    "L1-PRESS-01",
    "L1-SCALE-07",
]


def _stopped(
    kiosk: Kiosk, session: OperatorSession, clock: ManualClock, equipment: str | None = None
) -> str:
    started = kiosk.downtime.start(session, equipment)
    clock.advance(420)
    kiosk.downtime.stop(session)
    return started.id


def test_a_lead_names_the_equipment_of_a_stop_started_without_it(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    stop_id = _stopped(kiosk, operator_session, clock)
    lead = kiosk.auth.login(*TEAM_LEAD)
    named = kiosk.downtime.name_equipment(lead, stop_id, f"  {PRESS[0]} ")
    assert (named.equipment_id, named.equipment) == PRESS
    with kiosk.database.read() as connection:
        last = list(read_events(connection))[-1]
    assert (last.type, last.actor) == ("downtime.equipment_named", TEAM_LEAD[0])
    assert last.payload == {"downtime_id": stop_id, "equipment": PRESS[1], "equipment_id": PRESS[0]}
    validate_payload(last.type, last.payload)
    # A supervisor may rename it, here by its Spanish name; the latest naming stands, also
    # after a rebuild, and the event carries the code and the English name.
    supervisor = kiosk.auth.login(*SUPERVISOR)
    renamed = kiosk.downtime.name_equipment(supervisor, stop_id, "atornilladora tw-07")
    assert (renamed.equipment_id, renamed.equipment) == NUTRUNNER
    rebuild_projections(kiosk.database)
    (stop,) = [s for s in kiosk.downtime.on_line(*_all_time(clock)) if s.id == stop_id]
    assert (stop.equipment_id, stop.equipment) == NUTRUNNER


def test_the_rules_operators_unknown_stops_and_equipment_of_another_line(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    stop_id = _stopped(kiosk, operator_session, clock)
    lead = kiosk.auth.login(*TEAM_LEAD)
    with pytest.raises(NotAllowed, match="Only a team lead"):
        kiosk.downtime.name_equipment(operator_session, stop_id, PRESS[0])
    with pytest.raises(NotFound):
        kiosk.downtime.name_equipment(lead, "0190f0f0-0000-7000-8000-000000000000", PRESS[0])
    for elsewhere in ("L2-CAM-04", "Vision camera, booth A", "Cover fit & torque"):
        # LINE2's camera by code and by name, and a station: none is equipment of LINE1
        with pytest.raises(InvalidEntry, match="not equipment of this line"):
            kiosk.downtime.name_equipment(lead, stop_id, elsewhere)
    with pytest.raises(InvalidEntry, match="Choose the equipment"):
        kiosk.downtime.name_equipment(lead, stop_id, "   ")
    with kiosk.database.read() as connection:
        assert not [e for e in read_events(connection) if e.type == "downtime.equipment_named"]


def test_the_line_equipment_is_the_plant_files_list_and_start_takes_it_too(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    listed = kiosk.downtime.equipment_of_line()
    assert [item.id for item in listed] == LINE1_EQUIPMENT
    assert next(i for i in listed if i.id == PRESS[0]).name_in("es") == (
        "Prensa de rodamientos, servo 5 t"
    )
    stop_id = _stopped(kiosk, operator_session, clock, TRANSFER[1])  # by name, as a scanner types
    (stop,) = [s for s in kiosk.downtime.on_line(*_all_time(clock)) if s.id == stop_id]
    assert (stop.equipment_id, stop.equipment) == TRANSFER
    with pytest.raises(InvalidEntry, match="Forklift 9 is not equipment of this line"):
        kiosk.downtime.start(operator_session, "Forklift 9")
    assert kiosk.downtime.running() is None  # nothing was recorded
    # Free text no longer grows the list: it is the plant's.
    assert [item.id for item in kiosk.downtime.equipment_of_line()] == LINE1_EQUIPMENT


def test_named_equipment_feeds_the_recurring_pattern(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    lead = kiosk.auth.login(*TEAM_LEAD)
    # The same conveyor, called by its code, its English and its Spanish name: one machine.
    for called in (TRANSFER[0], TRANSFER[1], "Transportador de transferencia TC-3"):
        stop_id = _stopped(kiosk, operator_session, clock)  # started in one tap, no equipment
        kiosk.downtime.code(lead, stop_id, "MECH-CONV-JAM")
        patterns = PatternService(kiosk.uow, kiosk.downtime, clock)
        before = patterns.recurring(threshold=3)
        kiosk.downtime.name_equipment(lead, stop_id, called)
    assert before == []  # the third stop counted only once named
    (found,) = patterns.recurring(threshold=3)
    assert f"on {TRANSFER[1]} happened 3 times" in found.sentence
    assert found.terms["equipment_id"] == TRANSFER[0]


def test_a_naming_flows_to_the_other_kiosk_and_the_latest_stands_on_both(
    kiosk: Kiosk,
    operator_session: OperatorSession,
    tmp_path: Path,
    clock: ManualClock,
    demo_definition: PlantDefinition,
) -> None:
    assert "downtime.equipment_named" in catalogue_shared_types()  # the server sends it down
    folder = demo.create_demo(tmp_path / "second", demo_plant_dir(), clock, demo_definition)
    other = open_kiosk(folder, clock, "LINE1-ST2")
    stop_id = _stopped(kiosk, operator_session, clock)
    _deliver(kiosk, other)
    # Offline, a lead on each kiosk names it; the second kiosk's naming is the later one.
    kiosk.downtime.name_equipment(kiosk.auth.login(*TEAM_LEAD), stop_id, PRESS[0])
    clock.advance(5)
    other.downtime.name_equipment(other.auth.login(*SUPERVISOR), stop_id, NUTRUNNER[0])
    _deliver(other, kiosk)  # the later naming reaches the first kiosk first ...
    _deliver(kiosk, other)  # ... and the earlier one the second kiosk last
    for each in (kiosk, other):
        (stop,) = [s for s in each.downtime.on_line(*_all_time(clock)) if s.id == stop_id]
        assert (stop.equipment_id, stop.equipment) == NUTRUNNER
    rebuild_projections(other.database)
    (stop,) = [s for s in other.downtime.on_line(*_all_time(clock)) if s.id == stop_id]
    assert (stop.equipment_id, stop.equipment) == NUTRUNNER
    other.close()


def _deliver(source: Kiosk, target: Kiosk) -> None:
    """What sync does with the line's shared downtime events, without a server."""
    with source.database.read() as connection:
        shared = [e for e in read_events(connection) if e.type.startswith("downtime.")]
    with target.database.write() as connection:
        sync_records.store_remote_events(connection, shared, cursor=len(shared))


def _all_time(clock: ManualClock) -> tuple[datetime, datetime]:
    now = clock.now()
    return now - timedelta(days=30), now + timedelta(days=1)


def test_a_machine_renamed_in_the_plant_files_stays_one_machine_for_the_patterns(
    kiosk: Kiosk,
    operator_session: OperatorSession,
    clock: ManualClock,
    demo_definition: PlantDefinition,
) -> None:
    lead = kiosk.auth.login(*TEAM_LEAD)
    kiosk.downtime.code(
        lead, _stopped(kiosk, operator_session, clock, TRANSFER[0]), "MECH-CONV-JAM"
    )
    renamed = tuple(
        replace(item, name="Transfer conveyor TC-3 (new belt)") if item.id == TRANSFER[0] else item
        for item in demo_definition.plant.equipment
    )
    plant = replace(demo_definition.plant, equipment=renamed)
    with kiosk.database.write() as connection:
        master_data.replace_master_data(connection, replace(demo_definition, plant=plant))
    for _ in range(2):
        stop_id = _stopped(kiosk, operator_session, clock, TRANSFER[0])
        kiosk.downtime.code(lead, stop_id, "MECH-CONV-JAM")
    stops = kiosk.downtime.on_line(*_all_time(clock))
    assert {s.equipment for s in stops} == {TRANSFER[1], "Transfer conveyor TC-3 (new belt)"}
    (found,) = PatternService(kiosk.uow, kiosk.downtime, clock).recurring(threshold=3)
    assert "on Transfer conveyor TC-3 (new belt) happened 3 times" in found.sentence
