"""The baseline of a durable action: raw sqlite3, WAL + synchronous=FULL, one INSERT + COMMIT."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path


class RawCommits:
    """A fresh database file where each call commits one row of a given size, durably."""

    def __init__(self, path: Path, row_bytes: int) -> None:
        self._connection = sqlite3.connect(path, isolation_level=None)
        self._connection.execute("PRAGMA journal_mode = WAL")
        self._connection.execute("PRAGMA synchronous = FULL")
        self._connection.execute("CREATE TABLE rows (seq INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        self._body = "x" * max(1, row_bytes)
        self._seq = 0

    def commit_one(self) -> int:
        """Insert and commit one row; the nanoseconds it took."""
        self._seq += 1
        started = time.perf_counter_ns()
        self._connection.execute("BEGIN IMMEDIATE")
        self._connection.execute("INSERT INTO rows VALUES (?, ?)", (self._seq, self._body))
        self._connection.execute("COMMIT")
        return time.perf_counter_ns() - started

    def close(self) -> None:
        self._connection.close()
