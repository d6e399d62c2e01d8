"""An exception's lifecycle: roles per transition, the decision record, holds, offline merges."""

from __future__ import annotations

from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.exception_merge import ExceptionStatus
from harmony_kiosk.domain.plant_files import PlantDefinition
from harmony_kiosk.errors import InvalidEntry, NotAllowed, RuleViolation
from harmony_kiosk.paths import demo_plant_dir
from harmony_kiosk.services import demo
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk, rebuild_projections
from harmony_kiosk.store import sync_records
from harmony_kiosk.store.journal import read_events
from tests.conftest import OPERATOR, QUALITY, SUPERVISOR, TEAM_LEAD
from tests.services.job_runner import answer


def test_the_lifecycle_follows_the_roles_and_keeps_the_decision_record(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    raised = kiosk.exceptions.raise_exception(
        operator_session, "equipment", "high", "Nutrunner low"
    )
    lead = kiosk.auth.login(*TEAM_LEAD)
    supervisor = kiosk.auth.login(*SUPERVISOR)
    with pytest.raises(NotAllowed, match="team lead"):
        kiosk.decisions.acknowledge(operator_session, raised.id)
    assert kiosk.decisions.acknowledge(lead, raised.id).status is ExceptionStatus.ACKNOWLEDGED
    contained = kiosk.decisions.contain(lead, raised.id, "Switched to back-up nutrunner TW-09")
    assert contained.status is ExceptionStatus.CONTAINED
    with pytest.raises(NotAllowed, match="supervisor"):
        kiosk.decisions.resolve(lead, raised.id, "Recalibrate", "Drift")
    with pytest.raises(InvalidEntry, match="why"):
        kiosk.decisions.resolve(supervisor, raised.id, "Recalibrate TW-07", "  ")
    resolved = kiosk.decisions.resolve(
        supervisor,
        raised.id,
        "Recalibrate TW-07 and check weekly",
        "Torque drift of 4 % found against the reference transducer",
        "Replace the tool (4 weeks lead time)",
    )
    assert resolved.status is ExceptionStatus.RESOLVED
    record = resolved.decision
    assert record is not None
    assert (record.decided_by, record.alternatives) == (
        SUPERVISOR[0],
        "Replace the tool (4 weeks lead time)",
    )
    with pytest.raises(RuleViolation, match="resolved"):
        kiosk.decisions.cancel(lead, raised.id, "duplicate")
    assert kiosk.exceptions.open_on_line() == []


def test_quality_resolves_quality_exceptions_and_a_hold_blocks_the_job(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    view = kiosk.jobs.start(operator_session, kiosk.jobs.queue()[0].work_order.id)
    view = answer(kiosk, operator_session, view, 0, {}).view
    with pytest.raises(InvalidEntry, match="Only a quality exception"):
        kiosk.exceptions.raise_exception(
            operator_session, "safety", "high", "x", view.job.id, blocking=True
        )
    held = kiosk.exceptions.raise_exception(
        operator_session, "quality", "critical", "Cracked cover casting", view.job.id, blocking=True
    )
    assert held.on_hold
    with pytest.raises(RuleViolation, match="quality hold"):
        answer(kiosk, operator_session, view, 1, {})
    inspector = kiosk.auth.login(*QUALITY)
    lead = kiosk.auth.login(*TEAM_LEAD)
    with pytest.raises(NotAllowed):
        kiosk.decisions.release(lead, held.id)
    kiosk.decisions.release(inspector, held.id, "Casting swapped, rest of lot inspected")
    answer(kiosk, operator_session, view, 1, {})  # the job goes on
    resolved = kiosk.decisions.resolve(inspector, held.id, "Scrap casting", "Crack at boss")
    assert resolved.status is ExceptionStatus.RESOLVED


def _second_kiosk(
    tmp_path: Path, clock: ManualClock, demo_definition: PlantDefinition, station: str
) -> Kiosk:
    folder = demo.create_demo(tmp_path / "second", demo_plant_dir(), clock, demo_definition)
    return open_kiosk(folder, clock, station)


def _deliver(source: Kiosk, target: Kiosk) -> None:
    """What sync does for a line's shared events, without a server: the other kiosk's table."""
    with source.database.read() as connection:
        shared = [e for e in read_events(connection) if e.type.startswith("exception.")]
    with target.database.write() as connection:
        sync_records.store_remote_events(connection, shared, cursor=len(shared))


def test_two_kiosks_offline_both_keep_their_events_and_conflicts_are_flagged(
    kiosk: Kiosk,
    operator_session: OperatorSession,
    tmp_path: Path,
    clock: ManualClock,
    demo_definition: PlantDefinition,
) -> None:
    other = _second_kiosk(tmp_path, clock, demo_definition, "LINE1-ST2")
    raised = kiosk.exceptions.raise_exception(operator_session, "equipment", "high", "Conveyor jam")
    _deliver(kiosk, other)
    # Both offline now: each supervisor decides on their own kiosk.
    here = kiosk.decisions.resolve(
        kiosk.auth.login(*SUPERVISOR), raised.id, "Replace belt", "Belt torn"
    )
    clock.advance(5)
    there = other.decisions.resolve(
        other.auth.login(*SUPERVISOR), raised.id, "Re-tension belt", "Belt slipping"
    )
    _deliver(kiosk, other)
    _deliver(other, kiosk)
    merged_here = kiosk.decisions.detail(raised.id)
    merged_there = other.decisions.detail(raised.id)
    assert merged_here == merged_there  # the same merge on every kiosk
    assert merged_here.conflict
    assert {d.decision for d in merged_here.decisions} == {"Replace belt", "Re-tension belt"}
    assert len(merged_here.history) == 3  # every event kept
    assert [e.id for e in kiosk.exceptions.open_on_line()] == [raised.id]  # a lead must settle
    assert here.decision is not None and there.decision is not None
    chosen = next(d for d in merged_here.decisions if d.decision == "Re-tension belt")
    settled = kiosk.decisions.settle(
        kiosk.auth.login(*TEAM_LEAD), raised.id, chosen.event_id, "Belt is new; slipping"
    )
    assert not settled.conflict
    assert settled.decision == chosen
    assert kiosk.exceptions.open_on_line() == []
    before = kiosk.exceptions.open_on_line(), kiosk.decisions.detail(raised.id)
    rebuild_projections(kiosk.database)
    assert (kiosk.exceptions.open_on_line(), kiosk.decisions.detail(raised.id)) == before
    other.close()


def test_equal_decisions_on_two_kiosks_are_not_a_conflict(
    kiosk: Kiosk,
    operator_session: OperatorSession,
    tmp_path: Path,
    clock: ManualClock,
    demo_definition: PlantDefinition,
) -> None:
    other = _second_kiosk(tmp_path, clock, demo_definition, "LINE1-ST2")
    raised = kiosk.exceptions.raise_exception(operator_session, "material", "low", "Wrong bolts")
    _deliver(kiosk, other)
    kiosk.decisions.cancel(kiosk.auth.login(*TEAM_LEAD), raised.id, "Raised twice")
    other.decisions.cancel(other.auth.login(*TEAM_LEAD), raised.id, "Duplicate")
    _deliver(other, kiosk)
    merged = kiosk.decisions.detail(raised.id)
    assert not merged.conflict
    assert merged.status is ExceptionStatus.CANCELLED
    assert len(merged.anomalies) == 1  # the second cancel arrived for a cancelled exception
    other.close()


def test_an_operator_cannot_decide(kiosk: Kiosk) -> None:
    session = kiosk.auth.login(*OPERATOR)
    raised = kiosk.exceptions.raise_exception(session, "quality", "medium", "Scratch")
    with pytest.raises(NotAllowed):
        kiosk.decisions.resolve(session, raised.id, "Polish", "Cosmetic")
