"""Stand-ins for the sync client where a test needs to choose its status, and DB helpers."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime, timedelta

from harmony_kiosk.clock import to_iso
from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.store import sync_records
from sync.client.worker import SyncStatus

ALL_SENT = SyncStatus(
    online=True,
    waiting=0,
    oldest_unsent_at=None,
    last_success_at=None,
    revoked=False,
    stuck=False,
    last_error=None,
)


def status(**changes: object) -> SyncStatus:
    return replace(ALL_SENT, **changes)  # type: ignore[arg-type]


def ago(now: datetime, **delta: float) -> str:
    return to_iso(now - timedelta(**delta))


class StubSource:
    """Answers `status()` with what the test set, and notes on which thread it was asked."""

    def __init__(self, current: SyncStatus = ALL_SENT) -> None:
        self.current = current
        self.threads: list[str] = []
        self.fail = False

    def status(self) -> SyncStatus:
        self.threads.append(threading.current_thread().name)
        if self.fail:
            raise RuntimeError("database is locked")
        return self.current


class StubSync:
    """Stands in for the SyncWorker where a test counts wake-ups."""

    def __init__(self) -> None:
        self.wakes = 0
        self.passes = 0

    def wake(self) -> None:
        self.wakes += 1

    def stop(self, timeout: float = 0) -> None:
        del timeout

    def status(self) -> SyncStatus:
        return ALL_SENT


def acknowledge_all(kiosk: Kiosk, now: datetime) -> int:
    """As if the server acknowledged everything journalled so far; returns the acked seq."""
    with kiosk.database.write() as connection:
        head = sync_records.read_state(connection).head_seq
        sync_records.record_acknowledgement(connection, head, None, [], to_iso(now))
    return head
