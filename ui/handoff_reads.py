"""What the handoff screen reads and exports, run on the worker (never on the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from harmony_kiosk.clock import Clock
from harmony_kiosk.errors import KnownError
from ui import lead_reads
from ui.handoff_pdf import exports_dir, write_pdf
from ui.language import shown_language
from ui.widgets.voice_notes import VoiceNoteFile, voice_note_file

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.domain.shifts import Shift
    from harmony_kiosk.services.handoff import HandoffView
    from harmony_kiosk.services.handoff_labels import HandoffLabels
    from harmony_kiosk.services.handoff_summary import HandoffSummary
    from harmony_kiosk.services.kiosk import Kiosk


@dataclass(frozen=True)
class HandoffStart:
    """Where the handoff screen opens: a handoff waiting for the incoming lead, or the shift's
    summary for the outgoing lead to write."""

    shift: Shift | None
    summary: HandoffSummary | None
    waiting: Handed | None


@dataclass(frozen=True)
class Handed:
    """A written handoff, with the names of who wrote and who accepted it."""

    view: HandoffView
    written_by: str  # "Ricardo Mendoza (20014)"
    accepted_by: str | None
    shown: HandoffSummary | None = None  # its summary with the reasons in the language shown
    voice_notes: tuple[VoiceNoteFile, ...] = ()  # with their files, where on this kiosk


def handoff_start(kiosk: Kiosk, clock: Clock) -> HandoffStart:
    shift = kiosk.handoffs.current_shift() or lead_reads.shift_now(kiosk, clock)
    pending = kiosk.handoffs.pending()
    waiting = named(kiosk, pending[0]) if pending else None
    summary = kiosk.handoffs.summary(shift) if shift is not None else None
    return HandoffStart(shift, _reasons_shown(kiosk, summary), waiting)


def _reasons_shown(kiosk: Kiosk, summary: HandoffSummary | None) -> HandoffSummary | None:
    """The summary's stop reasons in the language shown: the service writes them with the
    reason tree's English labels (as the handoff is kept and printed)."""
    if summary is None:
        return None
    language = shown_language()
    if language == "en":
        return summary
    tree = lead_reads.reason_tree(kiosk)
    codes, todo = [], [reason.code for reason in tree.top_level()]
    while todo:  # every code of the tree, parents before children
        code = todo.pop()
        codes.append(code)
        todo.extend(child.code for child in tree.children(code))
    said = {tree.path_text(code): tree.path_text(code, language) for code in codes}
    lines = tuple(replace(d, reason=said.get(d.reason, d.reason)) for d in summary.downtime)
    return replace(summary, downtime=lines)


def named(kiosk: Kiosk, view: HandoffView) -> Handed:
    from harmony_kiosk.store import master_data  # noqa: PLC0415 (worker only)

    def name(badge: str) -> str:
        with kiosk.uow.reading() as connection:
            found = master_data.operator(connection, badge)
        return (
            f"{found.name} ({badge})"
            if found is not None
            else QCoreApplication.translate("HandoffReads", "badge {badge}").format(badge=badge)
        )

    accepted = name(view.accepted_by) if view.accepted_by else None
    notes = tuple(voice_note_file(kiosk.attachments.path(s), s) for s in view.voice_notes)
    shown = _reasons_shown(kiosk, view.summary)
    return Handed(view, name(view.written_by), accepted, shown, notes)


def export_pdf(kiosk: Kiosk, handed: Handed, labels: HandoffLabels | None = None) -> Path:
    """The handoff as printed, into the data folder's exports/ (replaced if exported again), in
    the words of `labels` (ui/handoff_labels.py, made in the exporting lead's language)."""
    from harmony_kiosk.services.handoff_summary import to_html  # noqa: PLC0415 (worker only)

    view = handed.view
    summary = handed.shown or view.summary  # the stop reasons in the language shown
    if labels is None:
        page = to_html(summary, view.notes, handed.written_by, handed.accepted_by)
    else:
        page = to_html(summary, view.notes, handed.written_by, handed.accepted_by, labels)
    stem = f"handoff-{view.shift_id.replace('/', '-')}-{view.id[-6:]}"
    title = (labels.title if labels else "Shift handoff · {line} · shift {shift}").format(
        line=view.summary.line_id, shift=view.summary.shift_name
    )
    try:
        return write_pdf(page, exports_dir(kiosk.data_dir) / f"{stem}.pdf", title)
    except OSError as error:  # a full or read-only disk: say so, the handoff itself is saved
        raise KnownError(
            QCoreApplication.translate(
                "HandoffReads", "The PDF could not be saved ({value})."
            ).format(value=error.strerror or error)
        ) from error
