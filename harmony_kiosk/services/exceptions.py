"""Raising exceptions with their context captured, and the line's open exceptions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from harmony_kiosk.clock import Clock, unix_ms
from harmony_kiosk.domain.catalogue import EXCEPTION_KINDS, EXCEPTION_SEVERITIES
from harmony_kiosk.domain.ids import uuid7
from harmony_kiosk.errors import InvalidEntry
from harmony_kiosk.services.attachments import Attachment, Attachments
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.unit_of_work import UnitOfWork
from harmony_kiosk.store import job_records, master_data
from harmony_kiosk.store.schema import exceptions, nonconformances

MAX_TEXT = 2000


@dataclass(frozen=True)
class ExceptionView:
    id: str
    kind: str
    severity: str
    status: str
    station_id: str
    line_id: str
    text: str | None
    raised_by: str
    raised_at: str
    raised_here: bool  # by this kiosk, or by another kiosk of the line
    conflict: bool = False  # two kiosks decided differently: a lead must settle it
    on_hold: bool = False  # holds its job until quality releases it
    decision: str | None = None
    decided_by: str | None = None


class ExceptionService:
    """Exceptions of one station's line."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        station_id: str,
        device_id: str,
        attachments: Attachments,
    ) -> None:
        self._uow = uow
        self._attachments = attachments
        self._clock = clock
        self._station_id = station_id
        self._device_id = device_id

    def raise_exception(
        self,
        session: OperatorSession,
        kind: str,
        severity: str,
        text: str = "",
        job_id: str | None = None,
        step_id: str | None = None,
        *,
        blocking: bool = False,
        voice_note: Attachment | None = None,
        photo: Attachment | None = None,
    ) -> ExceptionView:
        """Record trouble with its context: station, line, job, step and measured value."""
        if kind not in EXCEPTION_KINDS:
            raise InvalidEntry(
                f"Choose what kind of trouble this is: {', '.join(EXCEPTION_KINDS)}.",
                code="exception.kind",
            )
        if severity not in EXCEPTION_SEVERITIES:
            raise InvalidEntry("Choose how severe it is.", code="exception.severity")
        if len(text) > MAX_TEXT:
            raise InvalidEntry(
                f"Keep the description under {MAX_TEXT} characters.",
                code="exception.text_too_long",
                params={"max": MAX_TEXT},
            )
        if blocking and kind != "quality":
            raise InvalidEntry(
                "Only a quality exception can hold the job.", code="exception.hold_quality"
            )
        if photo is not None and not photo.media_type.startswith("image/"):
            raise InvalidEntry(
                "Only a picture can be attached as the photo.", code="exception.photo_kind"
            )
        with self._uow.action() as action:
            connection = action.connection
            station = master_data.station(connection, self._station_id)
            payload: dict[str, Any] = {
                "exception_id": uuid7(unix_ms(self._clock.now())),
                "kind": kind,
                "severity": severity,
                "station_id": station.id,
                "line_id": station.line_id,
                "text": text.strip() or None,
                "blocking": blocking or None,
                "voice_note": voice_note.sha256 if voice_note else None,
                "photo": photo.sha256 if photo else None,
            }
            for attachment in (voice_note, photo):
                if attachment is not None:
                    self._attachments.register(connection, attachment)
            if job_id is not None:
                job = job_records.job_state(connection, job_id)
                payload.update(
                    job_id=job.id,
                    work_order_id=job.work_order_id,
                    instruction_id=job.instruction_id,
                    instruction_version=job.instruction_version,
                    step_id=step_id,
                )
                if step_id is not None:
                    payload.update(_measured_context(connection, job_id, step_id))
            event = action.record(
                "exception.raised",
                session.badge,
                {key: value for key, value in payload.items() if value is not None},
            )
            return self._view(connection, event.payload["exception_id"])

    def open_on_line(self) -> list[ExceptionView]:
        with self._uow.reading() as connection:
            line_id = master_data.station(connection, self._station_id).line_id
            rows = connection.execute(
                select(exceptions.c.id)
                .where(
                    exceptions.c.line_id == line_id,
                    exceptions.c.status.not_in(("resolved", "cancelled")) | exceptions.c.conflict,
                )
                .order_by(exceptions.c.raised_hlc)
            )
            return [self._view(connection, row.id) for row in rows]

    def _view(self, connection: Any, exception_id: str) -> ExceptionView:
        row = connection.execute(select(exceptions).where(exceptions.c.id == exception_id)).one()
        return ExceptionView(
            id=row.id,
            kind=row.kind,
            severity=row.severity,
            status=row.status,
            station_id=row.station_id,
            line_id=row.line_id,
            text=row.text,
            raised_by=row.raised_by,
            raised_at=row.raised_at,
            raised_here=row.device_id == self._device_id,
            conflict=row.conflict,
            on_hold=row.on_hold,
            decision=row.decision,
            decided_by=row.decided_by,
        )


def _measured_context(connection: Any, job_id: str, step_id: str) -> dict[str, Any]:
    """The latest out-of-limit reading of the step, if there is one."""
    row = connection.execute(
        select(nonconformances)
        .where(nonconformances.c.job_id == job_id, nonconformances.c.step_id == step_id)
        .order_by(nonconformances.c.recorded_at.desc())
        .limit(1)
    ).first()
    if row is None or row.value == "fail":
        return {}
    return {"value": row.value, "lower": row.lower, "upper": row.upper, "unit": row.unit}
