"""A few lines of free text typed on the on-screen keyboard, never longer than the service takes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ui import look

LINE_PX = 34  # the theme's 24 px text with its line spacing (at normal text size)


class TypedText(QPlainTextEdit):
    """`lines` tall; the text is cut at `max_chars` as it is typed (the service would refuse it)."""

    def __init__(
        self,
        *,
        name: str,
        placeholder: str,
        lines: int = 2,
        max_chars: int = 2000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "typed-text")
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setFixedHeight(lines * look.scaled(LINE_PX) + 24)  # + padding and border
        self.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, on=False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._max = max_chars
        self.textChanged.connect(self._cut)

    def words(self) -> str:
        return self.toPlainText().strip()

    def _cut(self) -> None:
        if len(self.toPlainText()) > self._max:
            self.setPlainText(self.toPlainText()[: self._max])
            self.moveCursor(self.textCursor().MoveOperation.End)
