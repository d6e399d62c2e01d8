"""Events the server could not accept: kept whole, listed, exported, and retried on request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync.protocol.models import WireEvent
from sync.server import devices
from sync.server.chain import judge
from sync.server.clock import iso
from sync.server.db.schema import events, quarantine
from sync.server.db.types import load_json
from sync.server.ingest import event_row, stored_links
from sync.server.line_feed import reserve_cursors


@dataclass(frozen=True)
class Quarantined:
    id: int
    device_id: str
    seq: int
    hash: str
    reason: str
    received_at: datetime
    retries: int
    resolved_at: datetime | None
    resolution: str | None
    event: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {
            **{name: getattr(self, name) for name in ("id", "device_id", "seq", "hash", "reason")},
            "received_at": iso(self.received_at),
            "retries": self.retries,
            "resolved_at": iso(self.resolved_at) if self.resolved_at else None,
            "resolution": self.resolution,
            "event": self.event,
        }


def entries(
    connection: Connection, *, include_resolved: bool = False, limit: int | None = None
) -> list[Quarantined]:
    query = sa.select(quarantine).order_by(quarantine.c.id)
    if not include_resolved:
        query = query.where(quarantine.c.resolved_at.is_(None))
    if limit is not None:
        query = query.limit(limit)
    return [
        Quarantined(
            id=row.id,
            device_id=row.device_id,
            seq=row.seq,
            hash=row.hash,
            reason=row.reason,
            received_at=row.received_at,
            retries=row.retries,
            resolved_at=row.resolved_at,
            resolution=row.resolution,
            event=load_json(row.body),
        )
        for row in connection.execute(query)
    ]


def retry(
    connection: Connection, ids: Sequence[int], now: datetime, shared_types: frozenset[str]
) -> list[tuple[int, str]]:
    """Judge open entries again (all of them when `ids` is empty); (id, outcome) for each.

    An entry is accepted only if the rules accept it now, e.g. after a server upgrade that
    fixed a rule; otherwise it stays, with its retry counted. Nothing is ever overwritten.
    """
    wanted = set(ids)
    outcomes: list[tuple[int, str]] = []
    for entry in entries(connection):
        if wanted and entry.id not in wanted:
            continue
        wanted.discard(entry.id)
        outcomes.append((entry.id, _retry_one(connection, entry, now, shared_types)))
    outcomes += [(missing, "not an open quarantine entry") for missing in sorted(wanted)]
    return outcomes


def _retry_one(
    connection: Connection, entry: Quarantined, now: datetime, shared_types: frozenset[str]
) -> str:
    device = devices.get(connection, entry.device_id, lock=True)
    event = WireEvent.model_validate(entry.event)
    stored = stored_links(connection, device.id, {event.seq - 1, event.seq, event.seq + 1})
    verdict = judge(event, device.id, device.acked_seq, stored)
    done = quarantine.update().where(quarantine.c.id == entry.id)
    if verdict.status == "rejected":
        connection.execute(
            done.values(retries=quarantine.c.retries + 1, reason=verdict.reason or entry.reason)
        )
        return f"still rejected: {verdict.reason}"
    if verdict.status == "accepted":
        row = event_row(event, device.line_id, now)
        if event.type in shared_types:
            row["shared_cursor"] = reserve_cursors(connection, 1)[0]
        connection.execute(events.insert().values(**row))
    resolution = "accepted on retry" if verdict.status == "accepted" else "stored already"
    connection.execute(
        done.values(retries=quarantine.c.retries + 1, resolved_at=now, resolution=resolution)
    )
    return resolution
