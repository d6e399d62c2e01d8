"""The append-only, hash-chained journal in SQLite: appending and reading events."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select

from harmony_kiosk.clock import Clock, to_iso, unix_ms
from harmony_kiosk.domain.canonical import canonical_json
from harmony_kiosk.domain.catalogue import validate_payload
from harmony_kiosk.domain.events import GENESIS_HASH, Event, seal
from harmony_kiosk.domain.hlc import HlcStamp, HybridLogicalClock
from harmony_kiosk.domain.ids import uuid7
from harmony_kiosk.store.schema import events, remote_events

_READ_BATCH = 2000
# Built once: an operator's tap runs these on every action, and building a statement costs
# more than running it (SQLAlchemy caches the compiled form of a reused statement).
_HEAD = select(events.c.seq, events.c.hash, events.c.hlc).order_by(events.c.seq.desc()).limit(1)
_INSERT = insert(events)


class Journal:
    """Appends events to this device's chain. Call `append` inside a write transaction."""

    def __init__(self, device_id: str, clock: Clock) -> None:
        self.device_id = device_id
        self._clock = clock
        self._hlc: HybridLogicalClock | None = None

    def append(
        self, connection: Connection, type_name: str, actor: str, payload: Mapping[str, Any]
    ) -> Event:
        """Seal the next event of the chain and insert it; committed with the caller's unit."""
        event_type = validate_payload(type_name, payload)
        head = connection.execute(_HEAD).first()
        seq, prev_hash = (head.seq + 1, head.hash) if head else (1, GENESIS_HASH)
        if self._hlc is None:
            self._hlc = HybridLogicalClock(HlcStamp.parse(head.hlc) if head else None)
        now = self._clock.now()
        stamp = self._hlc.tick(unix_ms(now))
        event = seal(
            id=uuid7(unix_ms(now)),
            device_id=self.device_id,
            seq=seq,
            type=type_name,
            schema_version=event_type.version,
            occurred_at=to_iso(now),
            hlc=stamp.text(),
            actor=actor,
            payload=dict(payload),
            prev_hash=prev_hash,
        )
        connection.execute(_INSERT, _to_row(event))
        return event


def _to_row(event: Event) -> dict[str, Any]:
    row = event.hashed_content()
    row["payload"] = canonical_json(event.payload)
    row["hash"] = event.hash
    return row


def event_from_row(row: Row[Any]) -> Event:
    return Event(
        id=row.id,
        device_id=row.device_id,
        seq=row.seq,
        type=row.type,
        schema_version=row.schema_version,
        occurred_at=row.occurred_at,
        hlc=row.hlc,
        actor=row.actor,
        payload=json.loads(row.payload),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def read_events(connection: Connection, after_seq: int = 0) -> Iterator[Event]:
    """Every event after `after_seq`, in seq order, read in batches to keep memory flat."""
    last = after_seq
    while True:
        rows = connection.execute(
            select(events).where(events.c.seq > last).order_by(events.c.seq).limit(_READ_BATCH)
        ).all()
        if not rows:
            return
        for row in rows:
            yield event_from_row(row)
        last = rows[-1].seq


def read_remote_events(connection: Connection) -> Iterator[Event]:
    """Other kiosks' events in merge order: HLC, then device id as the tie-break."""
    rows = connection.execute(
        select(remote_events).order_by(remote_events.c.hlc, remote_events.c.device_id)
    )
    for row in rows:
        yield event_from_row(row)


def event_count(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(events)).scalar_one())
