"""Figure 4: a kiosk's 50,000-event backlog drained over loopback into PostgreSQL, in events/s,
against the same rows inserted with psycopg's `executemany` in the same batches.

The kiosk is real: a data folder whose journal the kiosk's `Journal` sealed, enrolled with a
real `harmony-server serve` over a throw-away PostgreSQL, drained by `SyncEngine.upload_events`
with the batch bounds it ships with. The baseline inserts the rows the server stored (its own
`event_row`), batch by batch as the server received them, one commit a batch, into a scratch
table made like the server's `events` table (columns, indexes, constraints, foreign key) in the
same database.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from statistics import fmean
from typing import Any

from bench.backlog import STATION, fill_journal
from bench.processes import BenchFailure
from bench.results import Figure, Target
from bench.sync_rig import CpuMeter, SyncRig, sync_server
from harmony_kiosk.clock import SystemClock
from harmony_kiosk.domain.events import Event
from harmony_kiosk.services.kiosk import open_database
from harmony_kiosk.store.journal import read_events
from sync.client.connect import build_engine
from sync.client.enrol import enrol
from sync.client.transport import ServerAddress
from sync.client.wire import to_wire
from sync.server.ingest import event_row

EVENTS = 50_000
THROUGHPUT_FLOOR = 5_000.0  # events/s
BASELINE_SHARE = 0.3
HEADLINE = Figure(
    "backlog drain to PostgreSQL",
    None,
    "events/s",
    target=Target.ratio_at_least(BASELINE_SHARE).and_also(
        Target.value_at_least(THROUGHPUT_FLOOR, "events/s")
    ),
)
SCRATCH_TABLE = "bench_events"


@contextmanager
def _file_keyring() -> Iterator[None]:
    """The kiosk's secret goes to its file keyring in the data folder, not the desktop's."""
    before = os.environ.get("HARMONY_KEYRING")
    os.environ["HARMONY_KEYRING"] = "file"
    try:
        yield
    finally:
        if before is None:
            del os.environ["HARMONY_KEYRING"]
        else:
            os.environ["HARMONY_KEYRING"] = before


def _journal(data_dir: Path, clock: SystemClock) -> list[Event]:
    _, database, _ = open_database(data_dir, clock)
    try:
        with database.read() as connection:
            return list(read_events(connection))
    finally:
        database.close()


def _drain(rig: SyncRig, data_dir: Path, clock: SystemClock) -> tuple[str, CpuMeter]:
    """Enrol the kiosk, then time `upload_events` to the end; the kiosk's line and the CPU spent."""
    with _file_keyring():
        enrolment = enrol(
            data_dir, ServerAddress(rig.server.url), rig.server.enrol_code(STATION), clock
        )
        built = build_engine(data_dir, clock)
    if built is None:
        raise BenchFailure("the kiosk folder was not enrolled after `enrol`")
    engine, database = built
    meter = CpuMeter(rig)
    try:
        with meter.measuring():
            acked, rejected = engine.upload_events()
    finally:
        database.close()
    if (acked, rejected) != (EVENTS, 0):
        raise BenchFailure(
            f"the drain acknowledged {acked} events and had {rejected} rejected, "
            f"not {EVENTS} and 0: {rig.server.log()}"
        )
    return enrolment.line_id, meter


def _batches(rig: SyncRig, device_id: str) -> tuple[list[int], list[float]]:
    """The batches as the server received them (one `received_at` per request): their sizes,
    and the seconds from each batch's arrival to the next one's (the kiosk's cycle)."""
    with rig.connect() as connection:
        rows = connection.execute(
            "SELECT count(*), received_at FROM events WHERE device_id = %s "
            "GROUP BY received_at ORDER BY min(seq)",
            (device_id,),
        ).fetchall()
    arrivals = [row[1] for row in rows]
    cycles = [(later - earlier).total_seconds() for earlier, later in pairwise(arrivals)]
    return [int(row[0]) for row in rows], cycles


def _check_stored(rig: SyncRig, device_id: str, journal: list[Event]) -> None:
    stored = rig.server.stored_events(device_id)
    if stored != [(event.seq, event.hash) for event in journal]:
        raise BenchFailure(
            f"the server holds {len(stored)} events of the kiosk, not its {len(journal)} "
            "events with the same seqs and hashes"
        )


def _baseline(rig: SyncRig, journal: list[Event], line_id: str, sizes: list[int]) -> float:
    """Seconds to insert the server's rows for `journal` with executemany, batch by batch."""
    now = datetime.now(UTC)
    rows = [event_row(to_wire(event), line_id, now) for event in journal]
    columns = list(rows[0])
    values: list[tuple[Any, ...]] = [tuple(row[column] for column in columns) for row in rows]
    insert = (
        f"INSERT INTO {SCRATCH_TABLE} ({', '.join(columns)}) "
        f"VALUES ({', '.join(['%s'] * len(columns))})"
    )
    batches: list[list[tuple[Any, ...]]] = []
    start = 0
    for size in sizes:
        batches.append(values[start : start + size])
        start += size
    with rig.connect() as connection:
        connection.execute(f"CREATE TABLE {SCRATCH_TABLE} (LIKE events INCLUDING ALL)")
        connection.execute(
            f"ALTER TABLE {SCRATCH_TABLE} ADD FOREIGN KEY (device_id) REFERENCES devices (id)"
        )
        connection.commit()
        started = time.perf_counter()
        with connection.cursor() as cursor:
            for batch in batches:
                cursor.executemany(insert, batch)
                connection.commit()
        elapsed = time.perf_counter() - started
        connection.execute(f"DROP TABLE {SCRATCH_TABLE}")
        connection.commit()
    return elapsed


def measure() -> list[Figure]:
    """Fill a journal, start PostgreSQL and the server, drain, then time the baseline."""
    clock = SystemClock()
    with tempfile.TemporaryDirectory(prefix="harmony-bench-drain-") as tmp:
        data_dir = Path(tmp) / "kiosk"
        filling = time.perf_counter()
        identity = fill_journal(data_dir, clock, EVENTS)
        filled_s = time.perf_counter() - filling
        journal = _journal(data_dir, clock)
        with sync_server(Path(tmp), postgres=True) as rig:
            line_id, meter = _drain(rig, data_dir, clock)
            _check_stored(rig, identity.device_id, journal)
            sizes, cycles = _batches(rig, identity.device_id)
            baseline_s = _baseline(rig, journal, line_id, sizes)
    drain_s = meter.wall_s
    note = (
        f"{EVENTS} events in {len(sizes)} batches of {min(sizes)}-{max(sizes)} "
        f"(SyncEngine's bounds) in {drain_s:.1f} s, every one stored once with its hash; "
        f"a batch every {1000 * fmean(cycles[:10]):.0f} ms at first, "
        f"{1000 * fmean(cycles[-10:]):.0f} ms at the end; "
        f"{meter.summary()}; baseline: executemany + commit a batch, {baseline_s:.2f} s; "
        f"journal sealed in {filled_s:.0f} s (not timed)"
    )
    return [
        replace(HEADLINE, value=EVENTS / drain_s, baseline=EVENTS / baseline_s, note=note),
    ]
