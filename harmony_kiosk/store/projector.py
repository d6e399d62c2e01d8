"""Projections: the derived tables each event changes, applied in the event's own transaction.

The same `apply` serves live appends and `rebuild`, so a rebuilt database equals the live one.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from harmony_kiosk.domain.catalogue import CATALOGUE
from harmony_kiosk.domain.events import Event
from harmony_kiosk.domain.jobs import STEP_EVENT_TYPES, JobStatus, step_record
from harmony_kiosk.store import knowledge_index
from harmony_kiosk.store.downtime_projection import apply_downtime_event
from harmony_kiosk.store.exception_projection import apply_exception_event
from harmony_kiosk.store.journal import read_events, read_remote_events
from harmony_kiosk.store.schema import (
    PROJECTION_TABLES,
    handoffs,
    jobs,
    nonconformances,
    signatures,
    station_sessions,
    step_results,
)

_Handler = Callable[[Connection, Event], None]


def _logged_in(connection: Connection, event: Event) -> None:
    values = {"badge": event.payload["badge"], "since": event.occurred_at}
    statement = sqlite_insert(station_sessions).values(
        station_id=event.payload["station_id"], **values
    )
    connection.execute(statement.on_conflict_do_update(index_elements=["station_id"], set_=values))


def _logged_out(connection: Connection, event: Event) -> None:
    connection.execute(
        delete(station_sessions).where(
            station_sessions.c.station_id == event.payload["station_id"],
            station_sessions.c.badge == event.payload["badge"],
        )
    )


def _job_started(connection: Connection, event: Event) -> None:
    p = event.payload
    connection.execute(
        insert(jobs).values(
            id=p["job_id"],
            work_order_id=p["work_order_id"],
            station_id=p["station_id"],
            line_id=p["line_id"],
            instruction_id=p["instruction_id"],
            instruction_version=p["instruction_version"],
            status=JobStatus.RUNNING.value,
            held_by=event.actor,
            started_at=event.occurred_at,
            updated_at=event.occurred_at,
            completed_at=None,
            good=0,
            scrap=0,
            last_seq=event.seq,
        )
    )


_TOUCH_JOB = (
    update(jobs)
    .where(jobs.c.id == bindparam("job"))
    .values(updated_at=bindparam("at"), last_seq=bindparam("seq"))
)


def _touch_job(connection: Connection, event: Event, **changes: Any) -> None:
    if not changes:  # the hot path of every answered step: a statement built once
        connection.execute(
            _TOUCH_JOB, {"job": event.payload["job_id"], "at": event.occurred_at, "seq": event.seq}
        )
        return
    connection.execute(
        update(jobs)
        .where(jobs.c.id == event.payload["job_id"])
        .values(updated_at=event.occurred_at, last_seq=event.seq, **changes)
    )


def _job_paused(connection: Connection, event: Event) -> None:
    _touch_job(connection, event, status=JobStatus.PAUSED.value)


def _job_resumed(connection: Connection, event: Event) -> None:
    _touch_job(connection, event, status=JobStatus.RUNNING.value, held_by=event.actor)


def _job_completed(connection: Connection, event: Event) -> None:
    _touch_job(
        connection,
        event,
        status=JobStatus.COMPLETED.value,
        completed_at=event.occurred_at,
        good=event.payload["good"],
        scrap=event.payload["scrap"],
    )


_STEP_RESULT_COLUMNS = (
    "skipped",
    "value",
    "conforming",
    "event_id",
    "event_hash",
    "answered_by",
    "answered_at",
)
_UPSERT_STEP_RESULT = sqlite_insert(step_results)
_UPSERT_STEP_RESULT = _UPSERT_STEP_RESULT.on_conflict_do_update(
    index_elements=["job_id", "step_id"],
    set_={name: _UPSERT_STEP_RESULT.excluded[name] for name in _STEP_RESULT_COLUMNS},
)


def _record_step(connection: Connection, event: Event) -> None:
    record = step_record(event)
    row = {
        "job_id": event.payload["job_id"],
        "step_id": record.step_id,
        "skipped": record.skipped,
        "value": record.value,
        "conforming": record.conforming,
        "event_id": event.id,
        "event_hash": event.hash,
        "answered_by": event.actor,
        "answered_at": event.occurred_at,
    }
    connection.execute(_UPSERT_STEP_RESULT, row)
    _touch_job(connection, event)
    if record.conforming is False:
        _nonconformance(connection, event, record.value or "")
    if event.type == "step.signed":
        _signature(connection, event)


def _nonconformance(connection: Connection, event: Event, value: str) -> None:
    p = event.payload
    connection.execute(
        insert(nonconformances).values(
            event_id=event.id,
            job_id=p["job_id"],
            step_id=p["step_id"],
            value=value,
            lower=p.get("lower"),
            upper=p.get("upper"),
            unit=p.get("unit"),
            recorded_by=event.actor,
            recorded_at=event.occurred_at,
        )
    )


def _signature(connection: Connection, event: Event) -> None:
    p = event.payload
    connection.execute(
        insert(signatures).values(
            event_id=event.id,
            job_id=p["job_id"],
            step_id=p["step_id"],
            signer=p["signer"],
            meaning=p["meaning"],
            role=p["role"],
            signed_hash=p["signed_hash"],
            signed_at=event.occurred_at,
        )
    )


def _handoff_written(connection: Connection, event: Event) -> None:
    p = event.payload
    connection.execute(
        sqlite_insert(handoffs)
        .values(
            id=p["handoff_id"],
            line_id=p["line_id"],
            shift_id=p["shift_id"],
            summary_sha256=p["summary"],
            notes=p.get("notes"),
            voice_notes=p.get("voice_notes"),
            written_by=event.actor,
            written_at=event.occurred_at,
        )
        .on_conflict_do_nothing(index_elements=["id"])
    )


def _handoff_accepted(connection: Connection, event: Event) -> None:
    connection.execute(
        update(handoffs)
        .where(handoffs.c.id == event.payload["handoff_id"], handoffs.c.accepted_by.is_(None))
        .values(accepted_by=event.actor, accepted_at=event.occurred_at)
    )


HANDLERS: dict[str, _Handler] = {
    "session.logged_in": _logged_in,
    "session.logged_out": _logged_out,
    "session.login_refused": lambda _connection, _event: None,
    "job.started": _job_started,
    "job.paused": _job_paused,
    "job.resumed": _job_resumed,
    "job.completed": _job_completed,
    **dict.fromkeys(STEP_EVENT_TYPES, _record_step),
    **dict.fromkeys(
        (name for name in CATALOGUE if name.startswith("exception.")), apply_exception_event
    ),
    **dict.fromkeys(
        (name for name in CATALOGUE if name.startswith("downtime.")), apply_downtime_event
    ),
    "handoff.written": _handoff_written,
    "handoff.accepted": _handoff_accepted,
}


def apply(connection: Connection, event: Event) -> None:
    """Update the projections `event` changes. Types without projections change nothing."""
    handler = HANDLERS.get(event.type)
    if handler is not None:
        handler(connection, event)


def apply_remote(connection: Connection, event: Event) -> None:
    """Apply another kiosk's event: only the types a line shares ever touch our projections."""
    event_type = CATALOGUE.get(event.type)
    if event_type is not None and event_type.shared_with_line:
        apply(connection, event)


def rebuild(connection: Connection) -> int:
    """Empty every projection and replay the journal and the line's shared events into them,
    merged in HLC order (device id as tie-break), the order they happened in across kiosks.

    Own events alone first would replay this kiosk's coding or naming of another kiosk's stop
    before that stop exists, and lose it. Returns the number of own events replayed.
    """
    for table in PROJECTION_TABLES:
        connection.execute(delete(table))
    knowledge_index.clear(connection)
    count = 0
    own = ((event, False) for event in read_events(connection))  # HLC grows with seq
    remote = ((event, True) for event in read_remote_events(connection))
    for event, is_remote in heapq.merge(own, remote, key=lambda e: (e[0].hlc, e[0].device_id)):
        if is_remote:
            apply_remote(connection, event)
        else:
            apply(connection, event)
            count += 1
    return count
