"""A card of labelled facts, one under the other: "DEVICE" over its id, and so on."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.widgets.touch import text


class FactsCard(QFrame):
    """A title and a list of (label, value); `show_facts` replaces the list."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(32, 24, 32, 24)
        self._column.setSpacing(4)
        self._column.addWidget(text(title, "card-title"))
        self._rows: list[QLabel] = []
        self._labels: list[str] = []
        self._column.addStretch(1)

    def show_facts(self, facts: Sequence[tuple[str, str]]) -> None:
        labels = [label for label, _ in facts]
        if labels == self._labels:  # the same rows: only the values change (every poll)
            for position, (_, value) in enumerate(facts):
                self._rows[2 * position + 1].setText(value)
            return
        self._labels = labels
        for row in self._rows:
            self._column.removeWidget(row)
            row.hide()  # deleted later: until then it must not be painted
            row.deleteLater()
        self._rows = []
        for position, (label, value) in enumerate(facts):
            caption = text(label.upper(), "caption-strong")
            caption.setContentsMargins(0, 8, 0, 0)
            shown = text(value, "detail", name=f"fact-{label.lower().replace(' ', '-')}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._column.insertWidget(1 + 2 * position, caption)
            self._column.insertWidget(2 + 2 * position, shown)
            self._rows.extend((caption, shown))

    def value(self, label: str) -> str:
        """The value shown for `label` ("" if none): for tests."""
        wanted = f"fact-{label.lower().replace(' ', '-')}"
        for row in self._rows:
            if row.objectName() == wanted:
                return row.text()
        return ""
