"""SIGKILL at random instants while a real kiosk records and syncs, restarted each time.

Each restart must find a file SQLite vouches for (checked read-only on the crashed files, and
again by the restarted kiosk), a journal whose chain holds (the restarted kiosk walks it with
verify_journal and reports through the shared state), every event the dead kiosk saw committed,
and blob files whose content matches their names. After the last kill a clean run drains, and
the server is counted. Kill instants come from a seeded random.Random, so a failure replays with
the same schedule (what the child reaches by then still varies a little).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from harmony_kiosk import paths
from harmony_kiosk.store.migrate import check_integrity
from tests.reliability.backlog import STATION, import_big_order
from tests.reliability.child_state import ChildState
from tests.reliability.conftest import Report
from tests.reliability.counting import (
    assert_blob_files_match_their_names,
    assert_everything_arrived,
)
from tests.sync.client.conftest import EnrolledFolder
from tests.sync.live_server import LiveServer

REPO = Path(__file__).resolve().parents[2]
KILLS = 56
SEED = 20261125
# Mostly the real arrangement (recording while the sync thread runs), some kills while only
# recording (a backlog builds up) and some while only draining it.
MODES = ("both", "both", "both", "write", "sync")


@dataclass
class Tally:
    kills: int = 0
    in_transaction: int = 0
    in_commit: int = 0
    request_in_flight: int = 0
    both: int = 0
    by_mode: Counter[str] = field(default_factory=Counter)

    def add(self, mode: str, at_kill: dict[str, int]) -> None:
        self.kills += 1
        self.by_mode[mode] += 1
        writing = at_kill["write_transactions"] > 0
        asking = at_kill["requests_in_flight"] > 0
        self.in_transaction += writing
        self.in_commit += at_kill["committing"] > 0
        self.request_in_flight += asking
        self.both += writing and asking


def spawn(
    data_dir: Path, state_file: Path, mode: str, seed: int, log: IO[bytes]
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.reliability.kiosk_child",
            str(data_dir),
            str(state_file),
            "--mode",
            mode,
            "--seed",
            str(seed),
        ],
        cwd=REPO,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


@contextmanager
def reaped(child: subprocess.Popen[bytes]) -> Iterator[subprocess.Popen[bytes]]:
    """However the block ends, the child does not outlive it."""
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def wait_until_ready(child: subprocess.Popen[bytes], state: ChildState, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if state.get("ready"):
            return
        if child.poll() is not None:
            raise AssertionError(f"the kiosk died on its own ({child.returncode}): {tail(log)}")
        time.sleep(0.005)  # polling a starting process: nothing to wait on
    raise AssertionError(f"the kiosk never got ready: {tail(log)}")


def kill(child: subprocess.Popen[bytes], state: ChildState, log: Path) -> dict[str, int]:
    """Freeze the child, read what it was doing, then SIGKILL it: the reading is exact."""
    os.kill(child.pid, signal.SIGSTOP)
    _, status = os.waitpid(child.pid, os.WUNTRACED)
    if not os.WIFSTOPPED(status):
        raise AssertionError(f"the kiosk exited before its kill ({status}): {tail(log)}")
    at_kill = state.snapshot()
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return at_kill


def tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:]


@pytest.mark.slow
def test_sigkill_while_writing_and_syncing(
    server: LiveServer, enrolled_folder: EnrolledFolder, tmp_path: Path, report: Report
) -> None:
    import_big_order(server, tmp_path)
    data_dir = enrolled_folder(STATION)
    log = tmp_path / "child.log"
    rng = random.Random(SEED)
    tally = Tally()
    committed = 0  # the last seq a dead kiosk had seen committed
    started = time.monotonic()
    with ChildState(tmp_path / "child.state", create=True) as state, log.open("ab") as output:
        for number in range(KILLS):
            state.reset()
            mode = rng.choice(MODES)
            output.write(f"--- run {number}: {mode}\n".encode())
            output.flush()
            with reaped(spawn(data_dir, state.path, mode, rng.randrange(2**32), output)) as child:
                wait_until_ready(child, state, log)
                restarted = state.snapshot()
                assert restarted["startup_ok"] == 1
                assert restarted["head_at_start"] >= committed, "a committed event was lost"
                time.sleep(rng.uniform(0.02, 0.6))  # the point of the drill: a random instant
                at_kill = kill(child, state, log)
            tally.add(mode, at_kill)
            committed = max(committed, at_kill["committed_seq"])
            # The crashed files as the next start finds them (read-only: nothing is repaired).
            check_integrity(paths.database_path(data_dir))
            assert_blob_files_match_their_names(data_dir / "blobs")

        output.write(b"--- the clean run\n")
        output.flush()
        with reaped(spawn(data_dir, state.path, "drain", 0, output)) as child:
            assert child.wait(timeout=240) == 0, tail(log)
    elapsed = time.monotonic() - started

    count = assert_everything_arrived(server, data_dir)
    report(
        f"SIGKILL drill: {tally.kills} kills in {elapsed:.0f} s ({dict(tally.by_mode)}); "
        f"{tally.in_transaction} inside a write transaction ({tally.in_commit} inside its "
        f"COMMIT), {tally.request_in_flight} with a request in flight, {tally.both} both; "
        f"server holds all {count.events} events and {count.blobs} blobs"
    )
    assert tally.kills >= 50
    assert tally.in_transaction > 0, "no kill landed inside a write transaction"
    assert tally.request_in_flight > 0, "no kill landed with a request in flight"
