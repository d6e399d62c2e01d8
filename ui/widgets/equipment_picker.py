"""The line's equipment as big tiles: a lead names the machine that stopped in one tap."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from ui.widgets.touch import set_style_property, text
from ui.widgets.wrapping_button import wrapping_button

if TYPE_CHECKING:
    from harmony_kiosk.domain.plant import Equipment

COLUMNS = 3
TILE_HEIGHT = 128  # two lines of a long (Spanish) name and the code, in large text


class EquipmentPicker(QWidget):
    """Emits `chosen(code)` when a tile is tapped; the stop's current equipment is marked."""

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

    def show_equipment(
        self,
        question: str,
        items: Sequence[Equipment],
        current: str | None,
        language: str = "en",
    ) -> None:
        """Fresh tiles for the line's `items`, by name in `language`, each with its code below;
        the one whose code (or, for stops named before the list, name) is `current` is drawn
        as chosen. A tap emits the equipment's code."""
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = {}
        self.question.setText(question)
        ordered = sorted(items, key=lambda item: item.name_in(language).casefold())
        for number, item in enumerate(ordered):
            # Long (Spanish) names wrap; the code under the name is what the asset tag says.
            tile = wrapping_button(
                (item.name_in(language), "tile-label"), (item.id, "result-path"), height=TILE_HEIGHT
            )
            tile.setObjectName(f"equipment-{number}")
            tile.setProperty("variant", "tile")
            set_style_property(tile, "primary", current in (item.id, item.name))
            tile.clicked.connect(lambda _checked=False, chosen=item.id: self.chosen.emit(chosen))
            self._grid.addWidget(tile, number // COLUMNS, number % COLUMNS)
            self.tiles[item.id] = tile
        self.empty.setVisible(not ordered)
