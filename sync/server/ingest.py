"""Storing an uploaded batch: idempotent on (device, seq), quarantining what it cannot accept.

Runs inside the request's transaction with the device's row locked, so two uploads of one
device queue instead of racing; the caller commits before it answers, so an acknowledged
seq is always on disk. Reads are batched (one query per table, not one per event) so a
500-event batch costs a handful of round trips.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync.protocol.models import EventResult, UploadRequest, UploadResponse, WireEvent
from sync.server import devices
from sync.server.chain import Link, Verdict, judge
from sync.server.clock import parse_instant
from sync.server.db.schema import devices as device_rows
from sync.server.db.schema import events, quarantine
from sync.server.db.types import dump_json
from sync.server.errors import InvalidInput
from sync.server.event_insert import insert_events
from sync.server.line_feed import reserve_cursors

MAX_GAPS_REPORTED = 100
_MAX_BACKLOG = 2**53 - 1
_IN_CHUNK = 900  # stay under SQLite's bound-parameter limit in IN (...) lists


def ingest(
    connection: Connection,
    device: devices.Device,
    batch: UploadRequest,
    now: datetime,
    shared_types: frozenset[str],
) -> UploadResponse:
    oldest_unsent = _oldest_unsent(batch)
    locked = devices.get(connection, device.id, lock=True)
    ordered = sorted(batch.events, key=lambda event: event.seq)
    seqs = {event.seq for event in ordered}
    stored = stored_links(
        connection, device.id, seqs | {s - 1 for s in seqs} | {s + 1 for s in seqs}
    )
    earlier = _quarantined(connection, device.id, seqs)
    accepted: list[WireEvent] = []
    held: list[tuple[WireEvent, Verdict]] = []
    results: list[EventResult] = []
    for event in ordered:
        verdict = judge(event, device.id, locked.acked_seq, stored)
        if verdict.status == "accepted":
            stored[event.seq] = Link(event.hash, event.prev_hash)
            accepted.append(event)
        elif verdict.status == "rejected":
            # Quarantined once, however often the kiosk sends it again. Keyed on the whole
            # event: a tampered event claims the hash of the genuine one it imitates.
            body = dump_json(event.model_dump())
            if (event.seq, body) not in earlier:
                earlier.add((event.seq, body))
                held.append((event, verdict))
        results.append(EventResult(seq=event.seq, status=verdict.status, reason=verdict.reason))
    _hold(connection, device.id, held, now)
    _store(connection, locked, accepted, now, shared_types)
    acked, anchor, gaps, highest = _coverage(connection, locked)
    connection.execute(
        _PROGRESS,
        {
            "device_id": device.id,
            "new_acked_seq": acked,
            "new_anchor_hash": anchor,
            "new_highest_seq": max(highest, locked.highest_seq),
            "new_reported_backlog": batch.backlog,
            "new_oldest_unsent_at": oldest_unsent,
            "new_stuck": batch.stuck,
        },
    )
    return UploadResponse(acked_seq=acked, anchor_hash=anchor, results=results, gaps=gaps)


def _oldest_unsent(batch: UploadRequest) -> datetime | None:
    if batch.backlog > _MAX_BACKLOG:
        raise InvalidInput(f"backlog: at most {_MAX_BACKLOG}")
    if batch.oldest_unsent_at is None:
        return None
    moment = parse_instant(batch.oldest_unsent_at)
    if moment is None:
        raise InvalidInput("oldest_unsent_at: not an ISO 8601 time with a zone")
    return moment


def _chunks(values: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), _IN_CHUNK):
        yield ordered[start : start + _IN_CHUNK]


class _SeqQuery:
    """A device's rows at some seqs, built once (building a statement and its cache key anew
    each time cost more than running it): a range for a dense run of seqs (a batch is one),
    where a long IN list made PostgreSQL read the device's whole history; else the list."""

    def __init__(self, query: sa.Select[Any], table: sa.Table) -> None:
        mine = query.where(table.c.device_id == sa.bindparam("device_id"))
        self.dense = mine.where(table.c.seq.between(sa.bindparam("low"), sa.bindparam("high")))
        self.sparse = mine.where(table.c.seq.in_(sa.bindparam("seqs", expanding=True)))

    def rows(self, connection: Connection, device_id: str, chunk: list[int]) -> sa.Result[Any]:
        if chunk[-1] - chunk[0] < 2 * len(chunk):
            bounds = {"device_id": device_id, "low": chunk[0], "high": chunk[-1]}
            return connection.execute(self.dense, bounds)
        return connection.execute(self.sparse, {"device_id": device_id, "seqs": chunk})


_LINKS = _SeqQuery(sa.select(events.c.seq, events.c.hash, events.c.prev_hash), events)
_QUARANTINED = _SeqQuery(
    # A resolved entry's event is stored now.
    sa.select(quarantine.c.seq, quarantine.c.body).where(quarantine.c.resolved_at.is_(None)),
    quarantine,
)


