"""The station's running stop, known to every screen, and its elapsed time from the monotonic clock.

The service times the stop on the monotonic clock; the screens do the same. When the kiosk learns
of a stop (it started it, or found it running at start-up), it anchors the elapsed time once, from
the wall clock, and from then on counts only the monotonic clock: a wall-clock correction while
the station is down never makes the stopwatch jump.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from harmony_kiosk.clock import Clock

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.downtime import DowntimeView

TICK_MS = 500  # twice a second, so the seconds never seem to skip


class DowntimeWatch(QObject):
    """`changed(view or None)` when a stop starts or ends; `ticked(seconds)` while it runs."""

    changed = Signal(object)  # DowntimeView | None
    ticked = Signal(float)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.running: DowntimeView | None = None
        self._anchor_elapsed = 0.0
        self._anchor_monotonic = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def set_running(self, view: DowntimeView | None) -> None:
        """The station's running stop (None: the station runs). A stop already known keeps its
        anchor, so reading it again never resets the stopwatch."""
        if view is not None and view.running:
            if self.running is None or self.running.id != view.id:
                wall = (self._clock.now() - view.started_at).total_seconds()
                self._anchor_elapsed = max(0.0, wall)
                self._anchor_monotonic = self._clock.monotonic()
            self.running = view
            self._timer.start()
        else:
            self.running = None
            self._timer.stop()
        self.changed.emit(self.running)
        self.tick()

    def elapsed_s(self) -> float:
        if self.running is None:
            return 0.0
        return self._anchor_elapsed + max(0.0, self._clock.monotonic() - self._anchor_monotonic)

    def tick(self) -> None:
        if self.running is not None:
            self.ticked.emit(self.elapsed_s())
