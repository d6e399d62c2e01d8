"""Job completion: good and scrap counts on the keypad, then Complete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.errors import InvalidEntry, KnownError
from ui.exception_context import RaiseContext
from ui.place import Place
from ui.refusal_wording import refusal_text
from ui.screens.frame import Screen
from ui.widgets.keypad import Keypad
from ui.widgets.keypad_fields import KeypadFields
from ui.widgets.touch import button, card, field, text
from ui.wording import instruction_title
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.jobs import JobService, JobView

MAX_COUNT_DIGITS = 6


class CompletionScreen(Screen):
    """All steps are answered: how many good, how many scrap. Empty counts as zero."""

    completed = Signal(object)  # JobView
    back = Signal(object)  # JobView: review the steps again

    def __init__(
        self,
        worker: Worker,
        jobs: JobService,
        place: Place,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(clock, place, parent)
        self._worker = worker
        self._jobs = jobs
        self._session: OperatorSession | None = None
        self._view: JobView | None = None

        row = QHBoxLayout()
        row.setSpacing(32)
        self.body.addLayout(row, 1)
        row.addWidget(self._build_summary(), 5)
        self.keypad = Keypad(ok_text=QCoreApplication.translate("Completion", "Next"))
        self.keypad.submitted.connect(self._keypad_ok)
        pad = QVBoxLayout()
        pad.addWidget(self.keypad)
        pad.addStretch(1)
        row.addLayout(pad, 4)

        self.back_button = button(
            QCoreApplication.translate("Completion", "←  Back to steps"),
            height=84,
            name="back-to-steps",
        )
        self.complete_button = button(
            QCoreApplication.translate("Completion", "Complete job  ✓"),
            primary=True,
            name="complete",
        )
        self.complete_button.setMinimumWidth(360)
        self.action_row.addWidget(self.back_button)
        self.action_row.addStretch(1)
        self.action_row.addWidget(self.complete_button)
        self.back_button.clicked.connect(self._back)
        self.complete_button.clicked.connect(self._complete)
        self.fields = KeypadFields(
            self.keypad,
            (self.good_field, self.scrap_field),
            (
                QCoreApplication.translate("Completion", "Next"),
                QCoreApplication.translate("Completion", "Done"),
            ),
        )
        self.good_field.returnPressed.connect(self.fields.advance)
        self.scrap_field.returnPressed.connect(self._complete)
        self.offer_raise_exception()

    def _build_summary(self) -> QWidget:
        """What was done, what is left, and the two count fields."""
        summary = card()
        column = QVBoxLayout(summary)
        column.setContentsMargins(36, 28, 36, 28)
        column.setSpacing(12)
        column.addWidget(
            text(
                QCoreApplication.translate("Completion", "✓  All steps done"),
                "title",
                name="completion-title",
            )
        )
        self.order = text("", "lead", name="completion-order")
        column.addWidget(self.order)
        self.remaining = text("", "lead-strong", name="completion-remaining")
        column.addWidget(self.remaining)
        column.addWidget(
            text(
                QCoreApplication.translate(
                    "Completion", "How many did you make? Empty counts as 0."
                ),
                "lead",
            )
        )
        self.nonconforming = text("", "warning", name="completion-nonconforming")
        column.addWidget(self.nonconforming)
        column.addSpacing(8)
        counts = QGridLayout()
        counts.setHorizontalSpacing(20)
        counts.setVerticalSpacing(6)
        counts.addWidget(
            text(QCoreApplication.translate("Completion", "Good"), "field-label"), 0, 0
        )
        counts.addWidget(
            text(QCoreApplication.translate("Completion", "Scrap"), "field-label"), 0, 1
        )
        self.good_field = field(name="good")
        self.scrap_field = field(name="scrap")
        for count_field, column_index in ((self.good_field, 0), (self.scrap_field, 1)):
            count_field.setMaxLength(MAX_COUNT_DIGITS)
            count_field.setProperty("role", "value")
            count_field.setMinimumHeight(96)
            counts.addWidget(count_field, 1, column_index)
        column.addLayout(counts)
        self.message = text("", "error", name="completion-message")
        self.message.hide()
        column.addWidget(self.message)
        column.addStretch(1)
        return summary

    def begin(self, session: OperatorSession, view: JobView) -> None:
        self._session, self._view = session, view
        self.set_person(session)
        title = instruction_title(view.version, session.language)
        self.header.set_place(
            f"{view.work_order.id} · {view.work_order.product_id}",
            f"{title} · {view.version.instruction_id} v{view.version.version}",
        )
        steps = len(view.version.steps)
        answered = QCoreApplication.translate(
            "Completion", "%n step(s) answered for {order}.", "", steps
        )
        self.order.setText(answered.format(order=view.work_order.id))
        self.remaining.setText(
            QCoreApplication.translate(
                "Completion", "{remaining} of {quantity} left on this order."
            ).format(remaining=view.remaining, quantity=view.work_order.quantity)
        )
        found = len(view.nonconformances)
        self.nonconforming.setText(
            QCoreApplication.translate(
                "Completion", "⚠  %n nonconformance(s) recorded in this job", "", found
            )
            if found
            else ""
        )
        self.nonconforming.setVisible(bool(found))
        self.good_field.clear()
        self.scrap_field.clear()
        self._say("")
        self._set_enabled(True)
        self.activate(self.good_field)

    def exception_context(self) -> RaiseContext:
        view = self._view
        return RaiseContext(view.job.id, None, view.work_order.id) if view else RaiseContext()

    def activate(self, target: QLineEdit) -> None:
        self.fields.activate(target)

    def _keypad_ok(self) -> None:
        if self.fields.is_last():
            self._complete()
        else:
            self.fields.advance()

    def _complete(self) -> None:
        session, view = self._session, self._view
        if session is None or view is None:
            return
        try:
            good, scrap = _count(self.good_field.text()), _count(self.scrap_field.text())
        except InvalidEntry as error:
            self._say(error.message)
            return
        jobs, job_id = self._jobs, view.job.id
        self._set_enabled(False)
        self._worker.run(
            lambda: jobs.complete(session, job_id, good, scrap), self._done, self._refused
        )

    def _done(self, view: JobView) -> None:
        self._set_enabled(True)
        self.completed.emit(view)

    def _refused(self, error: KnownError) -> None:
        self._set_enabled(True)
        self._say(refusal_text(error))

    def _back(self) -> None:
        if self._view is not None:
            self.back.emit(self._view)

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.good_field, self.scrap_field, self.keypad, self.complete_button):
            widget.setEnabled(enabled)
        self.back_button.setEnabled(enabled)


def _count(typed: str) -> int:
    """What was typed in a count field: empty is zero; anything but digits is refused."""
    cleaned = typed.strip()
    if not cleaned:
        return 0
    if not cleaned.isdigit() or not cleaned.isascii():
        raise InvalidEntry(
            QCoreApplication.translate("Completion", "“{typed}” is not a whole number.").format(
                typed=typed
            )
        )
    return int(cleaned)
