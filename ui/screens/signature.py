"""The signature screen: what is being signed, then the signer's badge and PIN on the keypad."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.domain.instructions import SignatureStep, Step
from harmony_kiosk.errors import KnownError
from ui.place import Place
from ui.refusal_wording import refusal_text
from ui.role_wording import role_name
from ui.screens.frame import Screen
from ui.widgets.keypad import Keypad
from ui.widgets.keypad_fields import KeypadFields
from ui.widgets.text_scroll import TextScroll
from ui.widgets.touch import button, card, field, set_style_property, text
from ui.wording import instruction_title, meaning_name, step_text, step_title
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.jobs import JobService, JobView, StepOutcome


class SignatureScreen(Screen):
    """An e-signature re-asks for a PIN. The badge is prefilled, and anyone may change it:
    a quality inspector can walk up and sign with their own."""

    signed = Signal(object)  # StepOutcome
    cancelled = Signal()

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
        self._step: SignatureStep | None = None

        row = QHBoxLayout()
        row.setSpacing(32)
        self.body.addLayout(row, 1)
        row.addWidget(TextScroll(self._build_about()), 5)  # large text may not fit
        row.addLayout(self._build_entry(), 4)

        self.cancel_button = button(
            QCoreApplication.translate("Signature", "Cancel"), height=84, name="cancel-signature"
        )
        self.cancel_button.setMinimumWidth(200)
        self.action_row.addWidget(self.cancel_button)
        self.action_row.addStretch(1)
        self.cancel_button.clicked.connect(self.cancelled)
        # The keypad's OK reads "Sign" once the PIN is being typed: one place to sign.
        self.keypad.submitted.connect(self._keypad_ok)
        self.fields = KeypadFields(
            self.keypad,
            (self.badge_field, self.pin_field),
            (
                QCoreApplication.translate("Signature", "Next"),
                QCoreApplication.translate("Signature", "Sign"),
            ),
        )
        self.badge_field.returnPressed.connect(self.fields.advance)
        self.pin_field.returnPressed.connect(self._sign)

    def _build_about(self) -> QWidget:
        """The card that says what is being signed."""
        what = card()
        about = QVBoxLayout(what)
        about.setContentsMargins(36, 28, 36, 28)
        about.setSpacing(12)
        about.addWidget(
            text(QCoreApplication.translate("Signature", "YOU ARE SIGNING"), "caption-strong")
        )
        self.meaning = text("", "meaning", wrap=False, name="signature-meaning")
        about.addWidget(self.meaning, 0, Qt.AlignmentFlag.AlignLeft)
        self.title = text("", "step-title", name="signature-title")
        about.addWidget(self.title)
        self.statement = text("", "rich", name="signature-statement")
        self.statement.setTextFormat(Qt.TextFormat.RichText)
        about.addWidget(self.statement)
        about.addSpacing(8)
        self.order = text("", "detail", name="signature-order")
        about.addWidget(self.order)
        self.role = text("", "detail", name="signature-role")
        about.addWidget(self.role)
        about.addStretch(1)
        about.addWidget(
            text(
                QCoreApplication.translate(
                    "Signature", "Someone else signing? Tap Badge and scan their badge instead."
                ),
                "caption",
            )
        )
        return what

    def _build_entry(self) -> QVBoxLayout:
        """Badge and PIN over the keypad."""
        entry = QVBoxLayout()
        entry.setSpacing(10)
        fields = QHBoxLayout()
        fields.setSpacing(16)
        badge_column = QVBoxLayout()
        badge_column.addWidget(
            text(QCoreApplication.translate("Signature", "Badge"), "field-label")
        )
        self.badge_field = field(name="signer-badge")
        self.badge_field.setMaxLength(32)
        badge_column.addWidget(self.badge_field)
        pin_column = QVBoxLayout()
        pin_column.addWidget(text(QCoreApplication.translate("Signature", "PIN"), "field-label"))
        self.pin_field = field(
            password=True,
            name="signer-pin",
            placeholder=QCoreApplication.translate("Signature", "PIN"),
        )
        self.pin_field.setMaxLength(12)
        pin_column.addWidget(self.pin_field)
        fields.addLayout(badge_column, 1)
        fields.addLayout(pin_column, 1)
        entry.addLayout(fields)
        self.message = text("", "error", name="signature-message")
        self.message.hide()
        entry.addWidget(self.message)
        self.keypad = Keypad(ok_text=QCoreApplication.translate("Signature", "Sign"))
        entry.addWidget(self.keypad)
        entry.addStretch(1)
        return entry

    def begin(self, session: OperatorSession, view: JobView, step: Step) -> None:
        """Ask for a signature on `step` of `view`; the current operator's badge is prefilled."""
        assert isinstance(step, SignatureStep)
        self._session, self._view, self._step = session, view, step
        self.set_person(session)
        language = session.language
        self.header.set_place(
            QCoreApplication.translate("Signature", "Signature · {id}").format(
                id=view.work_order.id
            ),
            f"{instruction_title(view.version, language)} · {view.version.instruction_id} "
            f"v{view.version.version}",
        )
        self.meaning.setText(meaning_name(step.meaning).upper())
        set_style_property(self.meaning, "meaning", step.meaning.value)
        self.title.setText(step_title(step, language))
        self.statement.setText(step_text(step, language))
        self.order.setText(
            QCoreApplication.translate("Signature", "Work order {id} · {product_name}").format(
                id=view.work_order.id, product_name=view.product_name
            )
        )
        self.role.setText(
            QCoreApplication.translate("Signature", "Signer needs the {role_name} role").format(
                role_name=role_name(step.role)
            )
        )
        self.badge_field.setText(session.badge)
        self.pin_field.clear()
        self._say("")
        self._set_enabled(True)
        self.activate(self.pin_field)

    def activate(self, target: QLineEdit) -> None:
        self.fields.activate(target)

    def take_scan(self, code: str) -> bool:
        """A signer's badge from the reader (ui/scan_router.py): the badge, then their PIN."""
        if not self.badge_field.isEnabled():
            return False
        self.badge_field.setText(code)
        self.pin_field.clear()
        self._say("")
        self.activate(self.pin_field)
        return True

    def _keypad_ok(self) -> None:
        if self.fields.is_last():
            self._sign()
        else:
            self.fields.advance()

    def _sign(self) -> None:
        session, view, step = self._session, self._view, self._step
        if session is None or view is None or step is None:
            return
        badge, pin = self.badge_field.text(), self.pin_field.text()
        if not pin:
            self._say(
                QCoreApplication.translate("Signature", "Enter the signer's PIN on the keypad.")
            )
            self.activate(self.pin_field)
            return
        jobs, job_id, step_id = self._jobs, view.job.id, step.id
        self._set_enabled(False)
        self._worker.run(
            lambda: jobs.sign(session, job_id, step_id, badge, pin), self._done, self._refused
        )

    def _done(self, outcome: StepOutcome) -> None:
        self.pin_field.clear()
        self._set_enabled(True)
        self.signed.emit(outcome)

    def _refused(self, error: KnownError) -> None:
        self._set_enabled(True)
        self.pin_field.clear()
        self._say(refusal_text(error))
        self.activate(self.pin_field)

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.badge_field, self.pin_field, self.keypad):
            widget.setEnabled(enabled)
        self.cancel_button.setEnabled(enabled)
