"""Unexpected errors anywhere (a GUI slot, any thread): logged with their traceback, then the
window's calm message. Installed as sys.excepthook and threading.excepthook by ui/app.py."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class CrashGuard(QObject):
    """Owns both hooks while installed. `crashed` is emitted on the thread that failed; a
    receiver in the GUI thread gets it queued, so a worker thread never touches a widget."""

    crashed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous: tuple[object, object] | None = None
        self._inside = False

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.gui_hook
        threading.excepthook = self.thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def gui_hook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """An exception escaped a slot or a virtual method of the GUI: a bug, not the end."""
        log.error("unexpected error in the GUI", exc_info=(kind, error, trace))
        self._announce()

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread else "?"
        trace = (args.exc_type, args.exc_value, args.exc_traceback)
        log.error("unexpected error in thread %s", name, exc_info=trace)  # type: ignore[arg-type]
        self._announce()

    def _announce(self) -> None:
        if self._inside:  # the message itself failed: logged above, no loop of messages
            return
        self._inside = True
        try:
            self.crashed.emit()
        finally:
            self._inside = False
