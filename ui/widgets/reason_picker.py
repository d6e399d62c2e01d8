"""The downtime reason tree by touch: big tiles, one level at a time, a breadcrumb, Back, search.

A reason with children opens them; a reason without is chosen. The tree has at most three
levels (ReasonTree checks it), so any reason is at most three taps away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.marked import QT_TRANSLATE_NOOP
from ui.widgets.keyboard_dock import KeyboardDock
from ui.widgets.touch import button, field, text
from ui.widgets.wrapping_button import wrapping_button

if TYPE_CHECKING:
    from harmony_kiosk.domain.reasons import ReasonCode, ReasonTree

COLUMNS = 4
TILE_HEIGHT = 112
RESULT_HEIGHT = 84  # two lines: the reason, and where it sits in the tree
RESULT_COLUMNS = 3
MAX_RESULTS = 9
TOP_TITLE = QT_TRANSLATE_NOOP("ReasonPicker", "What stopped the station?")


class ReasonPicker(QWidget):
    """Emits `chosen(ReasonCode)` once a reason without children is tapped (or found)."""

    chosen = Signal(object)  # ReasonCode

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason-picker")
        self._tree: ReasonTree | None = None
        self._language = "en"
        self._at: str | None = None  # the reason whose children are shown (None: top level)
        self._top_title = QCoreApplication.translate("ReasonPicker", TOP_TITLE)
        self.tiles: dict[str, QPushButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)

        top = QHBoxLayout()
        top.setSpacing(20)
        self.back_button = button(
            QCoreApplication.translate("ReasonPicker", "←  Back"), name="reason-back", height=72
        )
        self.back_button.setMinimumWidth(160)
        self.back_button.clicked.connect(self.go_up)
        top.addWidget(self.back_button)
        self.crumb = text(self._top_title, "card-title", name="reason-crumb")
        top.addWidget(self.crumb, 1)
        self.search = field(
            name="reason-search",
            placeholder=QCoreApplication.translate("ReasonPicker", "Search: jam, atasco…"),
        )
        self.search.setProperty("role", "text-entry")
        self.search.setMinimumWidth(360)
        self.search.setMinimumHeight(72)
        self.search.textChanged.connect(self._searched)
        top.addWidget(self.search)
        column.addLayout(top)

        self.pages = QStackedWidget()
        self.tile_page = QWidget()
        self.grid = QGridLayout(self.tile_page)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self.pages.addWidget(self.tile_page)
        self.result_page = QWidget()
        self.results = QGridLayout(self.result_page)
        self.results.setContentsMargins(0, 0, 0, 0)
        self.results.setSpacing(16)
        self.pages.addWidget(self.result_page)
        column.addWidget(self.pages, 1)
        self.dock = KeyboardDock(self.search)
        self.dock.keyboard.entered.connect(self.dock.close_keyboard)
        self.dock.opened.connect(self._refresh_results)
        self.dock.closed.connect(self._refresh_results)
        column.addWidget(self.dock)

    def set_tree(self, tree: ReasonTree, language: str) -> None:
        self._tree = tree
        self._language = language
        self.reset()

    def set_question(self, question: str) -> None:
        """What the top level asks ("What stopped the station at 09:20?")."""
        self._top_title = question

    def reset(self) -> None:
        """Back to the top level, the search emptied, the keyboard put away."""
        with QSignalBlocker(self.search):
            self.search.clear()
        self.dock.close_keyboard()
        self._show_level(None)

    def go_up(self) -> None:
        if self.pages.currentWidget() is self.result_page:
            self.reset()
            return
        if self._tree is None or self._at is None:
            return
        self._show_level(self._tree.get(self._at).parent)

    def search_field(self) -> QLineEdit:
        return self.search

    def result_buttons(self) -> list[QPushButton]:
        found = self.result_page.findChildren(QPushButton)
        return [b for b in found if b.isVisibleTo(self.result_page)]

    # --- levels ----------------------------------------------------------------------------------
    def _show_level(self, code: str | None) -> None:
        tree = self._tree
        if tree is None:
            return
        self._at = code
        reasons = tree.top_level() if code is None else tree.children(code)
        self._clear(self.grid)
        self.tiles = {}
        for number, reason in enumerate(reasons):
            tile = self._tile(reason, has_children=not tree.is_leaf(reason.code))
            self.grid.addWidget(tile, number // COLUMNS, number % COLUMNS)
            tile.show()  # at once, not at the next turn of the event loop: a quick finger finds it
            self.tiles[reason.code] = tile
        for col in range(COLUMNS):
            self.grid.setColumnStretch(col, 1)
        rows = (len(reasons) + COLUMNS - 1) // COLUMNS
        # Rows share the height as if there were three: with few tiles, each is taller (easier
        # from afar) but never a slab; with more, they shrink towards TILE_HEIGHT.
        for row in range(rows):
            self.grid.setRowStretch(row, 1)
        self.grid.setRowStretch(rows, max(0, 3 - rows))
        self.crumb.setText(
            self._top_title if code is None else tree.path_text(code, self._language)
        )
        self.back_button.setVisible(code is not None)
        self.pages.setCurrentWidget(self.tile_page)

    def _tile(self, reason: ReasonCode, *, has_children: bool) -> QPushButton:
        label = reason.label_in(self._language)
        tile = wrapping_button(
            (f"{label}  ›" if has_children else label, "tile-label"), height=TILE_HEIGHT
        )
        tile.setObjectName(f"reason-{reason.code}")
        tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        tile.setProperty("variant", "tile")
        tile.setProperty("opens", has_children)
        tile.clicked.connect(lambda: self._tapped(reason))
        return tile

    def _tapped(self, reason: ReasonCode) -> None:
        assert self._tree is not None
        if self._tree.is_leaf(reason.code):
            self.chosen.emit(reason)
        else:
            self._show_level(reason.code)

    # --- search ----------------------------------------------------------------------------------
    def _searched(self, _typed: str) -> None:
        self._refresh_results()

    def _refresh_results(self) -> None:
        """Matches as two-line tiles: three in a row, one row while the keyboard is up."""
        tree, typed = self._tree, self.search.text().strip()
        if tree is None:
            return
        if not typed and not self.dock.is_open:
            self._show_level(self._at)
            return
        found = tree.search(typed, self._language) if typed else []
        room = RESULT_COLUMNS if self.dock.is_open else MAX_RESULTS
        self._clear(self.results)
        self._clear(self.grid)  # the stack makes room for every page: no tiles under the keys
        self.tiles = {}
        if not typed:
            hint = text(
                QCoreApplication.translate(
                    "ReasonPicker", "Type a word of the reason, in English or Spanish."
                ),
                "empty",
            )
            self.results.addWidget(hint, 0, 0, 1, RESULT_COLUMNS)
            self.results.setRowStretch(1, 1)
            self.crumb.setText(QCoreApplication.translate("ReasonPicker", "Search the reasons"))
            self.back_button.setVisible(True)
            self.pages.setCurrentWidget(self.result_page)
            return
        for number, reason in enumerate(found[:room]):
            path = tree.path_to(reason.code)
            above = " › ".join(r.label_in(self._language) for r in path[:-1])
            label = reason.label_in(self._language)
            lines = [(label, "result-label")] + ([(above, "result-path")] if above else [])
            hit = wrapping_button(*lines, height=RESULT_HEIGHT)
            hit.setObjectName(f"found-{reason.code}")
            hit.setProperty("variant", "result")
            hit.clicked.connect(lambda _checked=False, r=reason: self._found(r))
            self.results.addWidget(hit, number // RESULT_COLUMNS, number % RESULT_COLUMNS)
            hit.show()
        rows = (min(len(found), room) + RESULT_COLUMNS - 1) // RESULT_COLUMNS
        if not found:
            none = text(
                QCoreApplication.translate(
                    "ReasonPicker", "Nothing matches “{typed}”. Try another word."
                ).format(typed=typed),
                "empty",
            )
            self.results.addWidget(none, 0, 0, 1, RESULT_COLUMNS)
            rows = 1
        elif len(found) > room:
            more = text(
                QCoreApplication.translate(
                    "ReasonPicker", "{count} more: type another word."
                ).format(count=len(found) - room),
                "caption",
            )
            self.results.addWidget(more, rows, 0, 1, RESULT_COLUMNS)
            rows += 1
        for col in range(RESULT_COLUMNS):
            self.results.setColumnStretch(col, 1)
        self.results.setRowStretch(rows, 1)
        self.crumb.setText(
            QCoreApplication.translate("ReasonPicker", "Reasons matching “{typed}”").format(
                typed=typed
            )
        )
        self.back_button.setVisible(True)
        self.pages.setCurrentWidget(self.result_page)

    def _found(self, reason: ReasonCode) -> None:
        self.dock.close_keyboard()
        self.chosen.emit(reason)

    @staticmethod
    def _clear(layout: QGridLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for row in range(layout.rowCount()):
            layout.setRowStretch(row, 0)
