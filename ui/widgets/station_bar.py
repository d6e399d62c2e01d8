"""On the station home: one tap when the station stops, one when it runs again; the lead's pages.

Only says what was tapped (signals); ui.station_desk does the work and ui.main_window navigates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.downtime_wording import clock_time, elapsed_text
from ui.language import shown_language
from ui.marked import QT_TRANSLATE_NOOP
from ui.widgets.touch import button, set_style_property, text

if TYPE_CHECKING:
    from datetime import tzinfo

    from harmony_kiosk.services.downtime import DowntimeView
    from ui.downtime_watch import DowntimeWatch

BIG_WIDTH = 380
PAGE_HEIGHT = 76
IDLE_HINT = QT_TRANSLATE_NOOP(
    "StationBar", "Tap the moment the station stops. A team lead codes the reason later."
)


class StationBar(QWidget):
    """One row while the station runs: "Station stopped" (red) and the pages (the line's stops
    for everyone; the line board and the shift handoff for team leads). While it is down, the
    red band with the live stopwatch and "Running again" takes the row, the pages move below."""

    stop_tapped = Signal()
    running_again_tapped = Signal()
    stops_requested = Signal()
    board_requested = Signal()
    handoff_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station-bar")
        self.zone: tzinfo | None = None
        self._lead = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.row = QHBoxLayout()
        self.row.setSpacing(16)
        column.addLayout(self.row)
        self.below = QHBoxLayout()
        column.addLayout(self.below)

        self.stop_button = button(
            QCoreApplication.translate("StationBar", "■   Station stopped"),
            primary=True,
            name="station-stopped",
        )
        self.stop_button.setProperty("variant", "stop")
        self.stop_button.setMinimumWidth(BIG_WIDTH)
        self.stop_button.clicked.connect(self.stop_tapped)
        self.row.addWidget(self.stop_button)
        self.hint = text(
            QCoreApplication.translate("StationBar", IDLE_HINT), "caption", name="station-hint"
        )
        self.row.addWidget(self.hint, 1)

        self.band = self._build_band()
        self.row.addWidget(self.band, 1)

        self.pages = QWidget()
        pages = QHBoxLayout(self.pages)
        pages.setContentsMargins(0, 0, 0, 0)
        pages.setSpacing(16)
        self.stops_button = self._page(
            QCoreApplication.translate("StationBar", "Line stops"),
            "line-stops",
            self.stops_requested,
        )
        self.board_button = self._page(
            QCoreApplication.translate("StationBar", "Line board"),
            "line-board",
            self.board_requested,
        )
        self.handoff_button = self._page(
            QCoreApplication.translate("StationBar", "Shift handoff"),
            "shift-handoff",
            self.handoff_requested,
        )
        for page in (self.stops_button, self.board_button, self.handoff_button):
            pages.addWidget(page)
        pages.addStretch(1)  # alone below the band, the buttons keep their size, on the left
        self.row.addWidget(self.pages)
        self.message = text("", "status", name="station-message")
        self.message.hide()
        column.addWidget(self.message)
        self.set_lead(is_lead=False)

    def _build_band(self) -> QFrame:
        """Red: "Station stopped", since when, the live stopwatch, and "Running again"."""
        frame = QFrame()
        frame.setObjectName("stopped-band")
        frame.setProperty("role", "stopped-band")
        band = QHBoxLayout(frame)
        band.setContentsMargins(28, 0, 0, 0)
        band.setSpacing(24)
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addStretch(1)
        words.addWidget(
            text(
                QCoreApplication.translate("StationBar", "Station stopped"),
                "stopped-title",
                wrap=False,
            )
        )
        self.since = text("", "stopped-detail", wrap=False, name="stopped-since")
        words.addWidget(self.since)
        words.addStretch(1)
        band.addLayout(words)
        self.elapsed = text("0:00", "stopped-time", wrap=False, name="stopped-time")
        band.addWidget(self.elapsed, 1)
        self.running_button = button(
            QCoreApplication.translate("StationBar", "▶   Running again"),
            primary=True,
            name="running-again",
        )
        self.running_button.setProperty("variant", "resume")
        self.running_button.setMinimumWidth(BIG_WIDTH)
        self.running_button.clicked.connect(self.running_again_tapped)
        band.addWidget(self.running_button)
        frame.hide()
        return frame

    def _page(self, label: str, name: str, signal: SignalInstance) -> QPushButton:
        made = button(label, height=PAGE_HEIGHT, name=name)
        made.setMinimumWidth(190)
        made.clicked.connect(signal)
        return made

    def follow(self, watch: DowntimeWatch) -> None:
        watch.changed.connect(self.show_running)
        watch.ticked.connect(self._ticked)
        self.show_running(watch.running)
        self._ticked(watch.elapsed_s())

    def show_running(self, stop: DowntimeView | None) -> None:
        running = stop is not None
        # While the station is down the band needs the row: the pages wait below it. Moved
        # before the band shows, so the row is never wider than the screen, not even once.
        if running:
            # An operator's one page fits beside the band; a lead's three wait below it.
            self._move_pages(self.below if self._lead else self.row)
            self.stop_button.hide()
            self.hint.hide()
            self.band.show()
        else:
            self.band.hide()
            self.stop_button.show()
            self.hint.setVisible(not self._lead)
            self._move_pages(self.row)
        if stop is not None:
            named = stop.equipment_in(shown_language())
            where = f" · {named}" if named else ""
            self.since.setText(
                QCoreApplication.translate("StationBar", "since {clock_time}{where}").format(
                    clock_time=clock_time(stop.started_at, self.zone), where=where
                )
            )
        self.set_busy(False)

    def _move_pages(self, layout: QHBoxLayout) -> None:
        if layout.indexOf(self.pages) < 0:
            self.row.removeWidget(self.pages)
            self.below.removeWidget(self.pages)
            layout.addWidget(self.pages)

    def _ticked(self, seconds: float) -> None:
        self.elapsed.setText(elapsed_text(seconds))

    def set_lead(self, *, is_lead: bool) -> None:
        """Leads see the line board and the handoff; everyone sees the line's stops."""
        running = self.band.isVisibleTo(self)
        self._lead = is_lead
        # In an order that never makes the row wider than the screen, even for a moment.
        if is_lead:
            self._move_pages(self.below if running else self.row)
            self.board_button.show()
            self.handoff_button.show()
        else:
            self.board_button.hide()
            self.handoff_button.hide()
            self._move_pages(self.row)
        self.hint.setVisible(not is_lead and not running)

    def set_counts(self, needing_code: int, handoff_waiting: str | None) -> None:
        """How many stops wait for a code; the shift whose handoff waits for acceptance."""
        self.stops_button.setText(
            QCoreApplication.translate("StationBar", "Line stops · {needing_code}").format(
                needing_code=needing_code
            )
            if needing_code
            else QCoreApplication.translate("StationBar", "Line stops")
        )
        set_style_property(self.stops_button, "attention", needing_code > 0)
        waiting = handoff_waiting is not None
        self.handoff_button.setText(
            QCoreApplication.translate("StationBar", "Accept handoff {handoff_waiting}").format(
                handoff_waiting=handoff_waiting
            )
            if waiting
            else QCoreApplication.translate("StationBar", "Shift handoff")
        )
        set_style_property(self.handoff_button, "attention", waiting)

    def set_busy(self, busy: bool) -> None:
        self.stop_button.setEnabled(not busy)
        self.running_button.setEnabled(not busy)

    def say(self, message: str, role: str = "success") -> None:
        """Under the row: what just happened (hidden when there is nothing to say)."""
        self.message.setText(message)
        self.message.setVisible(bool(message))
        set_style_property(self.message, "role", role)
