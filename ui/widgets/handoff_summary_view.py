"""The shift summary a handoff carries, on screen: jobs, downtime, exceptions, quality, sync."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from ui.exception_wording import kind_name, severity_name, status_name
from ui.pattern_wording import uncoded_or
from ui.widgets.touch import text

if TYPE_CHECKING:
    from harmony_kiosk.services.handoff_summary import ExceptionLine, HandoffSummary

_DONE_STATES = ("resolved", "cancelled")


def exception_line(line: ExceptionLine) -> str:
    """ "✓ Resolved · equipment, high: Nutrunner reads low → Recalibrate"."""
    mark = "✓" if line.status in _DONE_STATES else "●"
    kind, severity = kind_name(line.kind).lower(), severity_name(line.severity).lower()
    said = f"{mark} {status_name(line.status)} · {kind}, {severity}"
    if line.text:
        said += f": {line.text}"
    if line.decision:
        said += f"  →  {line.decision}"
    if line.conflict:
        said += QCoreApplication.translate(
            "HandoffSummaryView", "  (conflicting decisions: a lead settles them)"
        )
    return said


def summary_sections(
    summary: HandoffSummary, zone: tzinfo | None = None
) -> list[tuple[str, list[str]]]:
    """(heading, lines) in the order the page shows them; tests read them too."""
    jobs = [
        QCoreApplication.translate(
            "HandoffSummaryView",
            "{work_order_id} · {product} · {good} good, {scrap} scrap · {status}",
        ).format(
            work_order_id=j.work_order_id,
            product=j.product,
            good=j.good,
            scrap=j.scrap,
            status=j.status,
        )
        for j in summary.jobs
    ] or [QCoreApplication.translate("HandoffSummaryView", "No jobs ran at this station.")]
    stops = [f"{uncoded_or(d.reason)}  ·  {d.minutes:.0f} min" for d in summary.downtime] or [
        QCoreApplication.translate("HandoffSummaryView", "No downtime.")
    ]
    troubles = [exception_line(x) for x in summary.exceptions] or [
        QCoreApplication.translate("HandoffSummaryView", "No exceptions.")
    ]
    nonconforming = summary.nonconforming_steps  # lupdate reads only a plain name as the count
    quality = [
        QCoreApplication.translate(
            "HandoffSummaryView",
            "%n nonconforming step result(s).",
            "",
            nonconforming,
        )
    ]
    if summary.not_yet_sent:
        unsent = summary.not_yet_sent
        waiting = QCoreApplication.translate(
            "HandoffSummaryView",
            "%n record(s) not yet sent to the server",
            "",
            unsent,
        )
        if summary.oldest_not_sent:
            oldest = datetime.fromisoformat(summary.oldest_not_sent.replace("Z", "+00:00"))
            waiting += QCoreApplication.translate(
                "HandoffSummaryView", " (the oldest from {astimezone:%H:%M})"
            ).format(astimezone=oldest.astimezone(zone))
        sync = [waiting + "."]
    else:
        sync = [
            QCoreApplication.translate("HandoffSummaryView", "Everything was sent to the server.")
        ]
    return [
        (QCoreApplication.translate("HandoffSummaryView", "Jobs and counts"), jobs),
        (
            QCoreApplication.translate(
                "HandoffSummaryView", "Downtime · {downtime_minutes:.0f} min"
            ).format(downtime_minutes=summary.downtime_minutes),
            stops,
        ),
        (QCoreApplication.translate("HandoffSummaryView", "Exceptions"), troubles),
        (QCoreApplication.translate("HandoffSummaryView", "Quality"), quality),
        (QCoreApplication.translate("HandoffSummaryView", "Not yet synced"), sync),
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
            said = (
                [f"“{notes}”"]
                if notes
                else [QCoreApplication.translate("HandoffSummaryView", "No notes.")]
            )
            if voice_notes:
                said.append(
                    QCoreApplication.translate(
                        "HandoffSummaryView", "🎤 %n voice note(s)", "", voice_notes
                    )
                )
            sections.insert(
                0,
                (
                    QCoreApplication.translate(
                        "HandoffSummaryView", "Handed over by {written_by}"
                    ).format(written_by=written_by),
                    said,
                ),
            )
        for number, (heading, lines) in enumerate(sections):
            if number:
                self.column.addSpacing(10)
            self.column.addWidget(text(heading, "caption-strong"))
            for line in lines:
                label = text(line, "detail")
                self.column.addWidget(label)
                self.lines.append(label)
        self.column.addStretch(1)
