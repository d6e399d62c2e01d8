"""The one background thread that runs every database call; answers return by queued signal.

Anki's pattern (aqt/taskman.py): a single executor serialises all database work, so the GUI thread
never waits on disk and two calls never race on the kiosk's connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal

from harmony_kiosk.errors import KnownError

log = logging.getLogger(__name__)
T = TypeVar("T")
OnError = Callable[[KnownError], None]


@dataclass(frozen=True)
class _Reply:
    """What came back from one call, carried to the GUI thread."""

    on_done: Callable[[Any], None]
    on_error: OnError | None
    result: Any = None
    error: KnownError | None = None
    crashed: bool = False
    background: bool = False


class Worker(QObject):
    """Runs `fn` on the database thread and calls `on_done(result)` on the GUI thread.

    A `KnownError` goes to `on_error` (or, without one, to the `refused` signal). Anything else is
    a bug: logged with its traceback and announced on `crashed`, which the window turns into a
    calm message. `settled` fires whenever the last pending call has been delivered; `acted`
    after each call a person caused (not `background` ones), so sync can be woken at once.
    """

    refused = Signal(object)  # a KnownError nobody handled
    crashed = Signal()
    settled = Signal()
    acted = Signal()
    _replied = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-db")
        self._pending = 0
        self._closed = False
        self._replied.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: OnError | None = None,
        *,
        background: bool = False,
    ) -> None:
        """Queue `fn` behind every call before it. `background`: not caused by a person's tap
        (start-up, status polls, reads for display), so it does not announce `acted`."""
        if self._closed:
            log.warning("call after the worker was shut down ignored")
            return
        self._pending += 1
        self._executor.submit(self._call, fn, on_done, on_error, background)

    def is_idle(self) -> bool:
        """True when every call has run and its answer was delivered (tests wait on this)."""
        return self._pending == 0

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Spin an event loop until idle: for tools such as ui.preview, never for tests."""
        if self.is_idle():
            return True
        loop = QEventLoop()
        self.settled.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.settled.disconnect(loop.quit)
        return self.is_idle()

    def shutdown(self) -> None:
        """Finish what is queued, then stop the thread."""
        self._closed = True
        self._executor.shutdown(wait=True)

    # --- on the database thread ------------------------------------------------------------------
    def _call(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: OnError | None,
        background: bool,
    ) -> None:
        try:
            result = fn()
        except KnownError as error:
            self._replied.emit(_Reply(on_done, on_error, error=error, background=background))
        except Exception:
            log.exception("unexpected error in a database call")
            self._replied.emit(_Reply(on_done, on_error, crashed=True, background=background))
        else:
            self._replied.emit(_Reply(on_done, on_error, result=result, background=background))

    # --- back on the GUI thread ------------------------------------------------------------------
    def _deliver(self, reply: _Reply) -> None:
        try:
            if reply.crashed:
                self.crashed.emit()
            elif reply.error is not None:
                log.info("refused: %s", reply.error.message)
                if reply.on_error is not None:
                    reply.on_error(reply.error)
                else:
                    self.refused.emit(reply.error)
            else:
                reply.on_done(reply.result)
        finally:
            # Counted down after the callback, so a callback that queues more keeps us busy.
            self._pending -= 1
            if not reply.background:
                self.acted.emit()  # a refused action may have committed too (a refused login)
            if self._pending == 0:
                self.settled.emit()
