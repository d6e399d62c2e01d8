"""A calm full-screen message: the database cannot be used, or something unexpected went wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from ui.screens.frame import Screen
from ui.widgets.touch import button, card, text


class MessageScreen(Screen):
    """A title, a plain message, and one way on. Never a stack trace."""

    acted = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(clock, None, parent)
        self.header.set_place("Harmony Kiosk", "")
        self.action_bar.hide()
        self.body.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        panel = card("message-card")
        panel.setMaximumWidth(1100)
        column = QVBoxLayout(panel)
        column.setContentsMargins(56, 48, 56, 48)
        column.setSpacing(20)
        self.title = text("", "title", name="message-title")
        column.addWidget(self.title)
        self.text = text("", "message", name="message-text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.text)
        self.hint = text("", "lead", name="message-hint")
        column.addWidget(self.hint)
        column.addSpacing(12)
        self.action = button("", primary=True, name="message-action")
        self.action.setMinimumWidth(320)
        self.action.clicked.connect(self.acted)
        column.addWidget(self.action, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(panel, 8)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(2)

    def show_message(self, title: str, message: str, hint: str, action: str) -> None:
        self.title.setText(title)
        self.text.setText(message)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.action.setText(action)
