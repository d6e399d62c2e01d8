"""Projections: the derived tables each event changes, applied in the event's own transaction.

The same `apply` serves live appends and `rebuild`, so a rebuilt database equals the live one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, delete, insert, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from harmony_kiosk.domain.catalogue import CATALOGUE
from harmony_kiosk.domain.events import Event
from harmony_kiosk.domain.jobs import JobStatus
from harmony_kiosk.store.journal import read_events, read_remote_events
from harmony_kiosk.store.schema import (
    PROJECTION_TABLES,
    exceptions,
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


def _touch_job(connection: Connection, event: Event, **changes: Any) -> None:
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


def _record_step(
    connection: Connection, event: Event, *, value: str | None, conforming: bool | None
) -> None:
    row = {
        "skipped": event.type == "step.skipped",
        "value": value,
        "conforming": conforming,
        "event_id": event.id,
        "event_hash": event.hash,
        "answered_by": event.actor,
        "answered_at": event.occurred_at,
    }
    statement = sqlite_insert(step_results).values(
        job_id=event.payload["job_id"], step_id=event.payload["step_id"], **row
    )
    connection.execute(
        statement.on_conflict_do_update(index_elements=["job_id", "step_id"], set_=row)
    )
    _touch_job(connection, event)


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


def _acknowledged(connection: Connection, event: Event) -> None:
    _record_step(connection, event, value=None, conforming=None)


def _measured(connection: Connection, event: Event) -> None:
    conforming = event.payload["conforming"]
    _record_step(connection, event, value=event.payload["value"], conforming=conforming)
    if not conforming:
        _nonconformance(connection, event, event.payload["value"])


def _checked(connection: Connection, event: Event) -> None:
    passed = event.payload["passed"]
    _record_step(connection, event, value="pass" if passed else "fail", conforming=passed)
    if not passed:
        _nonconformance(connection, event, "fail")


def _scanned(connection: Connection, event: Event) -> None:
    _record_step(connection, event, value=event.payload["code"], conforming=None)


def _signed(connection: Connection, event: Event) -> None:
    p = event.payload
    _record_step(connection, event, value=p["signer"], conforming=None)
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


def _skipped(connection: Connection, event: Event) -> None:
    _record_step(connection, event, value=None, conforming=None)


def _exception_raised(connection: Connection, event: Event) -> None:
    p = event.payload
    statement = sqlite_insert(exceptions).values(
        id=p["exception_id"],
        kind=p["kind"],
        severity=p["severity"],
        status="open",
        station_id=p["station_id"],
        line_id=p["line_id"],
        text=p.get("text"),
        job_id=p.get("job_id"),
        step_id=p.get("step_id"),
        raised_by=event.actor,
        raised_at=event.occurred_at,
        raised_hlc=event.hlc,
        device_id=event.device_id,
    )
    connection.execute(statement.on_conflict_do_nothing(index_elements=["id"]))


HANDLERS: dict[str, _Handler] = {
    "session.logged_in": _logged_in,
    "session.logged_out": _logged_out,
    "session.login_refused": lambda _connection, _event: None,
    "job.started": _job_started,
    "job.paused": _job_paused,
    "job.resumed": _job_resumed,
    "job.completed": _job_completed,
    "step.acknowledged": _acknowledged,
    "step.measured": _measured,
    "step.checked": _checked,
    "step.scanned": _scanned,
    "step.signed": _signed,
    "step.skipped": _skipped,
    "exception.raised": _exception_raised,
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
    """Empty every projection and replay the journal, then the line's shared events, into them.

    Returns the number of own events replayed.
    """
    for table in PROJECTION_TABLES:
        connection.execute(delete(table))
    count = 0
    for event in read_events(connection):
        apply(connection, event)
        count += 1
    for remote in read_remote_events(connection):
        apply_remote(connection, remote)
    return count
