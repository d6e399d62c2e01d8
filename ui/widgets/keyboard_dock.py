"""The on-screen keyboard (ui.widgets.keyboard), shown under a form while one of its fields is
tapped, hidden again on Done: the kiosk has no physical keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ui.widgets.keyboard import OnScreenKeyboard

TextField = QLineEdit | QPlainTextEdit
_OPENS = (QEvent.Type.MouseButtonPress,)


class KeyboardDock(QWidget):
    """Hidden until one of `fields` is tapped; `opened()` / `closed()` let the form make room."""

    opened = Signal()
    closed = Signal()

    def __init__(self, *fields: TextField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard-dock")
        self.is_open = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(*fields)
        column.addWidget(self.keyboard)
        # Never squeezed below its keys' height by a form that would rather grow: all 5 rows show.
        self.setMinimumHeight(self.keyboard.minimumSizeHint().height())
        self._watched: dict[QObject, TextField] = {}
        for entry in fields:
            # A text box receives taps on its viewport; a line field on itself.
            tapped = entry.viewport() if isinstance(entry, QPlainTextEdit) else entry
            tapped.installEventFilter(self)
            self._watched[tapped] = entry
        self.hide()

    def open_for(self, target: TextField) -> None:
        self.keyboard.set_target(target)
        if not self.is_open:
            # The form makes room first, then the keys appear: the page never outgrows the
            # screen, not even for a moment (a top-level window would grow and stay grown).
            self.is_open = True
            self.opened.emit()
            self.show()

    def close_keyboard(self) -> None:
        if self.is_open:
            self.is_open = False
            self.hide()
            self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        entry = self._watched.get(watched)
        if entry is not None and event.type() in _OPENS and entry.isEnabled():
            self.open_for(entry)
        return False
