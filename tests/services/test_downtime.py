"""Downtime: one tap to start and stop, monotonic durations, codes by leads, splits, shifts."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.shifts import ShiftCalendar, ShiftPattern
from harmony_kiosk.errors import InvalidEntry, NotAllowed, RuleViolation
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.downtime import DowntimeService
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk, rebuild_projections
from tests.conftest import TEAM_LEAD


def test_durations_come_from_the_monotonic_clock(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    started = kiosk.downtime.start(operator_session, "Nutrunner TW-07")
    assert started.running
    with pytest.raises(RuleViolation, match="already down"):
        kiosk.downtime.start(operator_session)
    clock.advance(600)
    clock.jump_wall(-3 * 3600)  # someone fixes the PC's clock mid-stop
    stopped = kiosk.downtime.stop(operator_session)
    assert stopped.duration_s == 600
    assert stopped.needs_code
    with pytest.raises(RuleViolation, match="not down"):
        kiosk.downtime.stop(operator_session)


def test_a_short_stop_may_stay_uncoded(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    kiosk.downtime.start(operator_session)
    clock.advance(120)
    assert not kiosk.downtime.stop(operator_session).needs_code


def test_leads_code_and_recode_and_other_needs_words(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    stop = kiosk.downtime.start(operator_session)
    clock.advance(900)
    kiosk.downtime.stop(operator_session)
    with pytest.raises(NotAllowed, match="team lead"):
        kiosk.downtime.code(operator_session, stop.id, "MECH-CONV-JAM")
    lead = kiosk.auth.login(*TEAM_LEAD)
    with pytest.raises(InvalidEntry, match="not a reason"):
        kiosk.downtime.code(lead, stop.id, "NOPE")
    with pytest.raises(InvalidEntry, match="needs a few words"):
        kiosk.downtime.code(lead, stop.id, "OTHER")
    coded = kiosk.downtime.code(lead, stop.id, "MECH-CONV-JAM", "Tote wedged at transfer")
    assert (coded.reason_code, coded.planned, coded.needs_code) == ("MECH-CONV-JAM", False, False)
    clock.advance(1)
    recoded = kiosk.downtime.code(lead, stop.id, "PLAN-PM")
    assert (recoded.reason_code, recoded.planned) == ("PLAN-PM", True)
    unplanned = kiosk.downtime.code(lead, stop.id, "PLAN-PM", planned=False)
    assert not unplanned.planned


def test_a_stop_that_was_really_two_is_split(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    stop = kiosk.downtime.start(operator_session)
    clock.advance(1800)
    kiosk.downtime.stop(operator_session)
    lead = kiosk.auth.login(*TEAM_LEAD)
    kiosk.downtime.code(lead, stop.id, "MAT-SHORT-LINE")
    with pytest.raises(InvalidEntry):
        kiosk.downtime.split(lead, stop.id, 1800)
    first, second = kiosk.downtime.split(lead, stop.id, 600)
    assert (first.duration_s, second.duration_s) == (600, 1200)
    assert second.started_at == first.started_at + timedelta(seconds=600)
    assert second.split_from == first.id
    kiosk.downtime.code(lead, second.id, "CHG-MODEL")
    before = kiosk.downtime.on_line(first.started_at, first.started_at + timedelta(hours=1))
    rebuild_projections(kiosk.database)
    after = kiosk.downtime.on_line(first.started_at, first.started_at + timedelta(hours=1))
    assert before == after
    assert [v.reason_code for v in after] == ["MAT-SHORT-LINE", "CHG-MODEL"]


def test_after_a_restart_the_duration_falls_back_to_the_wall_clock(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    kiosk.downtime.start(operator_session)
    clock.advance(420)
    restarted = open_kiosk(kiosk.data_dir, clock)
    stopped = restarted.downtime.stop(operator_session)
    assert stopped.duration_s == 420
    restarted.close()


def test_minutes_by_reason_are_cut_at_the_shift_boundary(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    # The manual clock starts at 14:00 UTC; a shift ends at 14:30 UTC in this calendar.
    calendar = ShiftCalendar("LINE1", "UTC", (ShiftPattern("X", time(6, 30), time(14, 30)),))
    shift = calendar.shift_at(datetime(2026, 11, 25, 10, tzinfo=UTC))
    assert shift is not None
    lead = kiosk.auth.login(*TEAM_LEAD)
    stop = kiosk.downtime.start(operator_session)
    clock.advance(3600)  # 14:00–15:00: half inside the shift
    kiosk.downtime.stop(operator_session)
    kiosk.downtime.code(lead, stop.id, "ELEC-POWER")
    assert kiosk.downtime.minutes_by_reason(shift) == [("ELEC-POWER", 30.0)]


def test_the_threshold_is_configurable(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    strict = DowntimeService(kiosk.uow, clock, kiosk.station.id, kiosk.attachments, threshold_s=60)
    strict.start(operator_session)
    clock.advance(90)
    assert strict.stop(operator_session).needs_code
