"""Scanners and badge readers told from people by key timing, and their codes routed to the
screen that expects one: the login screen, a scan step; anywhere else a hint, never a field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from tests.conftest import OPERATOR, PACK_STATION, SUPERVISOR
from tests.ui.conftest import Screenshots
from tests.ui.driving import log_in, settle, tap, type_on_keypad, wait_for_screen
from ui.app import compose
from ui.main_window import MainWindow
from ui.preview_jobs import DEMO_CODES
from ui.widgets.answers import AcknowledgePanel, PassFailPanel, ScanPanel
from ui.worker import Worker

SCANNER_GAP_S = 0.005  # a reader sends a key every few milliseconds, then Enter
PERSON_GAP_S = 0.120  # a quick person


def scanner(qtbot: QtBot, clock: ManualClock, widget: QWidget, code: str) -> None:
    """A burst, 5 ms a key, ending with Enter; the kiosk's clock moves between keys."""
    for char in code:
        qtbot.keyClick(widget, char)
        clock.advance(SCANNER_GAP_S)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def person(qtbot: QtBot, clock: ManualClock, widget: QWidget, typed: str, *, enter: bool) -> None:
    """The same keys 120 ms apart."""
    for char in typed:
        qtbot.keyClick(widget, char)
        clock.advance(PERSON_GAP_S)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_badge_scan_anywhere_on_the_login_screen_fills_the_badge_and_asks_for_the_pin(
    qtbot: QtBot, window: MainWindow, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    login = window.login
    login.activate(login.pin_field)
    qtbot.keyClicks(login.pin_field, "99")  # someone began on the wrong field, then scanned
    tap(qtbot, login.keypad.key("1"))  # a tap sends what was typed before it to its field
    assert login.pin_field.text() == "991"
    clock.advance(1.0)
    scanner(qtbot, clock, login.keypad, OPERATOR[0])  # keys sent to a widget that is no field
    assert login.badge_field.text() == OPERATOR[0]
    assert login.pin_field.text() == ""
    assert login.active_field() is login.pin_field
    assert not window.scans.hint.isVisible()
    shots.save(window, "login-after-badge-scan")
    type_on_keypad(qtbot, login.keypad, OPERATOR[1])
    tap(qtbot, login.keypad.key("ok"))
    wait_for_screen(qtbot, window, window.home)
    settle(qtbot, worker)
    assert window.session is not None
    assert window.session.badge == OPERATOR[0]


def test_a_reader_typing_on_the_numeric_pad_is_a_scan_too(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    login = window.login
    for char in OPERATOR[0]:
        qtbot.keyClick(login.keypad, char, Qt.KeyboardModifier.KeypadModifier)
        clock.advance(SCANNER_GAP_S)
    qtbot.keyClick(login.keypad, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert login.badge_field.text() == OPERATOR[0]
    assert login.active_field() is login.pin_field
    assert window.scans.holding == ""


def test_a_person_typing_on_the_login_screen_types_into_the_field(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    login = window.login
    assert login.active_field() is login.badge_field
    person(qtbot, clock, login.badge_field, OPERATOR[0][:3], enter=False)
    # Each key waits to be told apart: the earlier ones are in, the last is held a moment.
    assert login.badge_field.text() == OPERATOR[0][:2]
    assert window.scans.holding == OPERATOR[0][2]
    qtbot.waitUntil(lambda: login.badge_field.text() == OPERATOR[0][:3])  # flushed by its timer
    person(qtbot, clock, login.badge_field, OPERATOR[0][3:], enter=True)
    assert login.badge_field.text() == OPERATOR[0]
    assert login.active_field() is login.pin_field  # Enter typed by a person, as before
    assert not window.scans.hint.isVisible()


@pytest.fixture
def pack_window(
    qtbot: QtBot, demo_dir: Path, clock: ManualClock, worker: Worker
) -> Iterator[MainWindow]:
    """The real window at the packing station, whose third step is a scan."""
    made = compose(demo_dir, PACK_STATION, clock, worker)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    qtbot.waitUntil(made.is_ready)
    qtbot.waitUntil(worker.is_idle)
    yield made
    qtbot.waitUntil(worker.is_idle)
    if made.kiosk is not None:
        made.kiosk.close()


def _to_the_scan_step(qtbot: QtBot, window: MainWindow, worker: Worker) -> ScanPanel:
    log_in(qtbot, window, worker, *OPERATOR)
    assert window.home is not None
    tap(qtbot, window.home.start_button)
    runner = window.runner
    assert runner is not None
    wait_for_screen(qtbot, window, runner)
    settle(qtbot, worker)
    first = runner.current_panel()
    assert isinstance(first, AcknowledgePanel)
    tap(qtbot, first.action)
    settle(qtbot, worker)
    second = runner.current_panel()
    assert isinstance(second, PassFailPanel)
    tap(qtbot, second.pass_button)
    settle(qtbot, worker)
    panel = runner.current_panel()
    assert isinstance(panel, ScanPanel)
    return panel


def test_a_scan_on_a_scan_step_fills_the_answer_and_submits_it(
    qtbot: QtBot, pack_window: MainWindow, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    panel = _to_the_scan_step(qtbot, pack_window, worker)
    runner = pack_window.runner
    assert runner is not None
    index = runner.index
    scanner(qtbot, clock, panel.code, "GBX250-12")  # a code of the wrong shape: said so
    settle(qtbot, worker)
    assert runner.index == index
    assert panel.code.text() == "GBX250-12"
    assert panel.error.text() == "“GBX250-12” is not a valid code for this step. Scan again."
    shots.save(pack_window, "scan-step-bad-code")
    clock.advance(2.0)
    # The next scan replaces it, wherever the keys go: here to the step's text, not the field.
    scanner(qtbot, clock, runner.content, DEMO_CODES["serial"])
    settle(qtbot, worker)
    assert runner.index == index + 1
    assert runner.view is not None
    assert runner.view.job.records["serial"].value == DEMO_CODES["serial"]
    assert not pack_window.scans.hint.isVisible()


def test_a_person_typing_on_a_scan_step_answers_it_too(
    qtbot: QtBot, pack_window: MainWindow, worker: Worker, clock: ManualClock
) -> None:
    panel = _to_the_scan_step(qtbot, pack_window, worker)
    runner = pack_window.runner
    assert runner is not None
    index = runner.index
    person(qtbot, clock, panel.code, DEMO_CODES["serial"], enter=True)
    settle(qtbot, worker)
    assert runner.index == index + 1
    assert runner.view is not None
    assert runner.view.job.records["serial"].value == DEMO_CODES["serial"]


def test_a_scan_elsewhere_is_ignored_with_a_hint_and_never_typed_into_the_focused_field(
    qtbot: QtBot, window: MainWindow, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    tap(qtbot, window.login.maintenance_button)
    screen = window.maintenance
    wait_for_screen(qtbot, window, screen)
    # The supervisor's gate is a badge form: a badge scan there fills it like at login.
    scanner(qtbot, clock, screen.gate.badge_field, SUPERVISOR[0])
    assert screen.gate.badge_field.text() == SUPERVISOR[0]
    assert screen.gate.fields.active() is screen.gate.pin_field
    type_on_keypad(qtbot, screen.gate.keypad, SUPERVISOR[1])
    tap(qtbot, screen.gate.keypad.key("ok"))
    settle(qtbot, worker)
    assert screen.is_open()

    url = screen.form.url_field
    url.setFocus()
    clock.advance(5.0)
    scanner(qtbot, clock, url, "LPN2611270418")
    assert url.text() == ""  # not a single key of it
    hint = window.scans.hint
    assert hint.isVisible()
    assert hint.text() == "Scan not expected here"
    shots.save(window, "scan-not-expected")
    clock.advance(5.0)
    person(qtbot, clock, url, "http://plant", enter=True)  # a person's keys land as typed
    assert url.text() == "http://plant"
    qtbot.waitUntil(lambda: not hint.isVisible(), timeout=5000)
