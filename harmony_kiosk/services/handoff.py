"""Shift handoff: the kiosk writes the summary, the leads add notes and accept it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from harmony_kiosk.clock import Clock, to_iso, unix_ms
from harmony_kiosk.domain.canonical import canonical_bytes
from harmony_kiosk.domain.ids import uuid7
from harmony_kiosk.domain.operators import Role
from harmony_kiosk.domain.shifts import Shift
from harmony_kiosk.errors import InvalidEntry, NotAllowed, NotFound, RuleViolation
from harmony_kiosk.services.attachments import Attachment, Attachments
from harmony_kiosk.services.auth import AuthService, OperatorSession
from harmony_kiosk.services.downtime import DowntimeService
from harmony_kiosk.services.handoff_summary import (
    DowntimeLine,
    ExceptionLine,
    HandoffSummary,
    JobLine,
)
from harmony_kiosk.services.unit_of_work import UnitOfWork
from harmony_kiosk.store import master_data, sync_records
from harmony_kiosk.store.blob_store import BlobStore
from harmony_kiosk.store.schema import exceptions, handoffs, jobs, nonconformances

MAX_NOTES = 4000


@dataclass(frozen=True)
class HandoffView:
    id: str
    shift_id: str
    summary: HandoffSummary
    notes: str
    voice_notes: tuple[str, ...]
    written_by: str
    accepted_by: str | None


class HandoffService:
    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        station_id: str,
        auth: AuthService,
        downtime: DowntimeService,
        attachments: Attachments,
        blobs: BlobStore,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._station_id = station_id
        self._auth = auth
        self._downtime = downtime
        self._attachments = attachments
        self._blobs = blobs

    def current_shift(self) -> Shift | None:
        with self._uow.reading() as connection:
            line_id = master_data.station(connection, self._station_id).line_id
            calendar = master_data.shift_calendar(connection, line_id)
        return calendar.shift_at(self._clock.now()) if calendar else None

    def summary(self, shift: Shift) -> HandoffSummary:
        """What happened on the shift, from the kiosk's own records."""
        start, end = to_iso(shift.start), to_iso(shift.end)
        with self._uow.reading() as connection:
            tree = master_data.reason_tree(connection)
            job_lines = _jobs(connection, self._station_id, start, end)
            trouble = _exceptions(connection, shift.line_id, start, end)
            nonconforming = len(
                connection.execute(
                    select(nonconformances.c.event_id).where(
                        nonconformances.c.recorded_at >= start, nonconformances.c.recorded_at < end
                    )
                ).all()
            )
            state = sync_records.read_state(connection)
        stops = tuple(
            DowntimeLine(
                tree.path_text(code) if code and code in tree else "Not coded yet", minutes
            )
            for code, minutes in self._downtime.minutes_by_reason(shift)
        )
        return HandoffSummary(
            shift.line_id,
            shift.id,
            shift.name,
            start,
            end,
            job_lines,
            stops,
            trouble,
            nonconforming,
            state.waiting,
            state.oldest_unsent_at,
        )

    def write(
        self,
        session: OperatorSession,
        shift: Shift,
        notes: str = "",
        voice_notes: tuple[Attachment, ...] = (),
    ) -> HandoffView:
        if not session.holds(Role.TEAM_LEAD):
            raise NotAllowed("Only a team lead writes the shift handoff.", code="handoff.lead_only")
        if len(notes) > MAX_NOTES:
            raise InvalidEntry(
                f"Keep the notes under {MAX_NOTES} characters.",
                code="note.too_long",
                params={"max": MAX_NOTES},
            )
        summary = self.summary(shift)
        raw = canonical_bytes(summary.to_dict())
        summary_sha = self._blobs.put(raw)  # fsynced and renamed before the event commits
        handoff_id = uuid7(unix_ms(self._clock.now()))
        with self._uow.action() as action:
            self._attachments.register(
                action.connection, Attachment(summary_sha, len(raw), "application/json")
            )
            for note in voice_notes:
                self._attachments.register(action.connection, note)
            payload = {
                "handoff_id": handoff_id,
                "line_id": shift.line_id,
                "shift_id": shift.id,
                "summary": summary_sha,
                "notes": notes.strip() or None,
                "voice_notes": " ".join(n.sha256 for n in voice_notes) or None,
            }
            action.record(
                "handoff.written",
                session.badge,
                {k: v for k, v in payload.items() if v is not None},
            )
        return self.view(handoff_id)

    def accept(self, handoff_id: str, badge: str, pin: str) -> HandoffView:
        """The incoming lead acknowledges with badge + PIN."""
        lead = self._auth.check_credentials(badge.strip(), pin)
        if not lead.holds(Role.TEAM_LEAD):
            raise NotAllowed(
                f"{lead.name} is not a team lead: a lead accepts the handoff.",
                code="handoff.accept_lead",
                params={"name": lead.name},
            )
        handoff = self.view(handoff_id)
        if handoff.accepted_by is not None:
            raise RuleViolation(
                f"This handoff was already accepted by {handoff.accepted_by}.",
                code="handoff.accepted",
                params={"badge": handoff.accepted_by},
            )
        if handoff.written_by == lead.badge:
            raise RuleViolation(
                "The incoming lead accepts the handoff, not the one who wrote it.",
                code="handoff.accept_own",
            )
        with self._uow.action() as action:
            action.record("handoff.accepted", lead.badge, {"handoff_id": handoff_id})
        return self.view(handoff_id)

    def pending(self) -> list[HandoffView]:
        with self._uow.reading() as connection:
            line_id = master_data.station(connection, self._station_id).line_id
            ids = connection.execute(
                select(handoffs.c.id)
                .where(handoffs.c.line_id == line_id, handoffs.c.accepted_by.is_(None))
                .order_by(handoffs.c.written_at)
            ).scalars()
            return [self._view(connection, handoff_id) for handoff_id in ids]

    def view(self, handoff_id: str) -> HandoffView:
        with self._uow.reading() as connection:
            return self._view(connection, handoff_id)

    def _view(self, connection: Connection, handoff_id: str) -> HandoffView:
        row = connection.execute(select(handoffs).where(handoffs.c.id == handoff_id)).first()
        if row is None:
            raise NotFound("This handoff is not on this kiosk.", code="handoff.not_found")
        data = (
            json.loads(self._blobs.read(row.summary_sha256))
            if self._blobs.exists(row.summary_sha256)
            else None
        )
        if data is None:
            raise NotFound(
                "This handoff's summary has not arrived on this kiosk yet.",
                code="handoff.summary_missing",
            )
        return HandoffView(
            id=row.id,
            shift_id=row.shift_id,
            summary=_summary_from(data),
            notes=row.notes or "",
            voice_notes=tuple((row.voice_notes or "").split()),
            written_by=row.written_by,
            accepted_by=row.accepted_by,
        )


