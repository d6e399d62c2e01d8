"""What an exception is, where it came from, what happened to it, and what was decided.

Filled from an ExceptionDetail (ui.exception_reads): the context captured when it was raised,
the history in merge order (who did what, when, on which kiosk), and the decisions, the
conflicting ones highlighted until a lead settles them.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from harmony_kiosk.domain.exception_merge import Decision
from ui.exception_reads import ExceptionDetail
from ui.exception_wording import (
    CONFLICT_BADGE,
    HOLD_BADGE,
    event_name,
    person,
    raised_text,
    said,
    status_name,
    title,
    when_text,
)
from ui.marked import QT_TRANSLATE_NOOP
from ui.widgets.photo_strip import PhotoStrip
from ui.widgets.touch import set_style_property, text
from ui.widgets.voice_notes import VoiceNotes

CONFLICT_TEXT = QT_TRANSLATE_NOOP(
    "ExceptionOverview",
    "Two kiosks decided differently. A team lead chooses the decision that stands.",
)


class ExceptionOverview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(14)
        self.title = text("", "title", wrap=False, name="detail-title")
        self.status = text("", "status-chip", wrap=False, name="detail-status")
        self.conflict = text(
            said(CONFLICT_BADGE), "conflict-chip", wrap=False, name="detail-conflict"
        )
        self.hold = text(said(HOLD_BADGE), "hold-chip", wrap=False, name="detail-hold")
        self.age = text("", "caption", wrap=False, name="detail-age")
        for widget in (self.title, self.status, self.conflict, self.hold):
            top.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        top.addWidget(self.age, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(top)
        self.said = text("", "lead-strong", name="detail-text")
        column.addWidget(self.said)
        scroll = QScrollArea()
        scroll.setProperty("role", "text-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(20)
        left = QVBoxLayout()
        left.setSpacing(14)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(28)
        self.facts.setVerticalSpacing(2)
        left.addWidget(_card(self.facts, "detail-context"))
        # The voice note before the photos: its one button stays above the fold on 800 px.
        self.voice_notes, self.photos = VoiceNotes(), PhotoStrip()
        for attached in (self.voice_notes, self.photos):
            left.addWidget(attached)
        self.history = QVBoxLayout()
        self.history.setSpacing(8)
        left.addWidget(_card(self.history, "detail-history"))
        left.addStretch(1)
        row.addLayout(left, 11)
        self.decisions = QVBoxLayout()
        self.decisions.setSpacing(12)
        right = QVBoxLayout()
        right.addLayout(self.decisions)
        right.addStretch(1)
        row.addLayout(right, 9)
        scroll.setWidget(inner)
        column.addWidget(scroll, 1)
        self._scroll = scroll
        self.shown: ExceptionDetail | None = None

    def show_detail(self, detail: ExceptionDetail, zone: tzinfo | None, now: datetime) -> None:
        self.shown = detail
        merged, raised = detail.merged, detail.raised
        self.title.setText(title(merged.kind, str(raised.get("severity", ""))))
        self.status.setText(status_name(merged.status.value))
        self.status.setVisible(not merged.conflict)  # the first decision's status: misleading
        set_style_property(self.status, "status", merged.status.value)
        self.conflict.setVisible(merged.conflict)
        self.hold.setVisible(merged.on_hold)
        raised_at = detail.history[0].occurred_at if detail.history else ""
        self.age.setText(raised_text(raised_at, now))
        said = str(raised.get("text") or "")
        self.said.setText(
            said or QCoreApplication.translate("ExceptionOverview", "No description was given.")
        )
        set_style_property(self.said, "role", "lead-strong" if said else "lead")
        self._show_facts(detail, zone, now)
        self._show_history(detail, zone, now)
        self._show_decisions(detail, zone, now)
        self.photos.show_photos(detail.photos)
        self.voice_notes.show_notes(detail.voice_notes)
        # The scroll area sizes its content only when told: without this, new cards taller
        # than the old (large text) were squeezed into the old height, lines over each other.
        QCoreApplication.postEvent(self._scroll, QEvent(QEvent.Type.LayoutRequest))

    def _show_facts(self, detail: ExceptionDetail, zone: tzinfo | None, now: datetime) -> None:
        _clear(self.facts)
        raised = detail.raised
        facts = [
            (
                QCoreApplication.translate("ExceptionOverview", "WHERE"),
                f"{detail.station_name} · {raised.get('station_id', '')}",
            )
        ]
        if raised.get("work_order_id"):
            facts.append(
                (
                    QCoreApplication.translate("ExceptionOverview", "WORK ORDER"),
                    str(raised["work_order_id"]),
                )
            )
        if detail.step_title:
            facts.append(
                (QCoreApplication.translate("ExceptionOverview", "STEP"), detail.step_title)
            )
        unit = f" {raised['unit']}" if raised.get("unit") else ""
        if raised.get("value") is not None:
            facts.append(
                (
                    QCoreApplication.translate("ExceptionOverview", "MEASURED"),
                    f"{raised['value']}{unit}",
                )
            )
            lower, upper = raised.get("lower"), raised.get("upper")
            limits = (
                f"{lower if lower is not None else '…'} – {upper if upper is not None else '…'}"
            )
            facts.append(
                (QCoreApplication.translate("ExceptionOverview", "LIMITS"), f"{limits}{unit}")
            )
        first = detail.history[0] if detail.history else None
        when = when_text(first.occurred_at, zone, now) if first else ""
        facts.append(
            (
                QCoreApplication.translate("ExceptionOverview", "RAISED BY"),
                f"{person(detail.merged.raised_by, detail.names)} · {when}",
            )
        )
        self.facts.addWidget(
            text(
                QCoreApplication.translate("ExceptionOverview", "What and where"), "section-title"
            ),
            0,
            0,
            1,
            2,
        )
        for number, (caption, value) in enumerate(facts, start=1):
            label = text(caption, "caption-strong", wrap=False)
            shown = text(
                value,
                "fact-bad"
                if caption == QCoreApplication.translate("ExceptionOverview", "MEASURED")
                else "detail-value",
            )
            shown.setObjectName(f"fact-{caption.lower().replace(' ', '-')}")
            self.facts.addWidget(label, number, 0, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(shown, number, 1)
        self.facts.setColumnStretch(1, 1)

    def _show_history(self, detail: ExceptionDetail, zone: tzinfo | None, now: datetime) -> None:
        _clear(self.history)
        self.history.addWidget(
            text(QCoreApplication.translate("ExceptionOverview", "History"), "section-title")
        )
        for number, line in enumerate(detail.history):
            where = (
                QCoreApplication.translate("ExceptionOverview", "this kiosk")
                if line.here
                else QCoreApplication.translate("ExceptionOverview", "another kiosk")
            )
            what = event_name(line.type)
            who = person(line.actor, detail.names)
            head = f"{when_text(line.occurred_at, zone, now)}  {what} · {who} · {where}"
            entry = text(head, "history-line", name=f"history-{number}")
            self.history.addWidget(entry)
            if line.note and line.type != "exception.raised":
                self.history.addWidget(text(f"“{line.note}”", "history-note"))

    def _show_decisions(self, detail: ExceptionDetail, zone: tzinfo | None, now: datetime) -> None:
        _clear(self.decisions)
        merged = detail.merged
        heading = (
            QCoreApplication.translate("ExceptionOverview", "Decisions")
            if len(merged.decisions) > 1
            else QCoreApplication.translate("ExceptionOverview", "Decision")
        )
        self.decisions.addWidget(text(heading, "section-title"))
        if merged.conflict:
            conflict = QCoreApplication.translate("ExceptionOverview", CONFLICT_TEXT)
            self.decisions.addWidget(text(conflict, "warning", name="detail-conflict-text"))
        if not merged.decisions:
            self.decisions.addWidget(
                text(
                    QCoreApplication.translate("ExceptionOverview", "No decision yet."),
                    "caption",
                    name="no-decision",
                )
            )
        for number, decision in enumerate(merged.decisions):
            stands = not merged.conflict and number == 0 and len(merged.decisions) > 1
            set_aside = not merged.conflict and number > 0
            self.decisions.addWidget(
                _decision_card(
                    decision,
                    detail,
                    number,
                    zone,
                    now,
                    conflict=merged.conflict,
                    stands=stands,
                    set_aside=set_aside,
                )
            )


def _decision_card(
    decision: Decision,
    detail: ExceptionDetail,
    number: int,
    zone: tzinfo | None,
    now: datetime,
    *,
    conflict: bool,
    stands: bool,
    set_aside: bool,
) -> QFrame:
    frame = QFrame()
    frame.setObjectName(f"decision-{number}")
    frame.setProperty("role", "decision")
    frame.setProperty("tone", "conflict" if conflict else "set-aside" if set_aside else "")
    column = QVBoxLayout(frame)
    column.setContentsMargins(22, 16, 22, 16)
    column.setSpacing(4)
    kind = (
        QCoreApplication.translate("ExceptionOverview", "Resolved")
        if decision.kind == "resolved"
        else QCoreApplication.translate("ExceptionOverview", "Cancelled")
    )
    marker = (
        QCoreApplication.translate("ExceptionOverview", "  ·  stands")
        if stands
        else QCoreApplication.translate("ExceptionOverview", "  ·  set aside")
        if set_aside
        else ""
    )
    numbered = (
        QCoreApplication.translate("ExceptionOverview", "DECISION {value}  ·  ").format(
            value=number + 1
        )
        if conflict
        else ""
    )
    column.addWidget(text(f"{numbered}{kind.upper()}{marker.upper()}", "caption-strong"))
    if decision.kind == "resolved":
        column.addWidget(text(decision.decision, "decision-text", name=f"decision-{number}-text"))
        column.addWidget(
            text(
                QCoreApplication.translate("ExceptionOverview", "Why: {rationale}").format(
                    rationale=decision.rationale
                ),
                "detail",
            )
        )
    else:
        column.addWidget(text(decision.rationale, "decision-text", name=f"decision-{number}-text"))
    if decision.alternatives:
        column.addWidget(
            text(
                QCoreApplication.translate(
                    "ExceptionOverview", "Also considered: {alternatives}"
                ).format(alternatives=decision.alternatives),
                "detail",
            )
        )
    when = next((h.occurred_at for h in detail.history if h.event_id == decision.event_id), "")
    where = next((h.here for h in detail.history if h.event_id == decision.event_id), False)
    who = person(decision.decided_by, detail.names)
    column.addWidget(
        text(
            f"{who} · {when_text(when, zone, now)} · {_kiosk_words(where=bool(where))}",
            "caption",
        )
    )
    return frame


def _kiosk_words(*, where: bool) -> str:
    """Where a decision was made: on this kiosk or on another one of the line."""
    if where:
        return QCoreApplication.translate("ExceptionOverview", "this kiosk")
    return QCoreApplication.translate("ExceptionOverview", "another kiosk")


def _card(layout: QLayout, name: str) -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    frame.setObjectName(name)
    layout.setContentsMargins(24, 18, 24, 18)
    frame.setLayout(layout)
    return frame


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
