"""The kiosk's sync client as the GUI sees it: started after the kiosk opens, woken after every
action, restarted after an enrolment, stopped on exit. Never a network call on the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from harmony_kiosk.clock import Clock
from harmony_kiosk.errors import KnownError
from ui.sync_monitor import SyncMonitor
from ui.sync_picture import SyncMode
from ui.worker import Worker

if TYPE_CHECKING:
    from sync.client.worker import SyncWorker

log = logging.getLogger(__name__)
PASS_CHECK_MS = 1_000
STOP_TIMEOUT_S = 5.0


class SyncLink(QObject):
    """Owns the `SyncWorker` of an enrolled data folder and the `SyncMonitor` every header reads.

    `passed` fires after each finished sync pass (plant data may have arrived meanwhile).
    """

    passed = Signal()

    def __init__(
        self, data_dir: Path, clock: Clock, worker: Worker, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._clock = clock
        self._worker = worker
        self.monitor = SyncMonitor(worker, self)
        self.sync: SyncWorker | None = None
        self._starting = False
        self._restart_when_started = False
        self._closed = False
        self._passes_seen = 0
        self._watch = QTimer(self)
        self._watch.setInterval(PASS_CHECK_MS)
        self._watch.timeout.connect(self._check_passes)
        worker.acted.connect(self.wake)

    def is_running(self) -> bool:
        return self.sync is not None

    def ensure_started(self) -> None:
        """Start the sync client on the worker thread if it is not running (enrolled folders)."""
        if self.sync is not None or self._starting or self._closed:
            return
        self._starting = True
        data_dir, clock = self.data_dir, self._clock
        self._worker.run(
            lambda: _start(data_dir, clock), self._started, self._not_started, background=True
        )

    def restart(self) -> None:
        """After a new enrolment: the old client (old secret or server) stops, a new one starts."""
        if self._starting:  # the start in flight read the old enrolment: start again after it
            self._restart_when_started = True
            return
        old, self.sync = self.sync, None
        if old is not None:
            old.stop(timeout=0)  # only asks it to stop: its pass in flight ends by itself
        self.monitor.set_source(None)
        self.ensure_started()

    def wake(self) -> None:
        """Ask for a pass now: sets an event, no I/O (called after every action a person took)."""
        if self.sync is not None:
            self.sync.wake()

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> None:
        """On exit: let the pass in flight finish (up to `timeout`), then leave it."""
        self._closed = True
        self._watch.stop()
        self.monitor.set_source(None)
        sync, self.sync = self.sync, None
        if sync is not None:
            sync.stop(timeout)

    def _started(self, sync: SyncWorker | None) -> None:
        self._starting = False
        if sync is not None and self._closed:  # started as the kiosk was closing
            sync.stop(timeout=0)
            return
        if sync is not None:
            log.info("sync client started")
            self.sync = sync
            self._passes_seen = sync.passes
            self._watch.start()
            self.monitor.set_source(sync)
        elif not self._restart_when_started:
            self.monitor.set_mode(SyncMode.NOT_ENROLLED)
        self._restart_pending()

    def _not_started(self, error: KnownError) -> None:
        self._starting = False
        log.warning("the sync client could not start: %s", error.message)
        self.monitor.set_mode(SyncMode.BROKEN, error.message)
        self._restart_pending()

    def _restart_pending(self) -> None:
        if self._restart_when_started:
            self._restart_when_started = False
            self.restart()

    def _check_passes(self) -> None:
        sync = self.sync
        if sync is not None and sync.passes != self._passes_seen:
            self._passes_seen = sync.passes
            self.passed.emit()


def _start(data_dir: Path, clock: Clock) -> SyncWorker | None:
    """On the worker: a sync client that cannot start must never stop local capture.
    The client (and its HTTP library) is imported here, off the GUI's start-up path."""
    try:
        from sync.client.connect import start_sync  # noqa: PLC0415

        return start_sync(data_dir, clock)
    except KnownError:
        raise
    except Exception as error:
        log.exception("the sync client could not start")
        raise KnownError(
            QCoreApplication.translate(
                "SyncLink", "The sync client could not start ({type}); see the kiosk's log."
            ).format(type=type(error).__name__)
        ) from None
