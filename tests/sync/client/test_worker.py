"""The sync thread: it retries by itself, reports a stuck queue, and knows when it is revoked."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import open_kiosk
from sync.client.connect import build_engine
from sync.client.transport import Refused
from sync.client.worker import STUCK_AFTER_S, Backoff, SyncWorker
from tests.conftest import OPERATOR
from tests.sync.client.conftest import EnrolledFolder
from tests.sync.live_server import LiveServer

FAST = Backoff(base_s=0.05, cap_s=0.2, idle_s=0.2)


class Passes:
    """Lets a test wait for the worker's passes without sleeping."""

    def __init__(self) -> None:
        self.condition = threading.Condition()
        self.count = 0

    def __call__(self) -> None:
        with self.condition:
            self.count += 1
            self.condition.notify_all()

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 30) -> None:
        with self.condition:
            assert self.condition.wait_for(predicate, timeout), "condition not reached in time"


@contextmanager
def running_worker(data_dir: Path, clock: ManualClock) -> Iterator[tuple[SyncWorker, Passes]]:
    built = build_engine(data_dir, clock)
    assert built is not None
    engine, database = built
    passes = Passes()
    worker = SyncWorker(engine, database, clock, FAST, on_pass=passes)
    worker.start()
    try:
        yield worker, passes
    finally:
        worker.stop()
        database.close()


def device_of(data_dir: Path) -> str:
    return str(json.loads((data_dir / "device.json").read_text())["device_id"])


def record_a_login(data_dir: Path, clock: ManualClock) -> None:
    kiosk = open_kiosk(data_dir, clock)
    kiosk.auth.login(*OPERATOR)
    kiosk.close()


def test_retries_re_arm_by_themselves_when_the_server_comes_back(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock
) -> None:
    data_dir = enrolled_folder("LINE1-ST1")
    record_a_login(data_dir, clock)
    server.stop()
    with running_worker(data_dir, clock) as (worker, passes):
        passes.wait_for(lambda: passes.count >= 2)
        status = worker.status()
        assert not status.online
        assert status.waiting == 1
        assert status.last_error and "not reachable" in status.last_error
        server.start()  # no local write, no wake(): the timer alone brings the queue home
        passes.wait_for(lambda: worker.status().waiting == 0)
        assert worker.status().online
    assert len(server.stored_events(device_of(data_dir))) == 1


def test_a_revoked_kiosk_shows_it(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock
) -> None:
    data_dir = enrolled_folder("LINE1-ST1")
    server.cli("revoke", device_of(data_dir))
    record_a_login(data_dir, clock)
    with running_worker(data_dir, clock) as (worker, passes):
        passes.wait_for(lambda: passes.count >= 1)
        status = worker.status()
    assert status.revoked
    assert status.waiting == 1  # kept, never discarded


def test_a_stuck_queue_is_shown_and_reported_to_the_server(
    server: LiveServer,
    enrolled_folder: EnrolledFolder,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = enrolled_folder("LINE1-ST1")
    record_a_login(data_dir, clock)

    def refused(_self: object) -> tuple[int, int]:  # e.g. a batch the server keeps refusing
        raise Refused(413, "request too large")

    monkeypatch.setattr("sync.client.engine.SyncEngine.upload_events", refused)
    with running_worker(data_dir, clock) as (worker, passes):
        passes.wait_for(lambda: passes.count >= 2)
        assert not worker.status().stuck
        clock.advance(STUCK_AFTER_S + 1)  # five minutes without progress, /health answering
        seen = passes.count
        worker.wake()
        passes.wait_for(lambda: passes.count > seen + 1)
        assert worker.status().stuck
    row = server.device_row(device_of(data_dir))
    assert row["stuck"] is True or row["stuck"] == 1
    assert row["reported_backlog"] == 1
