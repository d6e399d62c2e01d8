"""What the kiosk knows of its sync: what the server acknowledged, refused, and sent down."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from harmony_kiosk.domain.canonical import canonical_json
from harmony_kiosk.domain.events import Event
from harmony_kiosk.store import projector
from harmony_kiosk.store.journal import event_from_row
from harmony_kiosk.store.schema import events, jobs, remote_events, sync_rejections, sync_state


@dataclass(frozen=True)
class SyncState:
    """The sync bookkeeping row plus what the journal holds beyond it."""

    head_seq: int
    acked_seq: int
    anchor_hash: str | None
    oldest_unsent_at: str | None
    last_success_at: str | None
    last_attempt_at: str | None
    last_error: str | None
    revoked: bool
    rejected: int
    master_revision: int
    line_cursor: int

    @property
    def waiting(self) -> int:
        """Events saved on the kiosk that the server has not acknowledged yet."""
        return self.head_seq - self.acked_seq


def read_state(connection: Connection) -> SyncState:
    row = connection.execute(select(sync_state).where(sync_state.c.id == 1)).one()
    head = connection.execute(select(func.coalesce(func.max(events.c.seq), 0))).scalar_one()
    oldest = connection.execute(
        select(events.c.occurred_at).where(events.c.seq == row.acked_seq + 1)
    ).scalar()
    rejected = connection.execute(select(func.count()).select_from(sync_rejections)).scalar_one()
    return SyncState(
        head_seq=int(head),
        acked_seq=row.acked_seq,
        anchor_hash=row.anchor_hash,
        oldest_unsent_at=oldest,
        last_success_at=row.last_success_at,
        last_attempt_at=row.last_attempt_at,
        last_error=row.last_error,
        revoked=row.revoked,
        rejected=int(rejected),
        master_revision=row.master_revision,
        line_cursor=row.line_cursor,
    )


def acked_seq(connection: Connection) -> int:
    """The highest seq the server acknowledged: every event at or below it is "Sent"."""
    return int(
        connection.execute(select(sync_state.c.acked_seq).where(sync_state.c.id == 1)).scalar_one()
    )


def event_seqs(connection: Connection, event_ids: Collection[str]) -> dict[str, int]:
    """The journal seq of each of these events of this kiosk (what "Saved"/"Sent" compares)."""
    if not event_ids:
        return {}
    rows = connection.execute(
        select(events.c.id, events.c.seq).where(events.c.id.in_(list(event_ids)))
    )
    return {row.id: int(row.seq) for row in rows}


def job_last_seqs(connection: Connection, job_ids: Collection[str]) -> dict[str, int]:
    """The seq of the last event of each of these jobs (a job is "Sent" once it is acked)."""
    if not job_ids:
        return {}
    rows = connection.execute(
        select(jobs.c.id, jobs.c.last_seq).where(jobs.c.id.in_(list(job_ids)))
    )
    return {row.id: int(row.last_seq) for row in rows}


def unsent_events(connection: Connection, after_seq: int, limit: int) -> list[Event]:
    """The next events after `after_seq`, in seq order (the caller bounds batches by bytes too)."""
    rows = connection.execute(
        select(events).where(events.c.seq > after_seq).order_by(events.c.seq).limit(limit)
    )
    return [event_from_row(row) for row in rows]


def record_acknowledgement(
    connection: Connection,
    acked_seq: int,
    anchor_hash: str | None,
    rejections: Iterable[tuple[int, str]],
    now: str,
) -> None:
    """The server committed everything up to `acked_seq`; note what it refused, never drop it."""
    for seq, reason in rejections:
        statement = sqlite_insert(sync_rejections).values(seq=seq, reason=reason, rejected_at=now)
        connection.execute(statement.on_conflict_do_nothing(index_elements=["seq"]))
    connection.execute(
        update(sync_state)
        .where(sync_state.c.id == 1, sync_state.c.acked_seq <= acked_seq)
        .values(acked_seq=acked_seq, anchor_hash=anchor_hash)
    )
    connection.execute(
        update(sync_state)
        .where(sync_state.c.id == 1)
        .values(last_success_at=now, last_attempt_at=now, last_error=None, revoked=False)
    )


def record_failure(connection: Connection, error: str, now: str, *, revoked: bool = False) -> None:
    values: dict[str, Any] = {"last_attempt_at": now, "last_error": error[:500]}
    if revoked:
        values["revoked"] = True
    connection.execute(update(sync_state).where(sync_state.c.id == 1).values(**values))


def set_master_revision(connection: Connection, revision: int) -> None:
    connection.execute(
        update(sync_state).where(sync_state.c.id == 1).values(master_revision=revision)
    )


def store_remote_events(connection: Connection, received: Iterable[Event], cursor: int) -> int:
    """Keep other kiosks' events apart from our own chain; a repeat delivery changes nothing."""
    stored = 0
    for event in received:
        row = {**event.hashed_content(), "payload": canonical_json(event.payload)}
        statement = sqlite_insert(remote_events).values(
            **row, hash=event.hash, server_cursor=cursor
        )
        result = connection.execute(
            statement.on_conflict_do_nothing(index_elements=["device_id", "seq"])
        )
        if result.rowcount:
            projector.apply_remote(connection, event)
        stored += result.rowcount
    connection.execute(update(sync_state).where(sync_state.c.id == 1).values(line_cursor=cursor))
    return stored
