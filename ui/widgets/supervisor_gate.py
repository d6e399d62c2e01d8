"""A supervisor's badge and PIN on the large keypad: the guard in front of the kiosk's settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.widgets.badge_pin import BadgePinForm


class SupervisorGate(BadgePinForm):
    """The badge-and-PIN form with the maintenance menu's words; the screen checks the role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("SupervisorGate", "Maintenance"),
            QCoreApplication.translate(
                "SupervisorGate", "For a supervisor: scan your badge, then enter your PIN."
            ),
            QCoreApplication.translate("SupervisorGate", "Open"),
            name="supervisor",
            parent=parent,
        )
