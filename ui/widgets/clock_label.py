"""The time of day at the site, from the injected clock, refreshed every few seconds."""

from __future__ import annotations

import logging
from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from harmony_kiosk.clock import Clock

log = logging.getLogger(__name__)
REFRESH_MS = 5_000


def site_zone(name: str) -> tzinfo | None:
    """The site's time zone, or None (the machine's local time) if this machine lacks tzdata."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("time zone %r unknown here; showing the machine's local time", name)
        return None


class ClockLabel(QLabel):
    """HH:MM in the site's time zone. Reads the injected clock, so tests see a fixed time."""

    def __init__(self, clock: Clock, zone: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._zone = zone
        self.setProperty("role", "clock")
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def set_zone(self, zone: tzinfo | None) -> None:
        self._zone = zone
        self.refresh()

    def refresh(self) -> None:
        self.setText(self._clock.now().astimezone(self._zone).strftime("%H:%M"))
