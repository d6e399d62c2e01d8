"""The "Enrol with server" form: server address, enrolment code, an optional plant CA bundle."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from harmony_kiosk.errors import InvalidEntry
from ui.widgets.touch import field, set_style_property, text

ENTRY_HEIGHT = 72


@dataclass(frozen=True)
class EnrolEntry:
    """What the supervisor typed, checked for shape (the server judges the rest)."""

    server_url: str
    code: str
    ca_bundle: Path | None


class EnrolForm(QFrame):
    """Three text fields taking keyboard input (an on-screen keyboard comes later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(6)
        column.addWidget(
            text(QCoreApplication.translate("EnrolForm", "Enrol with server"), "card-title")
        )
        self.url_field = self._entry(
            column,
            QCoreApplication.translate("EnrolForm", "Server address"),
            "url",
            "https://harmony.plant:8470",
        )
        self.code_field = self._entry(
            column,
            QCoreApplication.translate("EnrolForm", "Enrolment code"),
            "code",
            "XXXX-XXXX-XXXX-XXXX",
        )
        self.ca_field = self._entry(
            column,
            QCoreApplication.translate("EnrolForm", "Plant CA bundle (optional)"),
            "ca-bundle",
            "/etc/harmony/plant-ca.pem",
        )
        column.addSpacing(8)
        self.message = text("", "status", name="enrol-message")
        self.message.hide()
        column.addWidget(self.message)
        column.addStretch(1)

    @staticmethod
    def _entry(column: QVBoxLayout, label: str, name: str, placeholder: str) -> QLineEdit:
        column.addWidget(text(label, "field-label"))
        entry = field(name=f"enrol-{name}", placeholder=placeholder)
        entry.setProperty("role", "text-entry")
        entry.setMinimumHeight(ENTRY_HEIGHT)
        entry.setMaxLength(500)
        column.addWidget(entry)
        column.addSpacing(4)
        return entry

    def entry(self) -> EnrolEntry:
        """The typed values, or InvalidEntry saying what is missing."""
        url = self.url_field.text().strip()
        code = self.code_field.text().strip()
        ca = self.ca_field.text().strip()
        if not url.startswith(("https://", "http://")):
            raise InvalidEntry(
                QCoreApplication.translate(
                    "EnrolForm", "Type the server's address, starting with https://"
                )
            )
        if not code:
            raise InvalidEntry(
                QCoreApplication.translate(
                    "EnrolForm", "Type the enrolment code that `harmony-server enrol-code` gave."
                )
            )
        return EnrolEntry(url, code, Path(ca) if ca else None)

    def set_busy(self, busy: bool) -> None:
        for entry in (self.url_field, self.code_field, self.ca_field):
            entry.setEnabled(not busy)

    def say(self, message: str, role: str) -> None:
        """`role`: status, error or success (the theme's colours)."""
        self.message.setText(message)
        self.message.setVisible(bool(message))
        set_style_property(self.message, "role", role)
