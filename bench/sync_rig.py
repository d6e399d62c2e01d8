"""The sync figures' server: a throw-away PostgreSQL (or SQLite), the demo plant, `harmony-server
serve` in its own process on 127.0.0.1, and CPU accounting of every process taking part.

The PostgreSQL and the server process are the test suite's own (tests/sync): one way to start
them, whoever needs them.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from bench.processes import BenchFailure
from tests.sync.live_server import LiveServer
from tests.sync.server.postgres import SUPERUSER, Postgres, PostgresMissing, start_postgres

DATABASE = "harmony_bench"
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class SyncRig:
    """A running server with the demo plant imported, over PostgreSQL or SQLite."""

    server: LiveServer
    postgres: Postgres | None

    @property
    def backend(self) -> str:
        return "PostgreSQL" if self.postgres else "SQLite"

    def connect(self) -> psycopg.Connection[tuple[Any, ...]]:
        """A plain psycopg connection to the server's PostgreSQL database, over TCP."""
        if self.postgres is None:
            raise BenchFailure("this rig runs on SQLite: there is no PostgreSQL to connect to")
        return psycopg.connect(
            host="127.0.0.1", port=self.postgres.port, user=SUPERUSER, dbname=DATABASE
        )

    def server_pid(self) -> int:
        if self.server.process is None:
            raise BenchFailure("the server is not running")
        return self.server.process.pid

    def postgres_pids(self) -> list[int]:
        """The postmaster and every process it started (one backend per connection)."""
        if self.postgres is None:
            return []
        postmaster = int((self.postgres.data / "postmaster.pid").read_text().split()[0])
        return [postmaster, *_children(postmaster)]


@contextmanager
def sync_server(folder: Path, *, postgres: bool) -> Iterator[SyncRig]:
    """Start everything under `folder`; stop it all when the block ends, however it ends."""
    with ExitStack() as stack:
        database: Postgres | None = None
        if postgres:
            database = _start_postgres()
            stack.callback(database.stop)
        server = LiveServer(
            folder / "server", database_url=database.url(DATABASE) if database else None
        )
        server.data_dir.mkdir(parents=True)
        stack.callback(_stop, server)
        try:
            server.cli("demo")
            server.start()
        except AssertionError as error:  # how LiveServer says it failed
            raise BenchFailure(f"the sync server did not start: {error}") from None
        yield SyncRig(server, database)


def _stop(server: LiveServer) -> None:
    """SIGTERM, and SIGKILL if it has not exited within 30 s (requests still hanging on it)."""
    try:
        server.stop()
    except subprocess.TimeoutExpired:
        server.stop(kill=True)


def _start_postgres() -> Postgres:
    try:
        database = start_postgres()
    except (PostgresMissing, RuntimeError) as error:
        raise BenchFailure(str(error)) from None
    try:
        with database.admin_connection() as connection:
            connection.execute(f"CREATE DATABASE {DATABASE}")
    except psycopg.Error as error:
        database.stop()
        raise BenchFailure(f"could not create the bench database: {error}") from None
    return database


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found.extend(int(child) for child in task.read_text().split())
        except OSError:
            continue
    return found


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS  # utime, stime


@dataclass
class CpuMeter:
    """CPU seconds each party spent during a block, and the block's wall time.

    The client is this process (all its threads). A process that started during the block
    (a new PostgreSQL backend) counts from zero; one that ended in it is not counted.
    """

    rig: SyncRig
    wall_s: float = 0.0
    spent: Mapping[str, float] | None = None
    _before: Mapping[str, float] = field(default_factory=dict)
    _started: float = 0.0

    def _sample(self) -> dict[str, float]:
        times = os.times()
        return {
            "client": times.user + times.system,
            "server": cpu_seconds(self.rig.server_pid()),
            **{f"pg{pid}": cpu_seconds(pid) for pid in self.rig.postgres_pids()},
        }

    def start(self) -> None:
        self._before = self._sample()
        self._started = time.perf_counter()

    def stop(self) -> None:
        self.wall_s = time.perf_counter() - self._started
        after = self._sample()
        spent = {name: after[name] - self._before.get(name, 0.0) for name in after}
        self.spent = {
            "client": spent.pop("client"),
            "server": spent.pop("server"),
            "postgres": sum(spent.values()),
        }

    @contextmanager
    def measuring(self) -> Iterator[None]:
        self.start()
        yield
        self.stop()

    def summary(self) -> str:
        """`client 1.2 s, server 3.4 s, postgres 0.5 s CPU in 4.0 s`."""
        if self.spent is None:
            return "not measured"
        parties = ", ".join(
            f"{name} {seconds:.1f} s"
            for name, seconds in self.spent.items()
            if name != "postgres" or self.rig.postgres
        )
        return f"CPU {parties} in {self.wall_s:.1f} s wall"
