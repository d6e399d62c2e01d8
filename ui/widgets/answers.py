"""The right half of the step runner: one answer panel per step kind, each emitting an Answer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from harmony_kiosk.domain.instructions import MeasurementStep, SignatureStep, Step, StepKind
from harmony_kiosk.domain.jobs import StepRecord
from ui.role_wording import role_name
from ui.widgets.keypad import Keypad
from ui.widgets.touch import button, field, set_style_property, text
from ui.wording import meaning_name, number_text

BIG_ACTION = 128


@dataclass(frozen=True)
class Answer:
    """What the operator gave: acknowledge, measure (value), check (passed), scan (value), sign."""

    action: str
    value: str = ""
    passed: bool = False


class AnswerPanel(QFrame):
    """Shows the recorded answer (if any), takes a new one, and shows why it was refused."""

    answered = Signal(object)  # Answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "answer")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(12)
        self.recorded = text("", "recorded", name="recorded")
        self.recorded.hide()
        self.error = text("", "error", name="answer-error")
        self.error.hide()

    def load(self, step: Step, record: StepRecord | None) -> None:  # noqa: ARG002 (kinds read it)
        self.show_error("")
        if record is None:
            self.recorded.hide()
            return
        good = record.conforming is not False
        self.recorded.setText(self.describe(record))
        set_style_property(self.recorded, "tone", "good" if good else "bad")
        self.recorded.show()

    def describe(self, record: StepRecord) -> str:
        if record.skipped:
            return QCoreApplication.translate("Answers", "Skipped")
        return QCoreApplication.translate("Answers", "✓ Done")

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def set_busy(self, busy: bool) -> None:
        self.setEnabled(not busy)

    def focus_entry(self) -> None:
        """Put the keyboard focus where a scanner or keyboard would type."""

    def draft_text(self) -> str:
        """What was typed and not saved yet (kept as a draft at an idle log-out or a crash)."""
        return ""

    def restore_draft(self, typed: str) -> None:
        """Put a kept draft back where it was typed; kinds without an entry have none."""

    def _emit(self, answer: Answer) -> None:
        self.show_error("")
        self.answered.emit(answer)


class AcknowledgePanel(AnswerPanel):
    """Instruction ("Done reading") and confirm ("Confirm done"): one big button."""

    def __init__(self, hint: str, label: str, done: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._done = done
        self.column.addStretch(1)
        self.column.addWidget(text(hint, "lead"))
        self.action = button(label, primary=True, height=BIG_ACTION, name="acknowledge")
        self.action.clicked.connect(lambda: self._emit(Answer("acknowledge")))
        self.column.addWidget(self.action)
        self.column.addWidget(self.recorded)
        self.column.addWidget(self.error)
        self.column.addStretch(1)

    def describe(self, record: StepRecord) -> str:
        return (
            QCoreApplication.translate("Answers", "Skipped")
            if record.skipped
            else f"✓ {self._done}"
        )


class MeasurementPanel(AnswerPanel):
    """The value field, the unit, and the keypad with the language's decimal separator and "−";
    OK saves. The value goes to the service as typed: "12,5" and "12.5" read the same
    (harmony_kiosk.domain.measurement)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unit_text = ""
        self.column.addWidget(
            text(QCoreApplication.translate("Answers", "Measured value"), "field-label")
        )
        row = QHBoxLayout()
        row.setSpacing(12)
        self.value = field(name="measured-value")
        self.value.setProperty("role", "value")
        self.value.setMaxLength(16)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.value.returnPressed.connect(self._submit)
        row.addWidget(self.value, 1)
        self.unit = text("", "unit", wrap=False, name="unit")
        row.addWidget(self.unit)
        self.column.addLayout(row)
        self.column.addWidget(self.recorded)
        self.column.addWidget(self.error)
        self.keypad = Keypad(decimal=True, ok_text=QCoreApplication.translate("Answers", "Save"))
        self.keypad.set_target(self.value)
        self.keypad.submitted.connect(self._submit)
        self.column.addWidget(self.keypad)
        self.column.addStretch(1)

    def load(self, step: Step, record: StepRecord | None) -> None:
        self._unit_text = step.unit if isinstance(step, MeasurementStep) else ""
        super().load(step, record)
        self.unit.setText(self._unit_text)
        self.unit.setVisible(bool(self._unit_text))
        self.value.clear()

    def describe(self, record: StepRecord) -> str:
        if record.skipped:
            return QCoreApplication.translate("Answers", "Skipped")
        unit = f" {self._unit_text}" if self._unit_text else ""
        verdict = (
            QCoreApplication.translate("Answers", "within limits")
            if record.conforming
            else "nonconforming"
        )
        mark = "✓" if record.conforming else "⚠"
        return QCoreApplication.translate(
            "Answers", "{mark} Recorded {value}{unit} · {verdict}"
        ).format(mark=mark, value=number_text(record.value), unit=unit, verdict=verdict)

    def focus_entry(self) -> None:
        self.value.setFocus(Qt.FocusReason.OtherFocusReason)

    def draft_text(self) -> str:
        return self.value.text()

    def restore_draft(self, typed: str) -> None:
        self.value.setText(typed)

    def _submit(self) -> None:
        if not self.value.text().strip():
            self.show_error(
                QCoreApplication.translate("Answers", "Enter the measured value on the keypad.")
            )
            return
        self._emit(Answer("measure", self.value.text()))


