"""The server killed with SIGKILL and restarted while a kiosk drains a big backlog, on both of
the server's databases: whatever a dying server had committed or not, nothing is lost and
nothing is stored twice."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import open_kiosk
from sync.client.connect import build_engine
from sync.client.worker import SyncWorker
from tests.reliability.backlog import STATION, random_blob, record_badge_ins, record_blob
from tests.reliability.conftest import Report
from tests.reliability.counting import assert_everything_arrived, nothing_waiting
from tests.reliability.request_watch import RequestWatch
from tests.sync.client.conftest import EnrolledFolder
from tests.sync.client.test_worker import FAST, Passes
from tests.sync.live_server import LiveServer

# Four kills while batches of events are on their way, one while a blob's chunks are.
KILL_DURING = ("upload", "upload", "upload", "upload", "blob chunk")


@pytest.fixture
def server(database_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    """The real server on a fresh SQLite file or PostgreSQL database (the `backend` param)."""
    live = LiveServer(tmp_path / "server", database_url=database_url)
    live.data_dir.mkdir(parents=True)
    live.cli("demo")
    live.start()
    yield live
    live.stop()


@pytest.mark.slow
def test_the_server_killed_mid_batch_and_restarted(
    server: LiveServer,
    enrolled_folder: EnrolledFolder,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    backend: str,
    report: Report,
) -> None:
    data_dir = enrolled_folder(STATION)
    rng = random.Random(4242)
    kiosk = open_kiosk(data_dir, clock, STATION)
    record_badge_ins(kiosk, clock, pairs=3_500, seconds_apart=20)  # 7,000 events: 14 batches
    for _ in range(6):
        record_blob(kiosk, clock, random_blob(rng, 600_000, 1_500_000))  # 3 to 6 chunks each
    kiosk.close()

    watch = RequestWatch(monkeypatch)
    built = build_engine(data_dir, clock)
    assert built is not None
    engine, database = built
    passes = Passes()
    worker = SyncWorker(engine, database, clock, FAST, on_pass=passes)
    worker.start()
    caught_in_flight = 0
    try:
        for kind in KILL_DURING:
            watch.wait_for_next(kind)
            time.sleep(rng.uniform(0.0, 0.06))  # a random instant into the request
            caught_in_flight += watch.in_flight > 0
            server.restart(kill=True)

        passes.wait_for(lambda: nothing_waiting(database), timeout=120)
    finally:
        worker.stop()
        database.close()

    count = assert_everything_arrived(server, data_dir)
    report(
        f"server killed ({backend}): {len(KILL_DURING)} SIGKILLs, {caught_in_flight} with a "
        f"request in flight; requests {dict(watch.sent)}, failed {dict(watch.failed)}; "
        f"events judged {dict(watch.judged)}; server holds all {count.events} events and "
        f"{count.blobs} blobs"
    )
    assert caught_in_flight > 0
    assert watch.failed["Offline"] > 0  # the kiosk did see the server die, and retried
