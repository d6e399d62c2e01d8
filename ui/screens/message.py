"""A calm full-screen message: the database cannot be used, or something unexpected went wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from ui.screens.frame import Screen
from ui.widgets.touch import button, card, text


class MessageScreen(Screen):
    """A title, a plain message, and one way on (or none, while the kiosk waits by itself).
    Never a stack trace. A second way on is offered where there is one (enrol a new kiosk)."""

    acted = Signal()
    other_acted = Signal()

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
        self.other_action = button("", height=88, name="message-other-action")
        self.other_action.setMinimumWidth(320)
        self.other_action.clicked.connect(self.other_acted)
        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self.action)
        actions.addWidget(self.other_action)
        actions.addStretch(1)
        column.addLayout(actions)
        row.addWidget(panel, 8)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(2)

    def show_message(
        self, title: str, message: str, hint: str, action: str, other_action: str = ""
    ) -> None:
        """An empty `action` shows no button: the screen goes away by itself."""
        self.title.setText(title)
        self.text.setText(message)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self.other_action.setText(other_action)
        self.other_action.setVisible(bool(other_action))
