"""Driving the exception screens the way people do: taps on the header, keys, cards, buttons."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.store.journal import read_events
from tests.ui.driving import log_in, settle, tap, wait_for_screen
from ui.exception_pages import ExceptionPages
from ui.main_window import MainWindow
from ui.screens.exception_detail import ExceptionDetailScreen
from ui.screens.exception_raise import RaiseExceptionScreen
from ui.widgets.exception_queue import ExceptionQueue
from ui.widgets.keyboard import SHIFTED, OnScreenKeyboard
from ui.worker import Worker

_NAMED = {" ": "space", "\n": "enter"}
ACCENT_ROW = "áéíóúü«»€"


def type_on_keyboard(qtbot: QtBot, keyboard: OnScreenKeyboard, typed: str) -> None:
    """Key by key, as a finger would: Shift for a capital, the accents row for á é í ó ú ü
    (and back to the numbers for a digit)."""
    for char in typed:
        on_accent_row = char.lower() in ACCENT_ROW
        if on_accent_row != keyboard.showing_accents and (on_accent_row or char.isdigit()):
            tap(qtbot, keyboard.key("accents"))
        capital = char.isalpha() and char.isupper()
        if (capital or char in SHIFTED.values()) and not keyboard.shifted:
            tap(qtbot, keyboard.key("shift"))
        tap(qtbot, keyboard.key(_NAMED.get(char, char)))


def pages(window: MainWindow) -> ExceptionPages:
    assert window.exceptions is not None, "the kiosk has not opened"
    return window.exceptions


def raise_screen(window: MainWindow) -> RaiseExceptionScreen:
    return pages(window).raise_screen


def detail_screen(window: MainWindow) -> ExceptionDetailScreen:
    return pages(window).detail


def queue(window: MainWindow) -> ExceptionQueue:
    return pages(window).queue


def save_exception(qtbot: QtBot, window: MainWindow, worker: Worker) -> None:
    """Save on the raise form, see "Saved", and tap back to where the person was."""
    screen = raise_screen(window)
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    assert screen.pages.currentWidget() is screen.saved_page, screen.message.text()
    tap(qtbot, screen.done_button)


def raise_from_header(
    qtbot: QtBot, window: MainWindow, worker: Worker, kind: str, severity: str, words: str = ""
) -> None:
    """From the screen shown: the header's button, kind, severity, words, Save."""
    shown = window.stack.currentWidget()
    button = getattr(shown, "raise_button", None)
    assert button is not None, f"no Raise exception on {type(shown).__name__}"
    tap(qtbot, button)
    screen = raise_screen(window)
    wait_for_screen(qtbot, window, screen)
    tap(qtbot, screen.what.kinds.button(kind))
    tap(qtbot, screen.what.severities.button(severity))
    if words:
        tap(qtbot, screen.describe_button)
        type_on_keyboard(qtbot, screen.describe.keyboard, words)
    save_exception(qtbot, window, worker)
    wait_for_screen(qtbot, window, shown)
    settle(qtbot, worker)


def open_from_queue(qtbot: QtBot, window: MainWindow, worker: Worker, row: int = 0) -> None:
    """Tap a card of the home screen's queue: its detail opens."""
    listing: QListView = queue(window).list
    qtbot.waitUntil(lambda: listing.model().rowCount() > row)
    point: QPoint = listing.visualRect(listing.model().index(row, 0)).center()
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=point)
    wait_for_screen(qtbot, window, detail_screen(window))
    settle(qtbot, worker)


def switch_person(qtbot: QtBot, window: MainWindow, worker: Worker, badge: tuple[str, str]) -> None:
    """From home: log out, and the next person in."""
    assert window.home is not None
    wait_for_screen(qtbot, window, window.home)
    tap(qtbot, window.home.logout_button)
    wait_for_screen(qtbot, window, window.login)
    settle(qtbot, worker)
    log_in(qtbot, window, worker, *badge)


def raised_payloads(kiosk: Kiosk) -> list[dict[str, object]]:
    with kiosk.database.read() as connection:
        return [dict(e.payload) for e in read_events(connection) if e.type == "exception.raised"]
