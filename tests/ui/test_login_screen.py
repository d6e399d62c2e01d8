"""The login screen: badge reader, keypad, and the plain messages of a refused login."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from tests.conftest import OPERATOR, OPERATOR_EN
from tests.ui.conftest import Screenshots, open_window
from tests.ui.driving import settle, tap, type_on_keypad, wait_for_screen
from ui.main_window import MainWindow
from ui.screens.login import LoginScreen
from ui.worker import Worker

LARGE_PX = 22


def _submit_pin(qtbot: QtBot, login: LoginScreen, worker: Worker, pin: str) -> None:
    type_on_keypad(qtbot, login.keypad, pin)
    tap(qtbot, login.keypad.key("ok"))
    settle(qtbot, worker)


def test_the_login_screen_shows_first_and_says_it_is_starting(
    qtbot: QtBot, demo_dir: Path, clock: ManualClock, worker: Worker
) -> None:
    window = open_window(qtbot, demo_dir, clock, worker)
    # The kiosk opens on the worker: until its answer is delivered, the login screen waits.
    assert window.stack.currentWidget() is window.login
    assert not window.login.is_ready()
    assert window.login.message.text() == "Starting the kiosk…"
    assert not window.login.badge_field.isEnabled()
    qtbot.waitUntil(window.is_ready)
    assert window.login.is_ready()
    assert window.login.header.title.text() == "Cover fit & torque"
    assert window.login.site.text() == "Alcalá Components, Guadalajara"
    assert window.login.clock_label.text() == "08:00"  # 14:00 UTC in Guadalajara
    settle(qtbot, worker)
    assert window.kiosk is not None
    window.kiosk.close()


def test_a_badge_reader_types_the_badge_and_enter_moves_to_the_pin(
    qtbot: QtBot, window: MainWindow, worker: Worker
) -> None:
    login = window.login
    assert login.active_field() is login.badge_field
    # The reader is a keyboard: it types wherever the window sends keys, then presses Enter.
    qtbot.keyClicks(login, OPERATOR_EN[0])
    qtbot.keyClick(login, Qt.Key.Key_Return)
    assert login.badge_field.text() == OPERATOR_EN[0]
    assert login.active_field() is login.pin_field
    assert login.keypad.key("ok").text() == "Log in"
    _submit_pin(qtbot, login, worker, OPERATOR_EN[1])
    wait_for_screen(qtbot, window, window.home)
    assert window.session is not None
    assert window.session.name == "Emily Carter"
    assert window.home is not None
    assert window.home.person.name.text() == "Emily Carter"
    assert window.home.person.role.text() == "Operator"


def test_the_pin_is_masked(qtbot: QtBot, window: MainWindow) -> None:
    login = window.login
    login.activate(login.pin_field)
    type_on_keypad(qtbot, login.keypad, "4821")
    assert login.pin_field.text() == "4821"
    assert "4821" not in login.pin_field.displayText()


def test_a_wrong_pin_is_refused_plainly_in_large_text(
    qtbot: QtBot, window: MainWindow, worker: Worker, shots: Screenshots
) -> None:
    login = window.login
    type_on_keypad(qtbot, login.keypad, OPERATOR[0])
    tap(qtbot, login.keypad.key("ok"))
    _submit_pin(qtbot, login, worker, "0000")
    assert window.stack.currentWidget() is login
    assert login.message.isVisible()
    assert login.message.text() == "Badge or PIN not recognised. 4 tries left."
    assert login.message.property("role") == "error"
    assert login.message.font().pixelSize() >= LARGE_PX
    assert login.pin_field.text() == ""  # typed again from scratch
    assert login.badge_field.text() == OPERATOR[0]
    assert login.active_field() is login.pin_field
    shots.save(window, "wrong-pin")


def test_five_wrong_pins_lock_the_badge_and_say_for_how_long(
    qtbot: QtBot, window: MainWindow, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    login = window.login
    type_on_keypad(qtbot, login.keypad, OPERATOR[0])
    tap(qtbot, login.keypad.key("ok"))
    for _ in range(5):
        _submit_pin(qtbot, login, worker, "0000")
    assert login.message.text() == (
        "Badge or PIN not recognised. This badge is now locked for 5 minutes."
    )
    _submit_pin(qtbot, login, worker, OPERATOR[1])  # the right PIN, too late
    assert window.stack.currentWidget() is login
    assert login.message.text() == "This badge is locked for 5 minutes after 5 wrong PINs."
    assert login.message.font().pixelSize() >= LARGE_PX
    shots.save(window, "locked")
    clock.advance(5 * 60 + 1)
    _submit_pin(qtbot, login, worker, OPERATOR[1])
    wait_for_screen(qtbot, window, window.home)


def test_ok_without_a_pin_asks_for_it(qtbot: QtBot, window: MainWindow) -> None:
    login = window.login
    login.activate(login.pin_field)
    login.badge_field.setText(OPERATOR[0])
    tap(qtbot, login.keypad.key("ok"))
    assert login.message.text() == "Enter your PIN on the keypad."
    assert window.stack.currentWidget() is login
