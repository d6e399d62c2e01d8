"""What the exception screens read on the worker: an exception with its context, history and
names, the hold on a job, and similar past cases with who decided them.

`MergedException` (harmony_kiosk.domain.exception_merge) carries the state and the decisions, but
its history has no times of day, no notes and no names; those are read here from the exception's
events and the plant's operators. Store imports stay inside the functions: the services pull in
SQLAlchemy, which is kept off the path to the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from harmony_kiosk.domain.exception_merge import MergedException
from harmony_kiosk.errors import NotFound
from ui.camera.thumbnails import photo_thumbnail
from ui.widgets.voice_notes import VoiceNoteFile, voice_note_file
from ui.wording import step_title

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from PySide6.QtGui import QImage
    from sqlalchemy import Connection

    from harmony_kiosk.domain.events import Event
    from harmony_kiosk.services.kiosk import Kiosk
    from harmony_kiosk.store.knowledge_index import PastCase

# Which payload field says what was done, for each event of the history.
_NOTE_FIELDS = {
    "exception.raised": "text",
    "exception.acknowledged": "note",
    "exception.contained": "action",
    "exception.resolved": "decision",
    "exception.cancelled": "reason",
    "exception.released": "note",
    "exception.settled": "note",
}


@dataclass(frozen=True)
class HistoryLine:
    """One event of an exception: who did what, when, on which kiosk, and what they said."""

    event_id: str
    type: str
    actor: str
    occurred_at: str
    here: bool  # recorded on this kiosk
    note: str


@dataclass(frozen=True)
class ExceptionDetail:
    merged: MergedException
    history: tuple[HistoryLine, ...]
    names: dict[str, str]  # badge -> name, for everyone in the history
    station_name: str
    step_title: str | None
    photos: tuple[QImage | None, ...] = ()  # thumbnails; None: the file is not on this kiosk
    voice_notes: tuple[VoiceNoteFile, ...] = ()

    @property
    def raised(self) -> dict[str, object]:
        return self.merged.raised


@dataclass(frozen=True)
class HoldInfo:
    """The blocking quality exception that holds a job."""

    exception_id: str
    text: str
    raised_by: str  # a name where known
    raised_at: str


def read_detail(kiosk: Kiosk, exception_id: str, language: str = "en") -> ExceptionDetail:
    """On the worker: the merged exception, its history with notes, and the names it needs."""
    from harmony_kiosk.store import master_data  # noqa: PLC0415 - off the start-up path
    from harmony_kiosk.store.exception_projection import events_of  # noqa: PLC0415

    merged = kiosk.decisions.detail(exception_id)
    here = kiosk.identity.device_id
    with kiosk.uow.reading() as connection:
        events = events_of(connection, exception_id)
        history = tuple(
            HistoryLine(
                e.id,
                e.type,
                e.actor,
                e.occurred_at,
                e.device_id == here,
                str(e.payload.get(_NOTE_FIELDS.get(e.type, ""), "") or ""),
            )
            for e in events
        )
        badges = {line.actor for line in history} | {d.decided_by for d in merged.decisions}
        names = _names(connection, badges)
        raised = merged.raised
        station_id = str(raised.get("station_id", ""))
        station_name = _station_name(connection, station_id)
        title = None
        instruction, version, step_id = (
            raised.get("instruction_id"),
            raised.get("instruction_version"),
            raised.get("step_id"),
        )
        if instruction and isinstance(version, int) and step_id:
            steps = master_data.instruction_version(connection, str(instruction), version).steps
            step = next((s for s in steps if s.id == step_id), None)
            title = step_title(step, language) if step is not None else str(step_id)
    photos = tuple(photo_thumbnail(kiosk, str(sha)) for sha in _photos_of(events))
    voices = tuple(
        voice_note_file(kiosk.attachments.path(sha), sha) for sha in _voice_notes_of(events)
    )
    return ExceptionDetail(merged, history, names, station_name, title, photos, voices)


def _photos_of(events: list[Event]) -> list[object]:
    return [e.payload["photo"] for e in events if e.payload.get("photo")]


def _voice_notes_of(events: list[Event]) -> list[str]:
    """Voice notes of the raise and of decisions (a resolution may carry one), oldest first."""
    return [str(e.payload["voice_note"]) for e in events if e.payload.get("voice_note")]


def read_hold(kiosk: Kiosk, job_id: str) -> HoldInfo | None:
    """On the worker: the exception holding `job_id` until quality releases it, if any."""
    from harmony_kiosk.store import job_records  # noqa: PLC0415 - off the start-up path
    from harmony_kiosk.store.exception_projection import events_of  # noqa: PLC0415

    with kiosk.uow.reading() as connection:
        held_by = job_records.hold_on(connection, job_id)
        if held_by is None:
            return None
        raised = next(e for e in events_of(connection, held_by) if e.type == "exception.raised")
        names = _names(connection, {raised.actor})
    text = str(raised.payload.get("text") or "")
    return HoldInfo(held_by, text, names.get(raised.actor, raised.actor), raised.occurred_at)


def read_similar(kiosk: Kiosk, question: str) -> tuple[list[PastCase], dict[str, str]]:
    """On the worker: up to three past cases of this line like `question`, and who decided them."""
    cases = kiosk.knowledge.similar(question, limit=3) if question.strip() else []
    if not cases:
        return [], {}
    with kiosk.uow.reading() as connection:
        names = _names(connection, {c.decided_by for c in cases if c.decided_by})
    return cases, names


def _names(connection: Connection, badges: set[str]) -> dict[str, str]:
    from harmony_kiosk.store import master_data  # noqa: PLC0415 - off the start-up path

    found: dict[str, str] = {}
    for badge in badges:
        operator = master_data.operator(connection, badge)
        if operator is not None:
            found[badge] = operator.name
    return found


def _station_name(connection: Connection, station_id: str) -> str:
    from harmony_kiosk.store import master_data  # noqa: PLC0415 - off the start-up path

    try:
        return master_data.station(connection, station_id).name
    except NotFound:
        return station_id
