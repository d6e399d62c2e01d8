"""Idle log-out: a countdown any touch cancels; at zero the operator is logged out, and what
they typed on the step comes back when they return to it (and only to them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.store.journal import read_events
from tests.conftest import OPERATOR, OPERATOR_EN, SUPERVISOR, TEAM_LEAD
from tests.ui.conftest import Screenshots
from tests.ui.driving import (
    log_in,
    open_maintenance,
    settle,
    tap,
    wait_for_screen,
)
from tests.ui.recovery_driving import log_in_anywhere, run_to_measurement, type_unsaved
from ui.idle_watch import COUNTDOWN_S
from ui.main_window import MainWindow
from ui.widgets.answers import MeasurementPanel
from ui.worker import Worker

LIMIT = 300  # the default idle_logout_s


def _idle_for(clock: ManualClock, window: MainWindow, seconds: float) -> None:
    """Time passes with nobody at the screen; the watch's timer tick is called at once."""
    clock.advance(seconds)
    window.idle.check()


def test_the_countdown_shows_near_the_limit_and_a_touch_cancels_it(
    qtbot: QtBot, window: MainWindow, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    runner = run_to_measurement(qtbot, window, worker, *OPERATOR_EN)
    type_unsaved(qtbot, runner, "12.4")
    overlay = window.lockdown.overlay
    _idle_for(clock, window, LIMIT - COUNTDOWN_S - 1)
    assert not overlay.isVisible()  # not yet: 31 s left
    _idle_for(clock, window, 4)
    assert overlay.isVisible()
    assert overlay.seconds.text() == "0:27"
    assert overlay.geometry() == window.rect()
    shots.save(window, "idle-countdown")

    qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton)  # a touch anywhere
    assert not overlay.isVisible()
    _idle_for(clock, window, LIMIT - 1)  # counted again from the touch: still logged in
    assert window.stack.currentWidget() is runner
    assert window.session is not None
    tap(qtbot, overlay.stay_button)  # "I'm still here" does the same
    assert not overlay.isVisible()
    assert runner.current_panel().draft_text() == "12.4"  # the touch typed nothing


@pytest.mark.parametrize("who", [OPERATOR_EN, OPERATOR], ids=["english", "spanish"])
def test_at_zero_the_operator_is_logged_out_and_the_draft_comes_back(
    who: tuple[str, str], qtbot: QtBot, window: MainWindow, worker: Worker, clock: ManualClock
) -> None:
    runner = run_to_measurement(qtbot, window, worker, *who)
    step_index = runner.index
    step_id = runner.current_step().id
    type_unsaved(qtbot, runner, "12.35")
    _idle_for(clock, window, LIMIT)
    wait_for_screen(qtbot, window, window.login)
    settle(qtbot, worker)
    assert window.session is None
    assert not window.lockdown.overlay.isVisible()
    assert window.kiosk is not None
    with window.kiosk.database.read() as connection:
        last = list(read_events(connection))[-1]
    assert (last.type, last.payload["reason"]) == ("session.logged_out", "idle")
    assert not window.idle.is_armed()  # nobody to log out on the login screen

    # Another person at the kiosk sees nothing of it: the job is not theirs, no draft shows.
    log_in(qtbot, window, worker, *TEAM_LEAD)
    assert window.stack.currentWidget() is window.home
    tap(qtbot, window.home.logout_button)
    wait_for_screen(qtbot, window, window.login)
    settle(qtbot, worker)

    # The same operator returns: back on the step, the typed value in its field, not saved yet.
    log_in_anywhere(qtbot, window, worker, *who)
    runner = window.runner  # made again if the language changed at the log-out
    assert runner is not None
    wait_for_screen(qtbot, window, runner)
    settle(qtbot, worker)
    assert (runner.index, runner.current_step().id) == (step_index, step_id)
    panel = runner.current_panel()
    assert isinstance(panel, MeasurementPanel)
    assert panel.value.text() == "12.35"
    assert runner.view is not None
    assert step_id not in runner.view.job.records


def test_a_supervisor_who_walks_away_from_maintenance_leaves_it_to_the_login_screen(
    qtbot: QtBot, window: MainWindow, worker: Worker, clock: ManualClock
) -> None:
    screen = open_maintenance(qtbot, window, worker, *SUPERVISOR)
    assert screen.is_open()
    _idle_for(clock, window, LIMIT)
    wait_for_screen(qtbot, window, window.login)
