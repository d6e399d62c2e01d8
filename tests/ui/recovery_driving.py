"""Bringing the window to a measurement step with a value typed and not saved (lock-down tests)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.driving import log_in, settle, tap, type_on_keypad, wait_for_screen
from ui.main_window import MainWindow
from ui.screens.step_runner import StepRunnerScreen
from ui.widgets.answers import AcknowledgePanel, MeasurementPanel, PassFailPanel
from ui.worker import Worker


def run_to_measurement(
    qtbot: QtBot, window: MainWindow, worker: Worker, badge: str, pin: str
) -> StepRunnerScreen:
    """Log in, start the first order, answer every step before the first measurement."""
    log_in(qtbot, window, worker, badge, pin)
    assert window.home is not None
    tap(qtbot, window.home.start_button)
    runner = window.runner
    assert runner is not None
    wait_for_screen(qtbot, window, runner)
    settle(qtbot, worker)
    for _ in range(20):
        panel = runner.current_panel()
        if isinstance(panel, MeasurementPanel):
            return runner
        if isinstance(panel, AcknowledgePanel):
            tap(qtbot, panel.action)
        else:
            assert isinstance(panel, PassFailPanel), type(panel).__name__
            tap(qtbot, panel.pass_button)
        settle(qtbot, worker)
    raise AssertionError("no measurement step in the first order")


def type_unsaved(qtbot: QtBot, runner: StepRunnerScreen, typed: str) -> MeasurementPanel:
    panel = runner.current_panel()
    assert isinstance(panel, MeasurementPanel)
    type_on_keypad(qtbot, panel.keypad, typed)
    assert panel.value.text() == typed
    return panel


def log_in_anywhere(qtbot: QtBot, window: MainWindow, worker: Worker, badge: str, pin: str) -> None:
    """Badge and PIN on the login keypad, wherever the login leads (home, or back in a job)."""
    type_on_keypad(qtbot, window.login.keypad, badge)
    tap(qtbot, window.login.keypad.key("ok"))
    type_on_keypad(qtbot, window.login.keypad, pin)
    tap(qtbot, window.login.keypad.key("ok"))
    settle(qtbot, worker)
