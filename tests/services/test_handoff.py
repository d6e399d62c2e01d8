"""A full shift handoff: the kiosk's summary, the outgoing lead's notes, the incoming lead's PIN."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.shifts import ShiftCalendar, ShiftPattern
from harmony_kiosk.errors import LoginRefused, NotAllowed, RuleViolation
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.handoff_summary import to_html
from harmony_kiosk.services.kiosk import Kiosk, rebuild_projections
from harmony_kiosk.store.journal import read_events
from tests.conftest import OPERATOR, QUALITY, SUPERVISOR, TEAM_LEAD
from tests.services.job_runner import run_whole_job

# The manual clock starts at 14:00 UTC on 25 November 2026.
CALENDAR = ShiftCalendar("LINE1", "UTC", (ShiftPattern("B", time(14), time(22)),))
SHIFT = CALENDAR.occurrence(CALENDAR.patterns[0], datetime(2026, 11, 25, tzinfo=UTC).date())


def a_shift_of_work(kiosk: Kiosk, session: OperatorSession, clock: ManualClock) -> None:
    run_whole_job(kiosk, session, out_of_limit={"torque-2": "12.8"}, good=3, scrap=1)
    stop = kiosk.downtime.start(session, "Transfer conveyor TC-3")  # LINE1's list
    clock.advance(1200)
    kiosk.downtime.stop(session)
    kiosk.downtime.code(kiosk.auth.login(*TEAM_LEAD), stop.id, "MECH-CONV-JAM", "Tote wedged")
    fixed = kiosk.exceptions.raise_exception(session, "equipment", "high", "Nutrunner reads low")
    kiosk.decisions.resolve(kiosk.auth.login(*SUPERVISOR), fixed.id, "Recalibrate", "Drift 4 %")
    kiosk.exceptions.raise_exception(session, "material", "medium", "Gasket lot looks thin")


def test_the_summary_comes_from_the_shifts_own_events(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock
) -> None:
    a_shift_of_work(kiosk, operator_session, clock)
    summary = kiosk.handoffs.summary(SHIFT)
    (job,) = summary.jobs
    assert (job.work_order_id, job.good, job.scrap, job.status) == ("WO-26-1187", 3, 1, "completed")
    (stop,) = summary.downtime
    assert (stop.reason, stop.minutes) == ("Mechanical › Conveyor › Jam / blockage", 20.0)
    assert [(x.text, x.status, x.decision) for x in summary.exceptions] == [
        ("Nutrunner reads low", "resolved", "Recalibrate"),
        ("Gasket lot looks thin", "open", None),
    ]
    assert summary.nonconforming_steps == 1
    assert summary.not_yet_sent > 0  # a demo kiosk never sends: all of it is waiting


def test_a_full_handoff_signed_by_the_incoming_lead(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock, tmp_path: Path
) -> None:
    a_shift_of_work(kiosk, operator_session, clock)
    outgoing = kiosk.auth.login(*TEAM_LEAD)
    with pytest.raises(NotAllowed):
        kiosk.handoffs.write(operator_session, SHIFT)
    note_file = tmp_path / "note.m4a"
    note_file.write_bytes(b"\x00\x00\x00\x18ftypM4A " * 50)
    voice = kiosk.attachments.store(note_file)
    written = kiosk.handoffs.write(outgoing, SHIFT, "Watch TW-07; gasket lot on hold?", (voice,))
    assert written.voice_notes == (voice.sha256,)
    assert [h.id for h in kiosk.handoffs.pending()] == [written.id]
    with pytest.raises(RuleViolation, match="not the one who wrote it"):
        kiosk.handoffs.accept(written.id, *TEAM_LEAD)
    with pytest.raises(NotAllowed, match="not a team lead"):
        kiosk.handoffs.accept(written.id, *QUALITY)
    with pytest.raises(LoginRefused):
        kiosk.handoffs.accept(written.id, SUPERVISOR[0], "000000")
    accepted = kiosk.handoffs.accept(written.id, *SUPERVISOR)
    assert accepted.accepted_by == SUPERVISOR[0]
    assert kiosk.handoffs.pending() == []
    with kiosk.database.read() as connection:
        kinds = [e.type for e in read_events(connection)][-2:]
    assert kinds == ["handoff.written", "handoff.accepted"]
    page = to_html(accepted.summary, accepted.notes, accepted.written_by, accepted.accepted_by)
    assert "Watch TW-07" in page and "Accepted by 40007" in page and "<script" not in page
    rebuild_projections(kiosk.database)
    assert kiosk.handoffs.view(written.id) == accepted


def test_the_printed_page_escapes_what_people_typed(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    kiosk.exceptions.raise_exception(operator_session, "other", "low", "<script>alert(1)</script>")
    summary = kiosk.handoffs.summary(SHIFT)
    page = to_html(summary, "<b>bold</b>", OPERATOR[0], None)
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;" in page


def test_the_demo_calendar_gives_the_current_shift(kiosk: Kiosk, clock: ManualClock) -> None:
    clock.jump_wall(timedelta(hours=-4).total_seconds())  # 10:00 UTC = 04:00 in Guadalajara
    shift = kiosk.handoffs.current_shift()
    assert shift is not None
    assert shift.name == "C"
