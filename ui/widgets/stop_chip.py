"""The running stop in the header of every screen: "Station stopped" over a live stopwatch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.downtime_wording import elapsed_text
from ui.widgets.touch import text

if TYPE_CHECKING:
    from harmony_kiosk.services.downtime import DowntimeView
    from ui.downtime_watch import DowntimeWatch


class StopChip(QFrame):
    """Red, two lines, nothing to tap: it only says the station is down and for how long.
    Hidden while the station runs; follows one DowntimeWatch (the window's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stop-chip")
        self.setProperty("role", "stop-chip")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 4, 16, 4)
        column.setSpacing(0)
        self.headline = text(
            QCoreApplication.translate("StopChip", "Station stopped"),
            "stop-chip-headline",
            wrap=False,
        )
        self.elapsed = text("0:00", "stop-chip-time", wrap=False, name="stop-chip-time")
        for label in (self.headline, self.elapsed):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        self._watch: DowntimeWatch | None = None
        self.hide()

    def follow(self, watch: DowntimeWatch) -> None:
        if self._watch is watch:
            return
        self._watch = watch
        watch.changed.connect(self._changed)
        watch.ticked.connect(self._ticked)
        self._changed(watch.running)
        self._ticked(watch.elapsed_s())

    def _changed(self, running: DowntimeView | None) -> None:
        self.setVisible(running is not None)
        self.setAccessibleName(
            QCoreApplication.translate("StopChip", "Station stopped") if running is not None else ""
        )

    def _ticked(self, seconds: float) -> None:
        self.elapsed.setText(elapsed_text(seconds))
