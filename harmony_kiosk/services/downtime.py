"""Downtime: start and stop in one tap each, timed on the monotonic clock; leads code and split."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, select

from harmony_kiosk.clock import Clock, unix_ms
from harmony_kiosk.domain.ids import uuid7
from harmony_kiosk.domain.operators import Role
from harmony_kiosk.domain.plant import Equipment
from harmony_kiosk.domain.shifts import Shift
from harmony_kiosk.errors import InvalidEntry, NotAllowed, NotFound, RuleViolation
from harmony_kiosk.services.attachments import Attachment, Attachments
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.unit_of_work import UnitOfWork
from harmony_kiosk.store import master_data
from harmony_kiosk.store.schema import downtime

CODE_THRESHOLD_S = 300  # shorter stops may stay uncoded
MAX_NOTE = 2000


@dataclass(frozen=True)
class DowntimeView:
    id: str
    station_id: str
    line_id: str
    equipment: str | None  # its name, as recorded
    started_at: datetime
    duration_s: int | None  # None while the station is down
    reason_code: str | None
    planned: bool
    note: str | None
    voice_note: str | None
    coded_by: str | None
    split_from: str | None
    needs_code: bool  # long enough that it must be coded, and not coded yet
    equipment_id: str | None = None  # its code in the line's list; None: free text, or none
    # The plant's entry for equipment_id, with its names now (None: free text, or gone).
    plant_equipment: Equipment | None = None

    def equipment_in(self, language: str) -> str | None:
        """The equipment's name in `language` when the plant gives one, else its English name,
        else what the stop recorded (the name, or free text on older stops), else its code."""
        if self.plant_equipment is not None:
            return self.plant_equipment.name_in(language)
        return self.equipment or self.equipment_id

    @property
    def running(self) -> bool:
        return self.duration_s is None

    @property
    def ended_at(self) -> datetime | None:
        return (
            None
            if self.duration_s is None
            else self.started_at + timedelta(seconds=self.duration_s)
        )


class DowntimeService:
    """Downtime of one station, and the line's downtime for leads."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        station_id: str,
        attachments: Attachments,
        threshold_s: int = CODE_THRESHOLD_S,
    ) -> None:
        self._uow = uow
        self._attachments = attachments
        self._clock = clock
        self._station_id = station_id
        self._threshold_s = threshold_s
        self._started_monotonic: dict[str, float] = {}

    def start(self, session: OperatorSession, equipment: str | None = None) -> DowntimeView:
        with self._uow.action() as action:
            if self._running(action.connection) is not None:
                raise RuleViolation(
                    "This station is already down. Stop that downtime first.",
                    code="downtime.already_down",
                )
            station = master_data.station(action.connection, self._station_id)
            downtime_id = uuid7(unix_ms(self._clock.now()))
            payload: dict[str, Any] = {
                "downtime_id": downtime_id,
                "station_id": station.id,
                "line_id": station.line_id,
            }
            if equipment:
                item = _equipment_named(action.connection, station.line_id, equipment)
                payload["equipment"], payload["equipment_id"] = item.name, item.id
            action.record("downtime.started", session.badge, payload)
            self._started_monotonic[downtime_id] = self._clock.monotonic()
            return self._view(action.connection, downtime_id)

    def stop(self, session: OperatorSession) -> DowntimeView:
        with self._uow.action() as action:
            running = self._running(action.connection)
            if running is None:
                raise RuleViolation("This station is not down.", code="downtime.not_down")
            started = self._started_monotonic.pop(running.id, None)
            if started is not None:
                seconds, source = self._clock.monotonic() - started, "monotonic"
            else:  # the kiosk restarted while the station was down: the wall clock is all we have
                seconds, source = (self._clock.now() - running.started_at).total_seconds(), "wall"
            action.record(
                "downtime.stopped",
                session.badge,
                {
                    "downtime_id": running.id,
                    "duration_s": max(0, round(seconds)),
                    "duration_source": source,
                },
            )
            return self._view(action.connection, running.id)

    def code(
        self,
        session: OperatorSession,
        downtime_id: str,
        reason_code: str,
        note: str = "",
        voice_note: Attachment | None = None,
        planned: bool | None = None,
    ) -> DowntimeView:
        """Give (or change) the reason of a stop: team leads only."""
        _lead_only(session, "code downtime")
        note = note.strip()
        if len(note) > MAX_NOTE:
            raise InvalidEntry(
                f"Keep the note under {MAX_NOTE} characters.",
                code="note.too_long",
                params={"max": MAX_NOTE},
            )
        with self._uow.action() as action:
            stop = self._view(action.connection, downtime_id)
            tree = master_data.reason_tree(action.connection)
            if reason_code not in tree:
                raise InvalidEntry(
                    f"{reason_code} is not a reason of this plant.",
                    code="reason.unknown",
                    params={"reason": reason_code},
                )
            reason = tree.get(reason_code)
            if reason.needs_note and not note and not voice_note:
                raise InvalidEntry(
                    f"“{reason.label}” needs a few words or a voice note saying what it was.",
                    code="reason.needs_note",
                    params={"reason": reason.label, "reason_es": reason.label_in("es")},
                )
            payload: dict[str, Any] = {
                "downtime_id": stop.id,
                "reason_code": reason_code,
                "planned": reason.planned if planned is None else planned,
            }
            if note:
                payload["note"] = note
            if voice_note is not None:
                payload["voice_note"] = voice_note.sha256
                self._attachments.register(action.connection, voice_note)
            action.record("downtime.coded", session.badge, payload)
            return self._view(action.connection, downtime_id)

    def split(
        self, session: OperatorSession, downtime_id: str, after_s: int
    ) -> tuple[DowntimeView, DowntimeView]:
        _lead_only(session, "split downtime")
        with self._uow.action() as action:
            stop = self._view(action.connection, downtime_id)
            if stop.duration_s is None:
                raise RuleViolation(
                    "Stop the downtime before splitting it.", code="downtime.split_running"
                )
            if not 0 < after_s < stop.duration_s:
                raise InvalidEntry(
                    "Split somewhere inside the stop.", code="downtime.split_outside"
                )
            new_id = uuid7(unix_ms(self._clock.now()))
            action.record(
                "downtime.split",
                session.badge,
                {"downtime_id": downtime_id, "new_downtime_id": new_id, "after_s": after_s},
            )
            return self._view(action.connection, downtime_id), self._view(action.connection, new_id)

    def name_equipment(
        self, session: OperatorSession, downtime_id: str, equipment: str
    ) -> DowntimeView:
        """Name the machine that stopped (by its code or name), after the stop was started in
        one tap: team leads only, and only one of the line's equipment, so the patterns group
        stops reliably."""
        _lead_only(session, "name the equipment of a stop")
        with self._uow.action() as action:
            stop = self._view(action.connection, downtime_id)
            item = _equipment_named(action.connection, stop.line_id, equipment)
            if item.id == stop.equipment_id:
                return stop  # already named so: nothing new to record
            action.record(
                "downtime.equipment_named",
                session.badge,
                {"downtime_id": stop.id, "equipment": item.name, "equipment_id": item.id},
            )
            return self._view(action.connection, downtime_id)

    def equipment_of_line(self) -> list[Equipment]:
        """What a stop on this station's line may be named after: the plant's list for it."""
        with self._uow.reading() as connection:
            line_id = master_data.station(connection, self._station_id).line_id
            return master_data.equipment_of_line(connection, line_id)

    def running(self) -> DowntimeView | None:
        with self._uow.reading() as connection:
            return self._running(connection)

    def on_line(self, start: datetime, end: datetime) -> list[DowntimeView]:
        """The line's stops overlapping [start, end), oldest first."""
        with self._uow.reading() as connection:
            line_id = master_data.station(connection, self._station_id).line_id
            rows = connection.execute(
                select(downtime)
                .where(downtime.c.line_id == line_id)
                .order_by(downtime.c.started_at)
            )
            known = _equipment_by_id(connection, line_id)
            views = [self._from_row(row, known) for row in rows]
        return [
            v for v in views if v.started_at < end and (v.ended_at is None or v.ended_at > start)
        ]

    def minutes_by_reason(self, shift: Shift) -> list[tuple[str | None, float]]:
        """Minutes of downtime inside the shift per reason (None = uncoded), largest first."""
        totals: dict[str | None, float] = {}
        now = self._clock.now()
        for stop in self.on_line(shift.start, shift.end):
            end = stop.ended_at or now
            overlap = (min(end, shift.end) - max(stop.started_at, shift.start)).total_seconds()
            if overlap > 0:
                totals[stop.reason_code] = totals.get(stop.reason_code, 0.0) + overlap / 60
        return sorted(totals.items(), key=lambda item: -item[1])

    def _running(self, connection: Connection) -> DowntimeView | None:
        row = connection.execute(
            select(downtime).where(
                downtime.c.station_id == self._station_id, downtime.c.duration_s.is_(None)
            )
        ).first()
        if row is None:
            return None
        return self._from_row(row, _equipment_by_id(connection, row.line_id))

    def _view(self, connection: Connection, downtime_id: str) -> DowntimeView:
        row = connection.execute(select(downtime).where(downtime.c.id == downtime_id)).first()
        if row is None:
            raise NotFound("This downtime is not on this kiosk.", code="downtime.not_found")
        return self._from_row(row, _equipment_by_id(connection, row.line_id))

    def _from_row(self, row: Row[Any], known: dict[str, Equipment]) -> DowntimeView:
        long_enough = row.duration_s is not None and row.duration_s >= self._threshold_s
        return DowntimeView(
            id=row.id,
            station_id=row.station_id,
            line_id=row.line_id,
            equipment=row.equipment,
            equipment_id=row.equipment_id,
            plant_equipment=known.get(row.equipment_id) if row.equipment_id else None,
            started_at=datetime.fromisoformat(row.started_at.replace("Z", "+00:00")),
            duration_s=row.duration_s,
            reason_code=row.reason_code,
            planned=row.planned,
            note=row.note,
            voice_note=row.voice_note,
            coded_by=row.coded_by,
            split_from=row.split_from,
            needs_code=long_enough and row.reason_code is None,
        )


def _equipment_by_id(connection: Connection, line_id: str) -> dict[str, Equipment]:
    return {item.id: item for item in master_data.equipment_of_line(connection, line_id)}


def _equipment_named(connection: Connection, line_id: str, wanted: str) -> Equipment:
    """The line's equipment whose code, or English or Spanish name, is `wanted`."""
    wanted = wanted.strip()
    if not wanted:
        raise InvalidEntry("Choose the equipment that stopped.", code="equipment.missing")
    folded = wanted.casefold()
    for item in master_data.equipment_of_line(connection, line_id):
        if wanted == item.id or folded in (item.name.casefold(), (item.name_es or "").casefold()):
            return item
    raise InvalidEntry(
        f"{wanted[:200]} is not equipment of this line.",
        code="equipment.unknown",
        params={"equipment": wanted[:200]},
    )


def _lead_only(session: OperatorSession, what: str) -> None:
    if not session.holds(Role.TEAM_LEAD):
        raise NotAllowed(
            f"Only a team lead can {what}.",
            code=f"lead_only.{what.partition(' ')[0]}",  # lead_only.code, .split, .name
        )
