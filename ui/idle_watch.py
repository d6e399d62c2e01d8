"""Idle time on the kiosk: input resets it; a countdown near the limit; expiry at the limit."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from harmony_kiosk.clock import Clock

COUNTDOWN_S = 30  # the last seconds are counted down on screen, so nobody is logged out unwarned
TICK_MS = 1000
# What a person does: a touch, a click, a key (a badge reader and a scanner type keys too).
_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class IdleWatch(QObject):
    """Watches every input of the application (an event filter on it) while armed.

    Idle time is read from the injected monotonic clock, never counted in timer ticks: the
    tick only asks, so a test moves the clock and calls `check()`, and a wall clock jump
    changes nothing."""

    counting = Signal(int)  # seconds left, once per check during the countdown
    cancelled = Signal()  # input during the countdown
    expired = Signal()

    def __init__(self, clock: Clock, limit_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.limit_s = limit_s
        self._last_input = clock.monotonic()
        self._armed = False
        self._counting = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._ticking = True
        self._timer.timeout.connect(self.check)

    def arm(self) -> None:
        """Someone is logged in: idle time counts from now."""
        self._armed = True
        self.touch()
        if self._ticking:
            self._timer.start()

    def disarm(self) -> None:
        """Nobody to log out (the login screen, a message, the kiosk closing)."""
        self._armed = False
        self._timer.stop()
        self._stop_counting()

    def check_by_hand(self) -> None:
        """No timer: only the caller's `check()` asks (tests and benches that move a manual
        clock by minutes at once, which the timer would otherwise take for idle time)."""
        self._ticking = False
        self._timer.stop()

    def is_armed(self) -> bool:
        return self._armed

    def is_counting(self) -> bool:
        return self._counting

    def touch(self) -> None:
        self._last_input = self._clock.monotonic()
        self._stop_counting()

    def seconds_left(self) -> int:
        idle = self._clock.monotonic() - self._last_input
        return max(0, math.ceil(self.limit_s - idle))

    def check(self) -> None:
        if not self._armed:
            return
        left = self.seconds_left()
        if left <= 0:
            self.disarm()
            self.expired.emit()
        elif left <= COUNTDOWN_S:
            self._counting = True
            self.counting.emit(left)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _INPUT:
            self.touch()
        return False  # only watched: the input goes on to where it was meant

    def _stop_counting(self) -> None:
        if self._counting:
            self._counting = False
            self.cancelled.emit()
