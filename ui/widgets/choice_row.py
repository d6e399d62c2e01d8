"""A row of large toggle buttons of which exactly one is chosen (a segmented control)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ui.widgets.touch import button


class ChoiceRow(QWidget):
    """`options` are (key, label); `picked(key)` when a person taps one."""

    picked = Signal(str)

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        *,
        name: str,
        height: int = 72,
        min_width: int = 200,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for number, (key, label) in enumerate(options):
            made = button(label, height=height, name=f"{name}-{key}")
            made.setCheckable(True)
            made.setMinimumWidth(min_width)
            made.setProperty("variant", "choice")
            edge = "first" if number == 0 else "last" if number == len(options) - 1 else "middle"
            made.setProperty("edge", edge)
            made.clicked.connect(lambda _checked=False, k=key: self.picked.emit(k))
            self._group.addButton(made)
            self.buttons[key] = made
            row.addWidget(made)
        self.buttons[options[0][0]].setChecked(True)

    def current(self) -> str:
        for key, made in self.buttons.items():
            if made.isChecked():
                return key
        return next(iter(self.buttons))

    def set_current(self, key: str) -> None:
        self.buttons[key].setChecked(True)

    def set_label(self, key: str, label: str) -> None:
        self.buttons[key].setText(label)
