"""The step runner's page while its job is on quality hold: what holds it and who can release it."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from harmony_kiosk.domain.exception_merge import roles_allowed
from ui.exception_wording import when_text
from ui.role_wording import role_name
from ui.widgets.touch import button, text

if TYPE_CHECKING:
    from ui.exception_reads import HoldInfo


def who_releases() -> str:
    """ "Quality", from the same rule the service applies (DESIGN.md section 6)."""
    roles = roles_allowed("exception.released", "quality")
    return QCoreApplication.translate("ExceptionHold", " or ").join(
        sorted(role_name(role) for role in roles)
    )


class HoldPanel(QFrame):
    """Plain words: the job is held, by which exception, and only quality can release it."""

    pause_requested = Signal()
    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "hold")
        self.setObjectName("hold-panel")
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 36, 48, 36)
        column.setSpacing(18)
        column.addWidget(
            text(
                QCoreApplication.translate("ExceptionHold", "‖  This job is on quality hold"),
                "hold-title",
                name="hold-title",
            )
        )
        self.what = text("", "notice-text", name="hold-what")
        column.addWidget(self.what)
        self.who = text("", "lead-strong", name="hold-who")
        column.addWidget(self.who)
        column.addWidget(
            text(
                QCoreApplication.translate(
                    "ExceptionHold", "Your answers so far are saved. Pause the job, or check again."
                ),
                "notice-hint",
            )
        )
        column.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(20)
        self.pause_button = button(
            QCoreApplication.translate("ExceptionHold", "Pause and go home"),
            height=96,
            name="hold-pause",
        )
        self.pause_button.setMinimumWidth(320)
        self.check_button = button(
            QCoreApplication.translate("ExceptionHold", "Check again"),
            primary=True,
            height=96,
            name="hold-check",
        )
        self.check_button.setMinimumWidth(320)
        self.pause_button.clicked.connect(self.pause_requested)
        self.check_button.clicked.connect(self.check_requested)
        row.addWidget(self.pause_button)
        row.addStretch(1)
        row.addWidget(self.check_button)
        column.addLayout(row)

    def show_hold(self, hold: HoldInfo, line_name: str, zone: tzinfo | None, now: datetime) -> None:
        said = (
            f"“{hold.text}”"
            if hold.text
            else QCoreApplication.translate("ExceptionHold", "a quality exception")
        )
        when = when_text(hold.raised_at, zone, now)
        self.what.setText(
            QCoreApplication.translate(
                "ExceptionHold", "Held by {said}, raised by {raised_by} at {when}."
            ).format(said=said, raised_by=hold.raised_by, when=when)
        )
        self.who.setText(
            QCoreApplication.translate(
                "ExceptionHold",
                "Only {who} can release it: ask them to open this exception on any "
                "kiosk of {line} and tap “Release the hold”.",
            ).format(who=who_releases(), line=line_name)
        )