class PassFailPanel(AnswerPanel):
    """Two very large buttons: PASS (green) and FAIL (red)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.addWidget(
            text(QCoreApplication.translate("Answers", "Is it right?"), "field-label")
        )
        self.pass_button = button(
            QCoreApplication.translate("Answers", "✓  PASS"),
            primary=True,
            variant="pass",
            height=150,
            name="pass",
        )
        self.fail_button = button(
            QCoreApplication.translate("Answers", "✗  FAIL"),
            primary=True,
            variant="fail",
            height=150,
            name="fail",
        )
        for choice in (self.pass_button, self.fail_button):
            choice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            choice.setMaximumHeight(210)
            self.column.addWidget(choice, 1)
        self.pass_button.clicked.connect(lambda: self._emit(Answer("check", passed=True)))
        self.fail_button.clicked.connect(lambda: self._emit(Answer("check", passed=False)))
        self.column.addWidget(self.recorded)
        self.column.addWidget(self.error)
        self.column.addStretch(0)

    def describe(self, record: StepRecord) -> str:
        if record.skipped:
            return QCoreApplication.translate("Answers", "Skipped")
        return (
            QCoreApplication.translate("Answers", "✓ Recorded PASS")
            if record.conforming
            else QCoreApplication.translate("Answers", "⚠ Recorded FAIL · nonconforming")
        )


class ScanPanel(AnswerPanel):
    """A field the scanner types into, ending with Enter (a keyboard works the same way)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.addStretch(1)
        self.column.addWidget(
            text(QCoreApplication.translate("Answers", "Scan the code"), "field-label")
        )
        self.code = field(
            name="scan-code",
            placeholder=QCoreApplication.translate("Answers", "Waiting for the scanner…"),
        )
        self.code.setMaxLength(200)
        self.code.returnPressed.connect(self._submit)
        self.column.addWidget(self.code)
        self.column.addWidget(
            text(
                QCoreApplication.translate("Answers", "Or type the code and press Enter."),
                "caption",
            )
        )
        self.column.addWidget(self.recorded)
        self.column.addWidget(self.error)
        self.column.addStretch(2)

    def load(self, step: Step, record: StepRecord | None) -> None:
        super().load(step, record)
        self.code.clear()

    def describe(self, record: StepRecord) -> str:
        return (
            QCoreApplication.translate("Answers", "Skipped")
            if record.skipped
            else QCoreApplication.translate("Answers", "✓ Recorded {value}").format(
                value=record.value
            )
        )

    def show_error(self, message: str) -> None:
        super().show_error(message)
        if message:
            self.code.selectAll()  # the next scan replaces the bad code

    def focus_entry(self) -> None:
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def draft_text(self) -> str:
        return self.code.text()

    def restore_draft(self, typed: str) -> None:
        self.code.setText(typed)

    def scanned(self, code: str) -> None:
        """A scanner's whole code (from ui/scan_router.py): in the field, and sent as by Enter."""
        self.code.setText(code)
        self._submit()

    def _submit(self) -> None:
        if self.code.text().strip():
            self._emit(Answer("scan", self.code.text()))


class SignaturePanel(AnswerPanel):
    """What the signature means and who may give it; "Sign" opens the signature screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.addStretch(1)
        self.meaning = text("", "meaning", wrap=False, name="meaning")
        self.column.addWidget(self.meaning, 0, Qt.AlignmentFlag.AlignLeft)
        self.role = text("", "lead", name="signature-role")
        self.column.addWidget(self.role)
        self.sign_button = button(
            QCoreApplication.translate("Answers", "Sign"),
            primary=True,
            height=BIG_ACTION,
            name="sign",
        )
        self.sign_button.clicked.connect(lambda: self._emit(Answer("sign")))
        self.column.addWidget(self.sign_button)
        self.column.addWidget(self.recorded)
        self.column.addWidget(self.error)
        self.column.addStretch(1)

    def load(self, step: Step, record: StepRecord | None) -> None:
        super().load(step, record)
        if isinstance(step, SignatureStep):
            self.meaning.setText(meaning_name(step.meaning).upper())
            self.role.setText(
                QCoreApplication.translate(
                    "Answers", "Signed with badge and PIN. The signer needs the {role_name} role."
                ).format(role_name=role_name(step.role))
            )

    def describe(self, record: StepRecord) -> str:
        return (
            QCoreApplication.translate("Answers", "Skipped")
            if record.skipped
            else QCoreApplication.translate("Answers", "✓ Signed by badge {value}").format(
                value=record.value
            )
        )


def make_panels() -> dict[StepKind, AnswerPanel]:
    return {
        StepKind.INSTRUCTION: AcknowledgePanel(
            QCoreApplication.translate("Answers", "Read the instruction, then tap:"),
            QCoreApplication.translate("Answers", "Done reading"),
            QCoreApplication.translate("Answers", "Read"),
        ),
        StepKind.CONFIRM: AcknowledgePanel(
            QCoreApplication.translate("Answers", "Do the work described, then tap:"),
            QCoreApplication.translate("Answers", "✓  Confirm done"),
            QCoreApplication.translate("Answers", "Confirmed"),
        ),
        StepKind.MEASUREMENT: MeasurementPanel(),
        StepKind.PASSFAIL: PassFailPanel(),
        StepKind.SCAN: ScanPanel(),
        StepKind.SIGNATURE: SignaturePanel(),
    }
