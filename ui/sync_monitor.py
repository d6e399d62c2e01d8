"""Polls the sync client's status on the worker thread every few seconds, for every screen."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from ui.sync_picture import SyncMode, SyncPicture
from ui.worker import Worker

if TYPE_CHECKING:
    from sync.client.worker import SyncStatus

log = logging.getLogger(__name__)
POLL_MS = 3_000


class StatusSource(Protocol):
    """What the monitor asks of the sync client (a `SyncWorker`, or a stub in tests)."""

    def status(self) -> SyncStatus: ...


class SyncMonitor(QObject):
    """Emits `changed(SyncPicture)` after each poll. The timer on the GUI thread only schedules
    the poll; the status read runs on the worker, and a slow read is never stacked twice."""

    changed = Signal(object)  # SyncPicture

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._source: StatusSource | None = None
        self._read_acked: Callable[[], int] | None = None
        self._in_flight = False
        self.latest = SyncPicture(SyncMode.STARTING)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def set_mode(self, mode: SyncMode, problem: str = "") -> None:
        """Say what kind of folder this is; without a source nothing is polled."""
        self._publish(SyncPicture(mode, self.latest.status, self.latest.acked_seq, problem))

    def set_acked_reader(self, read: Callable[[], int] | None) -> None:
        """How to read the server's acknowledged seq from the kiosk's database (worker thread)."""
        self._read_acked = read

    def set_source(self, source: StatusSource | None) -> None:
        """Start (or stop, with None) polling `source`; the first poll runs at once."""
        self._source = source
        if source is None:
            self._timer.stop()
            return
        self._publish(SyncPicture(SyncMode.ENROLLED, None, self.latest.acked_seq))
        self._timer.start()
        self.poll()

    def poll(self) -> None:
        source, read_acked = self._source, self._read_acked
        if source is None or self._in_flight:
            return
        self._in_flight = True

        def read() -> SyncPicture | None:
            try:
                status = source.status()
                acked = read_acked() if read_acked is not None else None
            except Exception:  # a busy or broken database must not take over the screen
                log.exception("could not read the sync status")
                return None
            return SyncPicture(SyncMode.ENROLLED, status, acked)

        self._worker.run(read, self._read, background=True)

    def _read(self, picture: SyncPicture | None) -> None:
        self._in_flight = False
        if picture is not None and self._source is not None:
            self._publish(picture)

    def _publish(self, picture: SyncPicture) -> None:
        self.latest = picture
        self.changed.emit(picture)
