"""Several fields sharing one keypad: the field tapped last is the one the keypad types into."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit

from ui.widgets.keypad import Keypad
from ui.widgets.touch import set_style_property

_TAKES_FOCUS = (QEvent.Type.MouseButtonPress, QEvent.Type.FocusIn)


class KeypadFields(QObject):
    """Tracks the active field, highlights it, and names the keypad's OK for it.

    `ok_labels[i]` is what OK reads while `fields[i]` is active ("Next" on all but the last).
    """

    def __init__(
        self, keypad: Keypad, fields: Sequence[QLineEdit], ok_labels: Sequence[str]
    ) -> None:
        super().__init__(keypad)
        self._keypad = keypad
        self._fields = list(fields)
        self._labels = list(ok_labels)
        self._active = self._fields[0]
        for entry in self._fields:
            entry.installEventFilter(self)

    def active(self) -> QLineEdit:
        return self._active

    def is_last(self) -> bool:
        return self._active is self._fields[-1]

    def activate(self, target: QLineEdit) -> None:
        self._active = target
        for entry in self._fields:
            set_style_property(entry, "active", entry is target)
        self._keypad.set_target(target)
        self._keypad.set_ok_text(self._labels[self._fields.index(target)])
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def advance(self) -> None:
        """On to the next field (OK or Enter on any but the last)."""
        index = self._fields.index(self._active)
        self.activate(self._fields[min(index + 1, len(self._fields) - 1)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        tapped = event.type() in _TAKES_FOCUS and isinstance(watched, QLineEdit)
        if tapped and watched is not self._active and watched in self._fields:
            assert isinstance(watched, QLineEdit)
            self.activate(watched)
        return False
