"""An unexpected error in a screen's slot or in a thread: a calm full-screen message, a way back
home, the error logged with where it happened; no traceback, secret or PIN on screen or in a log."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from harmony_kiosk import paths
from harmony_kiosk.logs import REDACTOR, start_logging
from tests.conftest import OPERATOR_EN
from tests.ui.conftest import Screenshots
from tests.ui.driving import settle, tap, wait_for_screen
from tests.ui.recovery_driving import run_to_measurement, type_unsaved
from ui.app import install_crash_guard
from ui.main_window import GENERIC_PROBLEM, MainWindow
from ui.worker import Worker

FAKE_SECRET = "hk-crash-5ecret-9d8c7b6a"
FAKE_PIN = "531864"
pytestmark = pytest.mark.qt_no_exception_capture  # our own hooks catch it, as in the kiosk


@pytest.fixture
def guarded(window: MainWindow, demo_dir: Path) -> Iterator[Path]:
    """The kiosk's crash guard and its log file in the data folder, as run_gui sets them up."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    log_file = start_logging(demo_dir)
    REDACTOR.never_write(FAKE_SECRET)
    guard = install_crash_guard(window)
    yield log_file
    guard.uninstall()
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def _boom() -> None:
    raise RuntimeError(f"injected crash secret={FAKE_SECRET} pin={FAKE_PIN} {FAKE_SECRET}")


def _visible_text(window: MainWindow) -> str:
    return " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


def _assert_calm_message(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.message
    assert window.message.title.text() == "Something went wrong"
    assert window.message.text.text() == GENERIC_PROBLEM
    assert window.message.action.text() == "Back to home"
    shown = _visible_text(window)
    for never in ("Traceback", "RuntimeError", "injected", FAKE_SECRET, FAKE_PIN):
        assert never not in shown


def _log_entries(demo_dir: Path) -> list[dict[str, object]]:
    text = "\n".join(
        path.read_text(encoding="utf-8") for path in paths.logs_dir(demo_dir).glob("kiosk.jsonl*")
    )
    assert FAKE_SECRET not in text
    assert FAKE_PIN not in text
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_a_crash_in_a_screen_slot_shows_the_calm_message_then_home(
    qtbot: QtBot,
    window: MainWindow,
    worker: Worker,
    guarded: Path,
    demo_dir: Path,
    shots: Screenshots,
) -> None:
    runner = run_to_measurement(qtbot, window, worker, *OPERATOR_EN)
    assert runner.view is not None
    job_id = runner.view.job.id
    type_unsaved(qtbot, runner, "12.1")
    runner.back_button.clicked.connect(_boom)  # a bug in a slot of the step runner
    tap(qtbot, runner.back_button)
    wait_for_screen(qtbot, window, window.message)
    _assert_calm_message(window)
    shots.save(window, "crash-message")

    tap(qtbot, window.message.action)
    wait_for_screen(qtbot, window, window.home)
    settle(qtbot, worker)
    assert window.session is not None  # still logged in: only the screen was left

    entries = _log_entries(demo_dir)
    crash = next(e for e in entries if e["message"] == "unexpected error in the GUI")
    assert "RuntimeError: injected crash" in str(crash["traceback"])
    assert "[redacted]" in str(crash["traceback"])
    context = next(e for e in entries if str(e["message"]).startswith("showing the calm message"))
    assert (context["screen"], context["badge"], context["job_id"]) == (
        "StepRunnerScreen",
        OPERATOR_EN[0],
        job_id,
    )


def test_a_crash_in_another_thread_shows_the_calm_message(
    qtbot: QtBot, window: MainWindow, worker: Worker, guarded: Path, demo_dir: Path
) -> None:
    run_to_measurement(qtbot, window, worker, *OPERATOR_EN)
    thread = threading.Thread(target=_boom, name="injected-thread")
    thread.start()
    thread.join()
    wait_for_screen(qtbot, window, window.message)  # delivered to the GUI thread, queued
    _assert_calm_message(window)
    tap(qtbot, window.message.action)
    wait_for_screen(qtbot, window, window.home)
    entries = _log_entries(demo_dir)
    assert any(e["message"] == "unexpected error in thread injected-thread" for e in entries)
