"""The window's lock-down: kiosk mode (no way out but maintenance) and the idle countdown."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from harmony_kiosk.clock import Clock
from ui.idle_watch import IdleWatch
from ui.kiosk_lock import KioskLock, lock_window
from ui.widgets.idle_overlay import IdleOverlay

log = logging.getLogger(__name__)


class Lockdown(QObject):
    """Owns the idle watch and its overlay over `window`, and whether the window may close.

    `on_idle` is called when the countdown reached zero (the window logs the operator out)."""

    def __init__(
        self, window: QWidget, clock: Clock, idle_logout_s: int, on_idle: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self.kiosk_mode = False
        self._exit_allowed = False
        self.idle = IdleWatch(clock, idle_logout_s, self)
        self.overlay = IdleOverlay(window)
        self.idle.counting.connect(self.overlay.show_seconds)
        self.idle.cancelled.connect(self.overlay.hide)
        self.idle.expired.connect(self.overlay.hide)
        self.idle.expired.connect(on_idle)
        self.overlay.stay.connect(self.idle.touch)
        _watch_application(self.idle)

    def enter_kiosk_mode(self) -> None:
        """Before the window is shown full screen: frameless, on top, closing keys swallowed."""
        self.kiosk_mode = True
        lock_window(self._window)
        _watch_application(KioskLock(self))

    def may_close(self) -> bool:
        """Outside kiosk mode always; in it only after "Exit kiosk" in maintenance."""
        if self.kiosk_mode and not self._exit_allowed:
            log.info("kiosk mode: a request to close the window was refused")
            return False
        self.idle.disarm()
        return True

    def allow_exit(self) -> None:
        log.info("kiosk exited from the maintenance menu")
        self._exit_allowed = True


def _watch_application(watcher: QObject) -> None:
    """See every event of the application: input anywhere counts, a key anywhere is caught."""
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(watcher)
