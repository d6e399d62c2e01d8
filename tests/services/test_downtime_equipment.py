"""Naming the equipment of a stop after it started: leads only, the line's equipment, merged."""

from __future__ import annotations

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
from harmony_kiosk.store import sync_records
from harmony_kiosk.store.journal import read_events
from sync.server.line_feed import catalogue_shared_types
from tests.conftest import SUPERVISOR, TEAM_LEAD

COVER_FIT = "Cover fit & torque"  # a station of LINE1, so equipment of the line
PACK_OUT = "End-of-line pack-out"  # the other station of LINE1
TRANSFER = "Transfer conveyor TC-3"


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
    named = kiosk.downtime.name_equipment(lead, stop_id, f"  {COVER_FIT} ")
    assert named.equipment == COVER_FIT
    with kiosk.database.read() as connection:
        last = list(read_events(connection))[-1]
    assert (last.type, last.actor) == ("downtime.equipment_named", TEAM_LEAD[0])
    assert last.payload == {"downtime_id": stop_id, "equipment": COVER_FIT}
    validate_payload(last.type, last.payload)
    # A supervisor may rename it; the latest naming stands, also after a rebuild.
    renamed = kiosk.downtime.name_equipment(kiosk.auth.login(*SUPERVISOR), stop_id, PACK_OUT)
    assert renamed.equipment == PACK_OUT
    rebuild_projections(kiosk.database)
    (stop,) = [s for s in kiosk.downtime.on_line(*_all_time(clock)) if s.id == stop_id]
    assert stop.equipment == PACK_OUT


def test_the_rules_operators_unknown_stops_and_equipment_of_another_line(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    stop_id = _stopped(kiosk, operator_session, clock)
    lead = kiosk.auth.login(*TEAM_LEAD)
    with pytest.raises(NotAllowed, match="Only a team lead"):
        kiosk.downtime.name_equipment(operator_session, stop_id, COVER_FIT)
    with pytest.raises(NotFound):
        kiosk.downtime.name_equipment(lead, "0190f0f0-0000-7000-8000-000000000000", COVER_FIT)
    with pytest.raises(InvalidEntry, match="not equipment of this line"):
        kiosk.downtime.name_equipment(lead, stop_id, "Visual inspection · booth A")  # LINE2
    with pytest.raises(InvalidEntry, match="Choose the equipment"):
        kiosk.downtime.name_equipment(lead, stop_id, "   ")
    with kiosk.database.read() as connection:
        assert not [e for e in read_events(connection) if e.type == "downtime.equipment_named"]


def test_the_line_equipment_is_its_stations_and_the_machines_already_named(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    assert kiosk.downtime.equipment_of_line() == [COVER_FIT, PACK_OUT]
    _stopped(kiosk, operator_session, clock, TRANSFER)
    assert kiosk.downtime.equipment_of_line() == [COVER_FIT, PACK_OUT, TRANSFER]


def test_named_equipment_feeds_the_recurring_pattern(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    lead = kiosk.auth.login(*TEAM_LEAD)
    _stopped(kiosk, operator_session, clock, TRANSFER)  # makes the conveyor known on the line
    for _ in range(3):
        stop_id = _stopped(kiosk, operator_session, clock)  # started in one tap, no equipment
        kiosk.downtime.code(lead, stop_id, "MECH-CONV-JAM")
        patterns = PatternService(kiosk.uow, kiosk.downtime, clock)
        before = patterns.recurring(threshold=3)
        kiosk.downtime.name_equipment(lead, stop_id, TRANSFER)
    assert before == []  # the third stop counted only once named
    (found,) = patterns.recurring(threshold=3)
    assert f"on {TRANSFER} happened 3 times" in found.sentence


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
    kiosk.downtime.name_equipment(kiosk.auth.login(*TEAM_LEAD), stop_id, COVER_FIT)
    clock.advance(5)
    other.downtime.name_equipment(other.auth.login(*SUPERVISOR), stop_id, PACK_OUT)
    _deliver(other, kiosk)  # the later naming reaches the first kiosk first ...
    _deliver(kiosk, other)  # ... and the earlier one the second kiosk last
    for each in (kiosk, other):
        (stop,) = [s for s in each.downtime.on_line(*_all_time(clock)) if s.id == stop_id]
        assert stop.equipment == PACK_OUT
    rebuild_projections(other.database)
    (stop,) = [s for s in other.downtime.on_line(*_all_time(clock)) if s.id == stop_id]
    assert stop.equipment == PACK_OUT
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
