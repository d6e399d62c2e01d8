"""Kiosk mode: frameless, full screen, on top; closing and the closing keys do nothing; only a
supervisor's "Exit kiosk" in maintenance ends the program."""

from __future__ import annotations

import os
import subprocess
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from pytestqt.qtbot import QtBot

from tests.conftest import SUPERVISOR, TORQUE_STATION
from tests.ui.driving import open_maintenance, tap
from ui.kiosk_lock import is_escape_key
from ui.main_window import MainWindow
from ui.worker import Worker

NO = Qt.KeyboardModifier.NoModifier
CLOSING_KEYS = (
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
)


def _kiosk(window: MainWindow) -> MainWindow:
    window.lockdown.enter_kiosk_mode()
    window.showFullScreen()  # new window flags hide a window until it is shown again
    return window


def _shortcuts(window: MainWindow) -> list[str]:
    """What a shortcut for each closing key would have done, had it been let through."""
    fired: list[str] = []
    for key, modifiers in CLOSING_KEYS:
        sequence = QKeySequence(key.value | modifiers.value)
        shortcut = QShortcut(sequence, window)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(partial(fired.append, sequence.toString()))
    return fired


def test_the_window_is_frameless_on_top_and_refuses_to_close(
    qtbot: QtBot, window: MainWindow
) -> None:
    _kiosk(window)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    qtbot.waitUntil(window.isVisible)
    assert window.isFullScreen()
    assert not window.close()  # refused: closeEvent ignored
    assert window.isVisible()


def test_the_closing_keys_reach_nothing_in_kiosk_mode(qtbot: QtBot, window: MainWindow) -> None:
    fired = _shortcuts(window)
    window.login.badge_field.setFocus()
    qtbot.keyClick(window.login.badge_field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["Ctrl+Q"], "outside kiosk mode the shortcut works (the test can fail)"
    fired.clear()

    _kiosk(window)
    qtbot.waitUntil(window.isVisible)
    window.activateWindow()
    for key, modifiers in CLOSING_KEYS:
        qtbot.keyClick(window.login.badge_field, key, modifiers)
    assert fired == []
    assert window.isVisible()
    for key, modifiers in ((Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_F4, NO)):
        plain = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
        assert not is_escape_key(plain)  # ordinary keys (and F4 alone) go where they were meant


def test_exit_kiosk_in_maintenance_closes_the_window(
    qtbot: QtBot, window: MainWindow, worker: Worker
) -> None:
    _kiosk(window)
    screen = open_maintenance(qtbot, window, worker, *SUPERVISOR)
    assert screen.is_open()
    with qtbot.waitSignal(window.exited):
        tap(qtbot, screen.exit_button)
    assert not window.isVisible()
    assert not window.idle.is_armed()


def test_run_gui_in_kiosk_mode_ends_only_through_exit_kiosk(demo_dir: Path) -> None:
    """The real start-up in its own process: frameless; close() is refused; "Exit kiosk" ends
    the program with code 0. (Full screen is checked above: the offscreen platform's 800×600
    screen is smaller than the window's minimum size, which turns full screen off here.)"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.kiosk_exit_driver", str(demo_dir), TORQUE_STATION],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["frameless", "still open"]
