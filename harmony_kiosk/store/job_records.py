"""Reading the job projections back as domain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, func, select

from harmony_kiosk.domain.events import Event
from harmony_kiosk.domain.jobs import JobState, JobStatus, StepRecord
from harmony_kiosk.errors import NotFound
from harmony_kiosk.store.schema import exceptions, jobs, nonconformances, step_results


@dataclass(frozen=True)
class OrderProgress:
    """How far a work order has come: counts reported by completed jobs, the open job if any."""

    good: int
    scrap: int
    open_job_id: str | None
    open_job_status: JobStatus | None
    open_job_held_by: str | None


@dataclass(frozen=True)
class Nonconformance:
    event_id: str
    job_id: str
    step_id: str
    value: str
    lower: str | None
    upper: str | None
    unit: str | None
    recorded_by: str


def job_state(connection: Connection, job_id: str) -> JobState:
    row = connection.execute(select(jobs).where(jobs.c.id == job_id)).first()
    if row is None:
        raise NotFound(f"Job {job_id} is not on this kiosk.")
    records = {
        r.step_id: StepRecord(r.step_id, r.skipped, r.value, r.conforming, r.event_id)
        for r in connection.execute(select(step_results).where(step_results.c.job_id == job_id))
    }
    return JobState(
        id=row.id,
        work_order_id=row.work_order_id,
        station_id=row.station_id,
        instruction_id=row.instruction_id,
        instruction_version=row.instruction_version,
        status=JobStatus(row.status),
        held_by=row.held_by,
        records=records,
        good=row.good,
        scrap=row.scrap,
        last_seq=row.last_seq,
    )


_LAST_SEQ = select(jobs.c.last_seq).where(jobs.c.id == bindparam("job"))


def job_last_seq(connection: Connection, job_id: str) -> int:
    """The seq of the last event that changed the job: tells whether a cached view is current."""
    last_seq = connection.execute(_LAST_SEQ, {"job": job_id}).scalar()
    if last_seq is None:
        raise NotFound(f"Job {job_id} is not on this kiosk.")
    return int(last_seq)


def nonconformance_of(event: Event) -> Nonconformance:
    """The nonconformance an out-of-limit or failed answer records (as the projection holds it)."""
    payload = event.payload
    value = payload["value"] if event.type == "step.measured" else "fail"
    return Nonconformance(
        event.id,
        payload["job_id"],
        payload["step_id"],
        value,
        payload.get("lower"),
        payload.get("upper"),
        payload.get("unit"),
        event.actor,
    )


def answer_hashes(connection: Connection, job_id: str) -> dict[str, str]:
    """step id -> hash of the event holding its current answer (what a signature covers)."""
    rows = connection.execute(
        select(step_results.c.step_id, step_results.c.event_hash).where(
            step_results.c.job_id == job_id
        )
    )
    return {row.step_id: row.event_hash for row in rows}


def order_progress(connection: Connection, work_order_id: str) -> OrderProgress:
    totals = connection.execute(
        select(
            func.coalesce(func.sum(jobs.c.good), 0), func.coalesce(func.sum(jobs.c.scrap), 0)
        ).where(jobs.c.work_order_id == work_order_id, jobs.c.status == JobStatus.COMPLETED.value)
    ).one()
    open_job = connection.execute(
        select(jobs.c.id, jobs.c.status, jobs.c.held_by)
        .where(jobs.c.work_order_id == work_order_id, jobs.c.status != JobStatus.COMPLETED.value)
        .order_by(jobs.c.started_at.desc())
        .limit(1)
    ).first()
    return OrderProgress(
        good=int(totals[0]),
        scrap=int(totals[1]),
        open_job_id=open_job.id if open_job else None,
        open_job_status=JobStatus(open_job.status) if open_job else None,
        open_job_held_by=open_job.held_by if open_job else None,
    )


def job_nonconformances(connection: Connection, job_id: str) -> list[Nonconformance]:
    rows = connection.execute(
        select(nonconformances)
        .where(nonconformances.c.job_id == job_id)
        .order_by(nonconformances.c.recorded_at)
    )
    return [
        Nonconformance(
            r.event_id, r.job_id, r.step_id, r.value, r.lower, r.upper, r.unit, r.recorded_by
        )
        for r in rows
    ]


_HOLD = select(exceptions.c.id).where(
    exceptions.c.job_id == bindparam("job"), exceptions.c.on_hold.is_(True)
)


def hold_on(connection: Connection, job_id: str) -> str | None:
    """The id of a blocking quality exception holding the job, if any."""
    found = connection.execute(_HOLD, {"job": job_id}).scalar()
    return None if found is None else str(found)
