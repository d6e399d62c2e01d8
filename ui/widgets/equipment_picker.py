"""The line's equipment as big tiles: a lead names the machine that stopped in one tap."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from ui.widgets.touch import button, set_style_property, text

COLUMNS = 3
TILE_HEIGHT = 112


class EquipmentPicker(QWidget):
    """Emits `chosen(name)` when a tile is tapped; the stop's current equipment is marked."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("equipment-picker")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.question = text("", "card-title", name="equipment-question")
        column.addWidget(self.question)
        self.hint = text(
            self.tr("Tap the machine that stopped. The line's patterns count stops by machine."),
            "caption",
            name="equipment-hint",
        )
        column.addWidget(self.hint)
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        column.addLayout(self._grid)
        self.empty = text(
            self.tr("No equipment is known for this line yet."), "empty", name="equipment-empty"
        )
        self.empty.hide()
        column.addWidget(self.empty)
        column.addStretch(1)
        self.tiles: dict[str, QPushButton] = {}

    def show_equipment(self, question: str, names: Sequence[str], current: str | None) -> None:
        """Fresh tiles for `names`; the one named `current` is drawn as chosen."""
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = {}
        self.question.setText(question)
        for number, name in enumerate(names):
            shown = name.replace("&", "&&")  # a single & would underline the next letter
            tile = button(shown, height=TILE_HEIGHT, variant="tile", name=f"equipment-{number}")
            set_style_property(tile, "primary", name == current)
            tile.clicked.connect(lambda _checked=False, chosen=name: self.chosen.emit(chosen))
            self._grid.addWidget(tile, number // COLUMNS, number % COLUMNS)
            self.tiles[name] = tile
        self.empty.setVisible(not names)
