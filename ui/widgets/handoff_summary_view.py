"""The shift summary a handoff carries, on screen: jobs, downtime, exceptions, quality, sync."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from ui.widgets.touch import text
from ui.wording import plural

if TYPE_CHECKING:
    from harmony_kiosk.services.handoff_summary import ExceptionLine, HandoffSummary

_DONE_STATES = ("resolved", "cancelled")


def exception_line(line: ExceptionLine) -> str:
    """ "✓ Resolved · equipment, high: Nutrunner reads low → Recalibrate"."""
    mark = "✓" if line.status in _DONE_STATES else "●"
    said = f"{mark} {line.status.capitalize()} · {line.kind}, {line.severity}"
    if line.text:
        said += f": {line.text}"
    if line.decision:
        said += f"  →  {line.decision}"
    if line.conflict:
        said += "  (conflicting decisions: a lead settles them)"
    return said


def summary_sections(
    summary: HandoffSummary, zone: tzinfo | None = None
) -> list[tuple[str, list[str]]]:
    """(heading, lines) in the order the page shows them; tests read them too."""
    jobs = [
        f"{j.work_order_id} · {j.product} · {j.good} good, {j.scrap} scrap · {j.status}"
        for j in summary.jobs
    ] or ["No jobs ran at this station."]
    stops = [f"{d.reason}  ·  {d.minutes:.0f} min" for d in summary.downtime] or ["No downtime."]
    troubles = [exception_line(x) for x in summary.exceptions] or ["No exceptions."]
    quality = [f"{plural(summary.nonconforming_steps, 'nonconforming step result')}."]
    if summary.not_yet_sent:
        waiting = f"{plural(summary.not_yet_sent, 'record')} not yet sent to the server"
        if summary.oldest_not_sent:
            oldest = datetime.fromisoformat(summary.oldest_not_sent.replace("Z", "+00:00"))
            waiting += f" (the oldest from {oldest.astimezone(zone):%H:%M})"
        sync = [waiting + "."]
    else:
        sync = ["Everything was sent to the server."]
    return [
        ("Jobs and counts", jobs),
        (f"Downtime · {summary.downtime_minutes:.0f} min", stops),
        ("Exceptions", troubles),
        ("Quality", quality),
        ("Not yet synced", sync),
    ]


class HandoffSummaryView(QScrollArea):
    """A card that scrolls by finger; the sections come from `summary_sections`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoff-summary")
        self.setProperty("role", "text-scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.card = QFrame()
        self.card.setProperty("role", "card")
        self.column = QVBoxLayout(self.card)
        self.column.setContentsMargins(28, 22, 28, 22)
        self.column.setSpacing(6)
        self.setWidget(self.card)
        self.lines: list[QLabel] = []

    def show_summary(
        self,
        summary: HandoffSummary,
        zone: tzinfo | None,
        notes: str = "",
        voice_notes: int = 0,
        written_by: str = "",
    ) -> None:
        """The summary, and (once written) who wrote it and the outgoing lead's notes."""
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lines = []
        sections = summary_sections(summary, zone)
        if written_by:
            said = [f"“{notes}”"] if notes else ["No notes."]
            if voice_notes:
                said.append(f"🎤 {plural(voice_notes, 'voice note')}")
            sections.insert(0, (f"Handed over by {written_by}", said))
        for number, (heading, lines) in enumerate(sections):
            if number:
                self.column.addSpacing(10)
            self.column.addWidget(text(heading, "caption-strong"))
            for line in lines:
                label = text(line, "detail")
                self.column.addWidget(label)
                self.lines.append(label)
        self.column.addStretch(1)
