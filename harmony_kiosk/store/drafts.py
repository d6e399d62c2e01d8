"""Unsaved entry and where each operator was: `drafts.db`, a scratch file beside the journal.

A draft is what an operator typed on a step but did not save (a measured value, a scanned code);
a resume point is the job and step an operator had open. Both survive a log-out and a restart.
They are not events: nobody decided anything yet, so they stay out of the journal (which is
append-only and synced) and live in their own small SQLite file, replaced freely. Called on the
kiosk's worker thread only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

DRAFTS_FILE = "drafts.db"
MAX_DRAFT_LENGTH = 500  # longer than any field a step offers; a runaway paste is cut, not stored
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS drafts (badge TEXT NOT NULL, job_id TEXT NOT NULL,"
    " step_id TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (badge, job_id, step_id))",
    "CREATE TABLE IF NOT EXISTS resume_points (badge TEXT PRIMARY KEY, job_id TEXT NOT NULL,"
    " step_index INTEGER NOT NULL)",
)


@dataclass(frozen=True)
class Draft:
    """What `badge` typed on `step_id` of `job_id` and did not save."""

    badge: str
    job_id: str
    step_id: str
    text: str


@dataclass(frozen=True)
class ResumePoint:
    """The job and step `badge` had open when the session ended without leaving it."""

    badge: str
    job_id: str
    step_index: int


class DraftStore:
    """Drafts and resume points of one data folder, on one connection opened at first use."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / DRAFTS_FILE
        self._connection: sqlite3.Connection | None = None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        if self._connection is None:
            # Used from the kiosk's one worker thread, which is not the thread that made us.
            connection = sqlite3.connect(self.path, timeout=5, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            # NORMAL, not FULL as for the journal: in WAL mode a commit survives the kiosk
            # dying; only a power cut may lose the last draft, which is scratch, not a record.
            connection.execute("PRAGMA synchronous=NORMAL")
            for statement in _SCHEMA:
                connection.execute(statement)
            self._connection = connection
        with self._connection as connection:  # one transaction, committed on leaving
            yield connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    # --- drafts --------------------------------------------------------------------------------
    def keep(self, draft: Draft) -> None:
        """Keep `draft` (an empty text forgets the step's draft instead)."""
        if not draft.text.strip():
            self.forget(draft.badge, draft.job_id, draft.step_id)
            return
        with self._connect() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO drafts VALUES (?, ?, ?, ?)",
                (draft.badge, draft.job_id, draft.step_id, draft.text[:MAX_DRAFT_LENGTH]),
            )

    def find(self, badge: str, job_id: str, step_id: str) -> Draft | None:
        with self._connect() as connection:
            row = connection.execute(
                "SELECT text FROM drafts WHERE badge = ? AND job_id = ? AND step_id = ?",
                (badge, job_id, step_id),
            ).fetchone()
        return None if row is None else Draft(badge, job_id, step_id, str(row[0]))

    def forget(self, badge: str, job_id: str, step_id: str) -> None:
        """The step was answered (or emptied): its draft has done its job."""
        with self._connect() as connection:
            connection.execute(
                "DELETE FROM drafts WHERE badge = ? AND job_id = ? AND step_id = ?",
                (badge, job_id, step_id),
            )

    # --- resume points -------------------------------------------------------------------------
    def mark(self, point: ResumePoint) -> None:
        with self._connect() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO resume_points VALUES (?, ?, ?)",
                (point.badge, point.job_id, point.step_index),
            )

    def resume_point(self, badge: str) -> ResumePoint | None:
        with self._connect() as connection:
            row = connection.execute(
                "SELECT job_id, step_index FROM resume_points WHERE badge = ?", (badge,)
            ).fetchone()
        return None if row is None else ResumePoint(badge, str(row[0]), int(row[1]))

    def clear_point(self, badge: str) -> None:
        """The operator left the job on purpose (home, pause, completion)."""
        with self._connect() as connection:
            connection.execute("DELETE FROM resume_points WHERE badge = ?", (badge,))
