"""Login: badge (typed by the reader or on the keypad) and a masked PIN on the large keypad."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.errors import KnownError
from ui.place import Place
from ui.refusal_wording import refusal_text
from ui.screens.frame import Screen
from ui.widgets.keypad import Keypad
from ui.widgets.keypad_fields import KeypadFields
from ui.widgets.touch import MIN_TAP, button, card, field, set_style_property, text
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import AuthService, OperatorSession


class LoginScreen(Screen):
    """Shown first, while the kiosk opens ("Starting…"); badge + PIN once it is ready."""

    logged_in = Signal(object)  # OperatorSession
    maintenance_requested = Signal()

    def __init__(self, worker: Worker, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(clock, None, parent)
        self._worker = worker
        self._auth: AuthService | None = None
        self.header.set_place("Harmony Kiosk", QCoreApplication.translate("Login", "Starting…"))
        self.action_bar.hide()

        # One card in the middle of the page: who you are on the left, the keypad on the right.
        form_card = card()
        form_card.setMaximumWidth(1240)
        inside = QHBoxLayout(form_card)
        inside.setContentsMargins(40, 32, 32, 32)
        inside.setSpacing(40)
        form = QVBoxLayout()
        form.setSpacing(10)
        self.site = text("", "caption", name="site-name")
        form.addWidget(self.site)
        form.addWidget(text(QCoreApplication.translate("Login", "Log in"), "title"))
        form.addWidget(
            text(
                QCoreApplication.translate("Login", "Scan your badge, then enter your PIN."), "lead"
            )
        )
        form.addSpacing(12)
        form.addWidget(text(QCoreApplication.translate("Login", "Badge"), "field-label"))
        self.badge_field = field(
            name="badge", placeholder=QCoreApplication.translate("Login", "Scan or type badge")
        )
        self.badge_field.setMaxLength(32)
        form.addWidget(self.badge_field)
        form.addSpacing(6)
        form.addWidget(text(QCoreApplication.translate("Login", "PIN"), "field-label"))
        self.pin_field = field(
            password=True, name="pin", placeholder=QCoreApplication.translate("Login", "PIN")
        )
        self.pin_field.setMaxLength(12)
        form.addWidget(self.pin_field)
        form.addSpacing(8)
        self.message = text("", "status", name="login-message")
        # Room for two lines is kept, so the card does not jump when a message appears.
        self.message.setMinimumHeight(76)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addWidget(self.message)
        form.addStretch(1)
        form.addWidget(
            text(
                QCoreApplication.translate(
                    "Login", "Badge locked or PIN forgotten? Ask your team lead."
                ),
                "caption",
            )
        )
        inside.addLayout(form, 5)
        inside.addLayout(self._build_pad(), 4)
        row = QHBoxLayout()
        row.addStretch(0)
        row.addWidget(form_card, 1)
        row.addStretch(0)
        self.body.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)

        self.fields = KeypadFields(
            self.keypad,
            (self.badge_field, self.pin_field),
            (
                QCoreApplication.translate("Login", "Next"),
                QCoreApplication.translate("Login", "Log in"),
            ),
        )
        self.badge_field.returnPressed.connect(self._badge_entered)
        self.pin_field.returnPressed.connect(self._submit)
        self.keypad.submitted.connect(self._ok)
        self._set_enabled(False)
        self._say(QCoreApplication.translate("Login", "Starting the kiosk…"), "status")

    def _build_pad(self) -> QVBoxLayout:
        """The keypad, and under it the supervisor's way to the settings (small, but 60 px)."""
        column = QVBoxLayout()
        self.keypad = Keypad(ok_text=QCoreApplication.translate("Login", "Next"))
        column.addWidget(self.keypad)
        column.addStretch(1)
        self.maintenance_button = button(
            QCoreApplication.translate("Login", "Maintenance"),
            variant="quiet",
            height=MIN_TAP,
            name="maintenance",
        )
        self.maintenance_button.setMinimumWidth(220)
        self.maintenance_button.clicked.connect(self.maintenance_requested)
        column.addWidget(self.maintenance_button, 0, Qt.AlignmentFlag.AlignRight)
        return column

    # --- state ---------------------------------------------------------------------------------
    def attach(self, auth: AuthService, place: Place) -> None:
        """The kiosk is open: logins can start."""
        self._auth = auth
        self.set_place(place)
        self.header.set_place(place.station_name, f"{place.station_id} · {place.line_name}")
        self.site.setText(place.site_name)
        self.reset()

    def reset(self, notice: str = "") -> None:
        """Empty fields, badge first: the state an operator walking up should find."""
        self.badge_field.clear()
        self.pin_field.clear()
        self._set_enabled(self._auth is not None)
        self._say(notice, "status")
        self.activate(self.badge_field)

    def is_ready(self) -> bool:
        return self._auth is not None and self.badge_field.isEnabled()

    def activate(self, target: QLineEdit) -> None:
        """Make `target` the field the keypad and the badge reader type into."""
        self.fields.activate(target)

    def active_field(self) -> QLineEdit:
        return self.fields.active()

    # --- input ---------------------------------------------------------------------------------
    def take_scan(self, code: str) -> bool:
        """A badge reader's burst, wherever it was typed (ui/scan_router.py): the badge is
        filled in and the PIN asked for."""
        if not self.is_ready():
            return False
        self.badge_field.setText(code)
        self.pin_field.clear()
        self._say("", "status")
        self._badge_entered()
        return True

    def _badge_entered(self) -> None:
        if self.badge_field.text().strip():
            self.activate(self.pin_field)

    def _ok(self) -> None:
        if self.fields.active() is self.badge_field:
            self._badge_entered()
        else:
            self._submit()

    def _submit(self) -> None:
        auth = self._auth
        if auth is None or not self.badge_field.isEnabled():
            return
        badge, pin = self.badge_field.text(), self.pin_field.text()
        if not badge.strip():
            self._say(
                QCoreApplication.translate("Login", "Scan your badge or type its number."), "error"
            )
            self.activate(self.badge_field)
            return
        if not pin:
            self._say(QCoreApplication.translate("Login", "Enter your PIN on the keypad."), "error")
            self.activate(self.pin_field)
            return
        self._set_enabled(False)
        self._say(QCoreApplication.translate("Login", "Checking…"), "status")
        self._worker.run(lambda: auth.login(badge, pin), self._accepted, self._refused)

    def _accepted(self, session: OperatorSession) -> None:
        self.badge_field.clear()
        self.pin_field.clear()
        self._say("", "status")
        self._set_enabled(True)
        self.logged_in.emit(session)

    def _refused(self, error: KnownError) -> None:
        self._set_enabled(True)
        self.pin_field.clear()
        self._say(refusal_text(error), "error")
        self.activate(self.pin_field if self.badge_field.text().strip() else self.badge_field)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.badge_field, self.pin_field, self.keypad, self.maintenance_button):
            widget.setEnabled(enabled)

    def _say(self, message: str, role: str) -> None:
        self.message.setText(message)
        set_style_property(self.message, "role", role if message else "status")
