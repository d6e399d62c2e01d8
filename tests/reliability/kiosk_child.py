"""A real kiosk in its own process for the SIGKILL drill: python -m tests.reliability.kiosk_child

It opens an enrolled data folder the way the kiosk starts (integrity check, upgrade), verifies
its journal, then records jobs, exceptions and blobs through the services on its main thread
while the real sync client runs on its own thread, until the parent kills it. `--mode drain`
records nothing and exits once the server has everything.

What it is doing at each instant is kept in a mapped file (tests/reliability/child_state.py):
write transactions open on either database engine (SQLAlchemy `begin`/`commit` events, ended
when the connection goes back to the pool, i.e. after COMMIT or ROLLBACK returned) and requests in
flight (around `ServerConnection.call`).
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event

from harmony_kiosk.clock import SystemClock
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk, verify_journal
from harmony_kiosk.store import sync_records
from harmony_kiosk.store.database import Database
from harmony_kiosk.store.journal import Journal
from sync.client.connect import build_engine
from sync.client.engine import SyncEngine
from sync.client.transport import ServerConnection, SyncFailure
from sync.client.worker import Backoff, SyncWorker
from tests.reliability.backlog import (
    STATION,
    raise_trouble,
    random_blob,
    record_blob,
    work_one_job,
)
from tests.reliability.child_state import ChildState
from tests.reliability.counting import nothing_waiting
from tests.services.job_runner import DEMO_PINS

# Passes back to back, as when a kiosk reconnects with a backlog.
EAGER = Backoff(base_s=0.02, cap_s=0.2, idle_s=0.02)
OPERATOR = "10041"  # tests/conftest.py OPERATOR, without importing pytest into the kiosk
_READ_ONLY = "harmony_read_only"  # harmony_kiosk.store.database's option for read transactions


class Probe:
    """Keeps the shared state true to what the kiosk is doing right now."""

    def __init__(self, state: ChildState) -> None:
        self._state = state
        self._lock = threading.Lock()
        self._writing: set[int] = set()
        self._committing: set[int] = set()
        self._in_flight = 0
        self.last_appended = 0

    def watch(self, engine: Engine) -> None:
        # Registered after the database's own `begin` hook, so BEGIN IMMEDIATE has already
        # taken the write lock when a transaction counts as open.
        event.listen(engine, "begin", self._begun)
        event.listen(engine, "commit", self._commit)
        event.listen(engine, "checkin", self._returned)

    def watch_requests(self) -> None:
        call = ServerConnection.call

        def tracked(connection: ServerConnection, *args: Any, **kwargs: Any) -> Any:
            self._requests(+1)
            try:
                return call(connection, *args, **kwargs)
            finally:
                self._requests(-1)

        setattr(ServerConnection, "call", tracked)  # noqa: B010 - this process's class only

    def watch_journal(self, journal: Journal) -> None:
        append = journal.append

        def appended(*args: Any, **kwargs: Any) -> Any:
            sealed = append(*args, **kwargs)
            self.last_appended = sealed.seq
            return sealed

        setattr(journal, "append", appended)  # noqa: B010

    def committed(self) -> None:
        """The writer's service call returned: its events are committed."""
        self._state.set("committed_seq", self.last_appended)

    def _begun(self, connection: Connection) -> None:
        if connection.get_execution_options().get(_READ_ONLY, False):
            return
        with self._lock:
            self._writing.add(id(connection.connection.dbapi_connection))
            self._publish()

    def _commit(self, connection: Connection) -> None:
        with self._lock:
            key = id(connection.connection.dbapi_connection)
            if key in self._writing:
                self._committing.add(key)
                self._publish()

    def _returned(self, dbapi_connection: Any, _record: Any) -> None:
        with self._lock:
            key = id(dbapi_connection)
            if key in self._writing:
                self._writing.discard(key)
                self._committing.discard(key)
                self._publish()

    def _requests(self, delta: int) -> None:
        with self._lock:
            self._in_flight += delta
            self._state.set("requests_in_flight", self._in_flight)

    def _publish(self) -> None:
        self._state.set("write_transactions", len(self._writing))
        self._state.set("committing", len(self._committing))


def check_on_start(kiosk: Kiosk, state: ChildState) -> None:
    """What a restart must find: SQLite vouches for the file and the chain holds."""
    with kiosk.database.read() as connection:
        findings = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
        head = sync_records.read_state(connection).head_seq
    report = verify_journal(kiosk.database, kiosk.identity.device_id)
    if findings != ["ok"] or report.first_break is not None or report.events_checked != head:
        print(f"restart check failed: {findings} {report}", file=sys.stderr)
        sys.exit(3)
    state.set("head_at_start", head)
    state.set("startup_ok", 1)


def write_forever(kiosk: Kiosk, probe: Probe, rng: random.Random) -> None:
    clock = SystemClock()
    session = kiosk.auth.login(OPERATOR, DEMO_PINS[OPERATOR])
    probe.committed()
    actions: list[Callable[[], object]] = [
        lambda: work_one_job(kiosk, session),
        lambda: raise_trouble(kiosk, session, rng),
        lambda: record_blob(kiosk, clock, random_blob(rng, 1_000, 600_000)),
    ]
    while True:
        rng.choices(actions, weights=(6, 3, 1))[0]()
        probe.committed()


def drain(engine: SyncEngine, database: Database, deadline_s: float = 120) -> None:
    """Sync until the server has every event and blob: the drill's clean last run."""
    give_up = time.monotonic() + deadline_s
    while time.monotonic() < give_up:
        try:
            engine.sync_once()
        except SyncFailure as error:
            print(f"drain: {error}", file=sys.stderr)
            time.sleep(0.1)  # the server may still be starting
            continue
        if nothing_waiting(database):
            return
    print("drain: the server never took everything", file=sys.stderr)
    sys.exit(4)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk_child")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("state_file", type=Path)
    parser.add_argument("--mode", choices=("write", "sync", "both", "drain"), default="both")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    state = ChildState(args.state_file)
    probe = Probe(state)
    probe.watch_requests()
    clock = SystemClock()
    kiosk = open_kiosk(args.data_dir, clock, STATION)
    probe.watch(kiosk.database.engine)
    probe.watch_journal(kiosk.uow.journal)
    check_on_start(kiosk, state)

    built = build_engine(args.data_dir, clock)
    assert built is not None, "the drill's folder is enrolled"
    engine, database = built
    probe.watch(database.engine)
    if args.mode == "drain":
        drain(engine, database)
        return 0

    if args.mode in ("sync", "both"):
        passes = 0

        def counted() -> None:
            nonlocal passes
            passes += 1
            state.set("sync_passes", passes)

        SyncWorker(engine, database, clock, EAGER, on_pass=counted).start()
    state.set("ready", 1)
    if args.mode in ("write", "both"):
        write_forever(kiosk, probe, random.Random(args.seed))
    threading.Event().wait()  # syncing only: until the parent kills us
    return 0


if __name__ == "__main__":
    sys.exit(main())
