"""A kiosk cut off from the server for a week keeps recording, then drains all of it once."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import open_kiosk
from sync.client.connect import build_engine
from sync.client.worker import SyncWorker
from tests.conftest import OPERATOR
from tests.reliability.backlog import (
    STATION,
    import_big_order,
    raise_trouble,
    random_blob,
    record_badge_ins,
    record_blob,
    work_one_job,
)
from tests.reliability.conftest import Report
from tests.reliability.counting import assert_everything_arrived, nothing_waiting
from tests.sync.client.conftest import EnrolledFolder
from tests.sync.client.test_worker import FAST, Passes
from tests.sync.live_server import LiveServer

DAYS = 7
JOBS_A_DAY = 6  # about 17 events each
EXCEPTIONS_A_DAY = 40
BLOBS_A_DAY = 8
BADGE_PAIRS_A_DAY = 1_420  # the bulk of the volume: about 2,840 events a day


@pytest.fixture
def clock() -> ManualClock:
    """The kiosk's week ends about now, so the server sees a plausible clock at the end."""
    return ManualClock(datetime.now(UTC) - timedelta(days=DAYS))


@pytest.mark.slow
def test_a_week_offline_then_everything_arrives_once(
    server: LiveServer,
    enrolled_folder: EnrolledFolder,
    clock: ManualClock,
    tmp_path: Path,
    report: Report,
) -> None:
    import_big_order(server, tmp_path)
    data_dir = enrolled_folder(STATION)
    rng = random.Random(7)
    kiosk = open_kiosk(data_dir, clock, STATION)
    session = kiosk.auth.login(*OPERATOR)
    server.stop()  # the plant's network is gone for the week

    built = build_engine(data_dir, clock)
    assert built is not None
    engine, database = built
    passes = Passes()
    worker = SyncWorker(engine, database, clock, FAST, on_pass=passes)
    worker.start()
    try:
        started = time.monotonic()
        for _day in range(DAYS):
            day_ends = clock.now() + timedelta(days=1)
            for _ in range(JOBS_A_DAY):
                work_one_job(kiosk, session)
                clock.advance(600)
            for _ in range(EXCEPTIONS_A_DAY):
                raise_trouble(kiosk, session, rng)
                clock.advance(60)
            for _ in range(BLOBS_A_DAY):
                record_blob(kiosk, clock, random_blob(rng))
            record_badge_ins(kiosk, clock, BADGE_PAIRS_A_DAY, seconds_apart=27)
            clock.advance((day_ends - clock.now()).total_seconds())
        recorded_in = time.monotonic() - started

        passes.wait_for(lambda: passes.count >= 1)
        offline = worker.status()
        assert not offline.online
        assert offline.last_error is not None and "not reachable" in offline.last_error
        assert offline.waiting >= 20_000
        assert offline.oldest_unsent_at is not None
        oldest = datetime.fromisoformat(offline.oldest_unsent_at)
        assert clock.now() - oldest >= timedelta(days=DAYS - 1)

        started = time.monotonic()
        server.start()  # no local write, no wake(): the worker's own timer finds it back

        passes.wait_for(lambda: nothing_waiting(database), timeout=180)
        drained_in = time.monotonic() - started
    finally:
        worker.stop()
        database.close()
        kiosk.close()

    count = assert_everything_arrived(server, data_dir)
    assert count.events >= 20_000
    assert count.blobs >= 50
    report(
        f"offline week: {count.events} events and {count.blobs} blobs recorded in "
        f"{recorded_in:.1f} s with the server down; drained in {drained_in:.1f} s "
        f"({offline.waiting / drained_in:.0f} events/s), {passes.count} sync passes in all"
    )
