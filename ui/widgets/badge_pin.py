"""Someone's badge and PIN on the large keypad, for an act that must be theirs (accepting a
handoff, opening the maintenance menu)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ui.widgets.keypad import Keypad
from ui.widgets.keypad_fields import KeypadFields
from ui.widgets.touch import field, set_style_property, text

KEYPAD_WIDTH = 440


class BadgePinForm(QFrame):
    """Title and hint, badge and PIN fields, the keypad; `submitted(badge, pin)` on its last OK."""

    submitted = Signal(str, str)

    def __init__(
        self, title: str, hint: str, ok_text: str, *, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "card")
        inside = QHBoxLayout(self)
        inside.setContentsMargins(24, 20, 20, 20)
        inside.setSpacing(24)
        form = QVBoxLayout()
        form.setSpacing(6)
        form.addWidget(text(title, "card-title", wrap=False))
        form.addWidget(text(hint, "lead"))
        form.addSpacing(4)
        form.addWidget(text(QCoreApplication.translate("BadgePin", "Badge"), "field-label"))
        self.badge_field = field(
            name=f"{name}-badge", placeholder=QCoreApplication.translate("BadgePin", "Scan or type")
        )
        self.badge_field.setMaxLength(32)
        form.addWidget(self.badge_field)
        form.addWidget(text(QCoreApplication.translate("BadgePin", "PIN"), "field-label"))
        self.pin_field = field(
            password=True,
            name=f"{name}-pin",
            placeholder=QCoreApplication.translate("BadgePin", "PIN"),
        )
        self.pin_field.setMaxLength(12)
        form.addWidget(self.pin_field)
        self.message = text("", "status", name=f"{name}-message")
        form.addWidget(self.message)
        form.addStretch(1)
        inside.addLayout(form, 1)
        self.keypad = Keypad(ok_text=QCoreApplication.translate("BadgePin", "Next"))
        self.keypad.setMinimumWidth(KEYPAD_WIDTH)  # "Accept" fits on its key
        inside.addWidget(self.keypad, 1, Qt.AlignmentFlag.AlignTop)
        self.fields = KeypadFields(
            self.keypad,
            (self.badge_field, self.pin_field),
            (QCoreApplication.translate("BadgePin", "Next"), ok_text),
        )
        self.badge_field.returnPressed.connect(self._badge_entered)
        self.pin_field.returnPressed.connect(self._submit)
        self.keypad.submitted.connect(self._ok)

    def reset(self) -> None:
        self.badge_field.clear()
        self.pin_field.clear()
        self.set_busy(False)
        self.say("")
        self.fields.activate(self.badge_field)

    def refused(self, message: str) -> None:
        """Say why, plainly; the PIN is emptied and asked again."""
        self.set_busy(False)
        self.pin_field.clear()
        self.say(message, "error")
        self.fields.activate(self.pin_field if self.badge_field.text() else self.badge_field)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.badge_field, self.pin_field, self.keypad):
            widget.setEnabled(not busy)

    def say(self, message: str, role: str = "status") -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))
        set_style_property(self.message, "role", role if message else "status")

    def take_scan(self, code: str) -> bool:
        """A badge reader's burst (ui/scan_router.py): the badge filled in, the PIN asked for."""
        if not self.badge_field.isEnabled():
            return False
        self.badge_field.setText(code)
        self.pin_field.clear()
        self.say("")
        self._badge_entered()
        return True

    def _ok(self) -> None:
        if self.fields.active() is self.badge_field:
            self._badge_entered()
        else:
            self._submit()

    def _badge_entered(self) -> None:
        if self.badge_field.text().strip():
            self.fields.activate(self.pin_field)

    def _submit(self) -> None:
        badge, pin = self.badge_field.text().strip(), self.pin_field.text()
        if not badge:
            self.say(
                QCoreApplication.translate("BadgePin", "Scan your badge or type its number."),
                "error",
            )
            self.fields.activate(self.badge_field)
            return
        if not pin:
            self.say(
                QCoreApplication.translate("BadgePin", "Enter your PIN on the keypad."), "error"
            )
            self.fields.activate(self.pin_field)
            return
        self.set_busy(True)
        self.say(QCoreApplication.translate("BadgePin", "Checking…"))
        self.submitted.emit(badge, pin)