def stored_links(connection: Connection, device_id: str, seqs: set[int]) -> dict[int, Link]:
    found: dict[int, Link] = {}
    for chunk in _chunks(seqs):
        found.update(
            {
                row.seq: Link(row.hash, row.prev_hash)
                for row in _LINKS.rows(connection, device_id, chunk)
                if row.seq in seqs
            }
        )
    return found


def _quarantined(connection: Connection, device_id: str, seqs: set[int]) -> set[tuple[int, str]]:
    found: set[tuple[int, str]] = set()
    for chunk in _chunks(seqs):
        found.update(
            (row.seq, row.body)
            for row in _QUARANTINED.rows(connection, device_id, chunk)
            if row.seq in seqs
        )
    return found


def _hold(
    connection: Connection,
    device_id: str,
    held: Sequence[tuple[WireEvent, Verdict]],
    now: datetime,
) -> None:
    if not held:
        return
    connection.execute(
        quarantine.insert(),
        [
            {
                "device_id": device_id,
                "seq": event.seq,
                "hash": event.hash,
                "reason": verdict.reason or "rejected",
                "body": dump_json(event.model_dump()),
                "counts_for_ack": verdict.counts_for_ack,
                "received_at": now,
                "retries": 0,
            }
            for event, verdict in held
        ],
    )


def event_row(event: WireEvent, line_id: str, now: datetime) -> dict[str, Any]:
    """The row of an accepted event. Its body is pydantic's JSON, ASCII only like dump_json
    (the same document; it leaves DEL unescaped) and a third of the CPU. Only an accepted
    event's text is sure to encode (its hash verified), so quarantine keeps dump_json."""
    return {
        "device_id": event.device_id,
        "seq": event.seq,
        "type": event.type,
        "hash": event.hash,
        "prev_hash": event.prev_hash,
        "line_id": line_id,
        "shared_cursor": None,
        "body": event.model_dump_json(ensure_ascii=True),
        "received_at": now,
    }


def _store(
    connection: Connection,
    device: devices.Device,
    accepted: Sequence[WireEvent],
    now: datetime,
    shared_types: frozenset[str],
) -> None:
    if not accepted:
        return
    rows = [event_row(event, device.line_id, now) for event in accepted]
    shared = [row for row in rows if row["type"] in shared_types]
    # Last, so the counter's lock is held only for the insert and the commit.
    if shared:
        for row, cursor in zip(shared, reserve_cursors(connection, len(shared)), strict=True):
            row["shared_cursor"] = cursor
    insert_events(connection, rows)


# Built once, like _SeqQuery's statements.
_PROGRESS = (
    device_rows.update()
    .where(device_rows.c.id == sa.bindparam("device_id"))
    .values(
        {
            name: sa.bindparam(f"new_{name}", type_=device_rows.c[name].type)
            for name in (
                "acked_seq",
                "anchor_hash",
                "highest_seq",
                "reported_backlog",
                "oldest_unsent_at",
                "stuck",
            )
        }
    )
)
_STORED_ABOVE = sa.select(events.c.seq, events.c.hash).where(
    events.c.device_id == sa.bindparam("device_id"), events.c.seq > sa.bindparam("above")
)
_HELD_ABOVE = (
    sa.select(quarantine.c.seq, quarantine.c.hash)
    .where(
        quarantine.c.device_id == sa.bindparam("device_id"),
        quarantine.c.counts_for_ack.is_(True),
        quarantine.c.seq > sa.bindparam("above"),
    )
    .order_by(quarantine.c.id)
)


def _coverage(
    connection: Connection, device: devices.Device
) -> tuple[int, str | None, list[tuple[int, int]], int]:
    """acked_seq (every seq up to it stored or quarantined), its hash, the gaps above, the top."""
    above = device.acked_seq
    mine = {"device_id": device.id, "above": above}
    stored = {int(row.seq): str(row.hash) for row in connection.execute(_STORED_ABOVE, mine)}
    held: dict[int, str] = {}
    for row in connection.execute(_HELD_ABOVE, mine):
        held[int(row.seq)] = str(row.hash)
    covered = sorted(stored.keys() | held.keys())
    acked = above
    for seq in covered:
        if seq != acked + 1:
            break
        acked = seq
    anchor = stored.get(acked) or held.get(acked) or device.anchor_hash
    gaps: list[tuple[int, int]] = []
    expected = acked + 1
    for seq in covered:
        if seq > expected and len(gaps) < MAX_GAPS_REPORTED:
            gaps.append((expected, seq - 1))
        expected = max(expected, seq + 1)
    return acked, anchor, gaps, covered[-1] if covered else above
