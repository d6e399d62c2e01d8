"""A few lines of free text (a downtime note, handoff notes): typed on the on-screen keyboard
(ui.widgets.keyboard_dock), or on a physical one where the kiosk has it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

MIN_HEIGHT = 104


class NoteField(QPlainTextEdit):
    """A large text box; `edited()` whenever the words change."""

    edited = Signal()

    def __init__(
        self, *, name: str, placeholder: str, max_chars: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "note")
        self.setPlaceholderText(placeholder)
        self.setMinimumHeight(MIN_HEIGHT)
        self.setTabChangesFocus(True)
        self.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, on=False)
        self._max = max_chars
        self.textChanged.connect(self._changed)

    def words(self) -> str:
        return self.toPlainText().strip()

    def _changed(self) -> None:
        if len(self.toPlainText()) > self._max:  # the service refuses longer: never let it grow
            cursor = self.textCursor()
            self.setPlainText(self.toPlainText()[: self._max])
            cursor.movePosition(cursor.MoveOperation.End)
            self.setTextCursor(cursor)
        self.edited.emit()
