"""Driving the kiosk's screens the way an operator does: taps on keys and buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.screens.maintenance import MaintenanceScreen
from ui.widgets.keypad import Keypad
from ui.worker import Worker

_KEY_NAMES = {".": "point", ",": "point", "-": "minus"}  # the key types the language's


def tap(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible(), f"{button.objectName() or button.text()} is not visible"
    assert button.isEnabled(), f"{button.objectName() or button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_on_keypad(qtbot: QtBot, keypad: Keypad, typed: str) -> None:
    for char in typed:
        tap(qtbot, keypad.key(_KEY_NAMES.get(char, char)))


def settle(qtbot: QtBot, worker: Worker) -> None:
    qtbot.waitUntil(worker.is_idle)


def wait_for_screen(qtbot: QtBot, window: MainWindow, screen: QWidget | None) -> None:
    assert screen is not None
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen)


def log_in(qtbot: QtBot, window: MainWindow, worker: Worker, badge: str, pin: str) -> None:
    """Badge and PIN on the login keypad, then OK: ends on the home screen."""
    login = window.login
    type_on_keypad(qtbot, login.keypad, badge)
    tap(qtbot, login.keypad.key("ok"))
    assert login.active_field() is login.pin_field
    type_on_keypad(qtbot, login.keypad, pin)
    tap(qtbot, login.keypad.key("ok"))
    # window.home read again while waiting: a login in another language builds it anew
    qtbot.waitUntil(lambda: window.home is not None and window.stack.currentWidget() is window.home)
    settle(qtbot, worker)


def open_maintenance(
    qtbot: QtBot, window: MainWindow, worker: Worker, badge: str, pin: str
) -> MaintenanceScreen:
    """From the login screen: Maintenance, then a badge and PIN on the keypad."""
    tap(qtbot, window.login.maintenance_button)
    screen = window.maintenance
    wait_for_screen(qtbot, window, screen)
    assert screen.pages.currentWidget() is screen.gate
    type_on_keypad(qtbot, screen.gate.keypad, badge)
    tap(qtbot, screen.gate.keypad.key("ok"))
    type_on_keypad(qtbot, screen.gate.keypad, pin)
    tap(qtbot, screen.gate.keypad.key("ok"))
    settle(qtbot, worker)
    return screen
