"""A row of big buttons of which one is chosen: the kind of an exception, its severity."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ui.widgets.touch import button, set_style_property

CHOICE_HEIGHT = 88


class ChoiceRow(QWidget):
    """`options` are (key, label); the chosen one is drawn filled (theme property `chosen`).
    `tone` per key lets the theme colour a choice (severity: low … critical)."""

    chosen = Signal(str)

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        *,
        name: str,
        height: int = CHOICE_HEIGHT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        for key, label in options:
            choice = button(label, height=height, name=f"{name}-{key}")
            choice.setCheckable(True)
            choice.setProperty("choice", key)
            choice.setProperty("chosen", False)
            choice.toggled.connect(lambda on, b=choice: set_style_property(b, "chosen", on))
            choice.clicked.connect(lambda _checked=False, k=key: self.chosen.emit(k))
            self._group.addButton(choice)
            self._buttons[key] = choice
            row.addWidget(choice, 1)

    def button(self, key: str) -> QPushButton:
        return self._buttons[key]

    def value(self) -> str | None:
        checked = self._group.checkedButton()
        return None if checked is None else str(checked.property("choice"))

    def choose(self, key: str | None) -> None:
        """Choose `key` (None: nothing chosen), without emitting `chosen`."""
        if key is None:
            self._group.setExclusive(False)
            for choice in self._buttons.values():
                choice.setChecked(False)
            self._group.setExclusive(True)
            return
        self._buttons[key].setChecked(True)
