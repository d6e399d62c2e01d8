"""A kiosk that died (the watchdog starts it again) resumes where the operator was: the job is
still in progress and, after their login, the operator is back on the step they were on."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.jobs import JobStatus
from tests.conftest import OPERATOR_EN
from tests.ui.conftest import open_window
from tests.ui.driving import log_in, settle, tap, wait_for_screen
from tests.ui.recovery_driving import log_in_anywhere, run_to_measurement
from ui.worker import Worker


def test_after_a_restart_the_operator_lands_on_their_step(
    qtbot: QtBot, demo_dir: Path, clock: ManualClock, worker: Worker
) -> None:
    first = open_window(qtbot, demo_dir, clock, worker)
    qtbot.waitUntil(first.is_ready)
    runner = run_to_measurement(qtbot, first, worker, *OPERATOR_EN)
    tap(qtbot, runner.back_button)  # looking at the step before: that is where they were
    assert runner.view is not None
    job_id, step_index, step_id = runner.view.job.id, runner.index, runner.current_step().id
    assert step_index > 0
    settle(qtbot, worker)
    # The process dies here: no pause, no log-out. What it leaves is its data folder.
    assert first.kiosk is not None
    first.kiosk.close()
    first.hide()

    again = Worker()
    try:
        second = open_window(qtbot, demo_dir, clock, again)
        qtbot.waitUntil(second.is_ready)
        assert second.stack.currentWidget() is second.login  # nobody is logged in after a start
        log_in_anywhere(qtbot, second, again, *OPERATOR_EN)
        resumed = second.runner
        assert resumed is not None
        wait_for_screen(qtbot, second, resumed)
        settle(qtbot, again)
        assert resumed.view is not None
        assert resumed.view.job.id == job_id
        assert resumed.view.job.status is JobStatus.RUNNING
        assert (resumed.index, resumed.current_step().id) == (step_index, step_id)

        # Leaving the job on purpose (Pause, then home) forgets the place: next login is home.
        tap(qtbot, resumed.pause_button)
        wait_for_screen(qtbot, second, second.home)
        settle(qtbot, again)
        assert second.home is not None
        tap(qtbot, second.home.logout_button)
        wait_for_screen(qtbot, second, second.login)
        settle(qtbot, again)
        log_in(qtbot, second, again, *OPERATOR_EN)  # ends on home
    finally:
        qtbot.waitUntil(again.is_idle)
        again.shutdown()
        if second.kiosk is not None:
            second.kiosk.close()
