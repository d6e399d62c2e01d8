"""Driving the downtime and lead screens as a lead does: taps on tiles, keys and rows."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from harmony_kiosk.services.downtime import DowntimeView
from tests.ui.driving import settle, tap
from ui.screens.stops import StopsScreen
from ui.widgets.keyboard import OnScreenKeyboard
from ui.worker import Worker


def a_stop(started: datetime, duration_s: int | None = None) -> DowntimeView:
    """A stop as the service shows it, for widgets tested alone."""
    return DowntimeView(
        "d-1", "LINE1-ST1", "LINE1", None, started, duration_s, None, False, None, None, None,
        None, needs_code=False,
    )  # fmt: skip


class TapCounter:
    """Taps buttons and counts them: the reason picker promises three at most."""

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self.count = 0

    def tap(self, button: QAbstractButton) -> None:
        tap(self._qtbot, button)
        self.count += 1


def type_on_keyboard(qtbot: QtBot, keyboard: OnScreenKeyboard, typed: str) -> None:
    for char in typed:
        tap(qtbot, keyboard.key("space" if char == " " else char))


def select_stop(qtbot: QtBot, screen: StopsScreen, downtime_id: str) -> None:
    """A finger on the stop's row in the list."""
    row = screen.model.row_of(downtime_id)
    assert row is not None, "the stop is not in the list shown"
    index = screen.model.index(row)
    screen.list.scrollTo(index)
    spot = screen.list.visualRect(index).center()
    qtbot.mouseClick(screen.list.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert screen.selected_stop() is not None
    assert screen.selected_stop().id == downtime_id  # type: ignore[union-attr]


def open_stops(qtbot: QtBot, screen: StopsScreen, worker: Worker) -> None:
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0 or screen.empty.isVisible())
    settle(qtbot, worker)