def _jobs(connection: Connection, station_id: str, start: str, end: str) -> tuple[JobLine, ...]:
    rows = connection.execute(
        select(jobs)
        .where(jobs.c.station_id == station_id, jobs.c.updated_at >= start, jobs.c.started_at < end)
        .order_by(jobs.c.started_at)
    )
    lines = []
    for row in rows:
        order = master_data.work_order(connection, row.work_order_id)
        product = master_data.product(connection, order.product_id).name
        lines.append(
            JobLine(row.work_order_id, product, row.good, row.scrap, row.status, row.held_by)
        )
    return tuple(lines)


def _exceptions(
    connection: Connection, line_id: str, start: str, end: str
) -> tuple[ExceptionLine, ...]:
    rows = connection.execute(
        select(exceptions)
        .where(exceptions.c.line_id == line_id, exceptions.c.raised_at < end)
        .where(
            (exceptions.c.raised_at >= start)
            | exceptions.c.status.in_(("open", "acknowledged", "contained"))
        )
        .order_by(exceptions.c.raised_hlc)
    )
    return tuple(
        ExceptionLine(r.kind, r.severity, r.text or "", r.status, r.decision, r.conflict)
        for r in rows
    )


def _summary_from(data: dict[str, Any]) -> HandoffSummary:
    return HandoffSummary(
        line_id=data["line_id"],
        shift_id=data["shift_id"],
        shift_name=data["shift_name"],
        start=data["start"],
        end=data["end"],
        jobs=tuple(JobLine(**line) for line in data["jobs"]),
        downtime=tuple(DowntimeLine(d["reason"], float(d["minutes"])) for d in data["downtime"]),
        exceptions=tuple(ExceptionLine(**line) for line in data["exceptions"]),
        nonconforming_steps=data["nonconforming_steps"],
        not_yet_sent=data["not_yet_sent"],
        oldest_not_sent=data["oldest_not_sent"],
    )
