"""Projection of exceptions: every exception event of the line kept, the merged state derived.

Own and other kiosks' events land in `exception_events`; after each one the exception's state is
merged again from all of them (harmony_kiosk.domain.exception_merge), so the order events arrive
in never changes the result.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from harmony_kiosk.domain.canonical import canonical_json
from harmony_kiosk.domain.events import Event
from harmony_kiosk.domain.exception_merge import ExceptionStatus, MergedException, merge
from harmony_kiosk.store import knowledge_index
from harmony_kiosk.store.schema import exception_events, exceptions


def apply_exception_event(connection: Connection, event: Event) -> None:
    exception_id = str(event.payload["exception_id"])
    connection.execute(
        sqlite_insert(exception_events)
        .values(
            event_id=event.id,
            exception_id=exception_id,
            hlc=event.hlc,
            device_id=event.device_id,
            seq=event.seq,
            type=event.type,
            actor=event.actor,
            occurred_at=event.occurred_at,
            payload=canonical_json(event.payload),
        )
        .on_conflict_do_nothing(index_elements=["event_id"])
    )
    known = events_of(connection, exception_id)
    if not any(e.type == "exception.raised" for e in known):
        return  # a later transition arrived before the raise: merged once the raise arrives
    _store(connection, merge(known), next(e for e in known if e.type == "exception.raised"))


def events_of(connection: Connection, exception_id: str) -> list[Event]:
    rows = connection.execute(
        select(exception_events)
        .where(exception_events.c.exception_id == exception_id)
        .order_by(exception_events.c.hlc, exception_events.c.device_id, exception_events.c.seq)
    )
    return [
        Event(
            id=row.event_id,
            device_id=row.device_id,
            seq=row.seq,
            type=row.type,
            schema_version=1,
            occurred_at=row.occurred_at,
            hlc=row.hlc,
            actor=row.actor,
            payload=json.loads(row.payload),
            prev_hash="",
            hash="",
        )
        for row in rows
    ]


def _store(connection: Connection, merged: MergedException, raised: Event) -> None:
    p = merged.raised
    decision = merged.decision
    row = {
        "kind": p["kind"],
        "severity": p["severity"],
        "status": merged.status.value,
        "station_id": p["station_id"],
        "line_id": p["line_id"],
        "text": p.get("text"),
        "job_id": p.get("job_id"),
        "step_id": p.get("step_id"),
        "raised_by": raised.actor,
        "raised_at": raised.occurred_at,
        "raised_hlc": raised.hlc,
        "device_id": raised.device_id,
        "conflict": merged.conflict,
        "on_hold": merged.on_hold,
        "decision": decision.decision if decision else None,
        "decided_by": decision.decided_by if decision else None,
    }
    statement = sqlite_insert(exceptions).values(id=merged.id, **row)
    connection.execute(statement.on_conflict_do_update(index_elements=["id"], set_=row))
    if merged.status is ExceptionStatus.RESOLVED and decision is not None and not merged.conflict:
        knowledge_index.index_case(
            connection,
            case_id=merged.id,
            kind="exception",
            line_id=str(p["line_id"]),
            equipment=p.get("equipment"),
            problem=f"{p['kind']}: {p.get('text') or ''}",
            resolution=f"{decision.decision}. {decision.rationale}",
            decided_by=decision.decided_by,
            occurred_at=raised.occurred_at,
        )
    else:
        knowledge_index.remove_case(connection, merged.id)
