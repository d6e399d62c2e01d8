"""The list page of the line's stops: the "Needs a code" / "This shift" filter, the stops as rows,
the chosen stop's details beside them, and the banner that says what was just saved."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.models.stops_model import StopsModel
from ui.widgets.choice_row import ChoiceRow
from ui.widgets.queue_list import queue_list
from ui.widgets.stop_details import StopDetails
from ui.widgets.stop_row import StopRowDelegate
from ui.widgets.touch import text

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.downtime import DowntimeView
    from ui.lead_reads import LineStops

NEEDS, SHIFT = "needs", "shift"


class StopsList(QWidget):
    """Emits `selected` whenever the chosen stop may have changed: a tap on a row, a new filter,
    the list filled again. The stops screen then shows the details and its buttons."""

    selected = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stops: LineStops | None = None
        self._language = "en"
        self._zone: tzinfo | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        top = QHBoxLayout()
        self.title = text(
            QCoreApplication.translate("Stops", "Stops on this line"), "title", wrap=False
        )
        top.addWidget(self.title, 1)
        self.filter = ChoiceRow(
            (
                (NEEDS, QCoreApplication.translate("Stops", "Needs a code")),
                (SHIFT, QCoreApplication.translate("Stops", "This shift")),
            ),
            name="filter",
        )
        self.filter.picked.connect(lambda _key: self._fill())
        top.addWidget(self.filter)
        column.addLayout(top)
        self.banner = text("", "success", name="stops-banner")
        self.banner.hide()
        column.addWidget(self.banner)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.model = StopsModel()
        self.list = queue_list(self.model, StopRowDelegate)
        self.list.setObjectName("stops-list")
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.empty = text("", "empty", name="stops-empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        listing = QVBoxLayout()
        listing.addWidget(self.list, 1)
        listing.addWidget(self.empty, 1)
        row.addLayout(listing, 3)
        self.details = StopDetails()
        row.addWidget(self.details, 2)
        column.addLayout(row, 1)

    def show_stops(
        self,
        stops: LineStops,
        language: str,
        zone: tzinfo | None,
        select: str | None,
        *,
        keep_coding: bool = False,
    ) -> None:
        """The stops just read: the filter that holds `select` (where it now is); with
        `keep_coding`, the next stop waiting for a code instead, while there is one."""
        self._stops, self._language, self._zone = stops, language, zone
        self.filter.set_label(
            NEEDS,
            QCoreApplication.translate("Stops", "Needs a code · {count}").format(
                count=len(stops.needing_code)
            ),
        )
        shift = (
            QCoreApplication.translate("Stops", "Shift {name}").format(name=stops.shift.name)
            if stops.shift
            else QCoreApplication.translate("Stops", "Last 12 hours")
        )
        self.filter.set_label(SHIFT, f"{shift} · {len(stops.of_shift)}")
        if keep_coding and stops.needing_code:
            select = None
        if select is None:
            key = NEEDS if stops.needing_code else SHIFT
        else:
            key = NEEDS if any(s.id == select for s in stops.needing_code) else SHIFT
        self.filter.set_current(key)
        self._fill(select)

    def showing_needs(self) -> bool:
        """The filter shows the stops waiting for a code (coding there moves on to the next)."""
        return self.filter.current() == NEEDS

    def selected_stop(self) -> DowntimeView | None:
        index = self.list.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.stop(index.row())

    def _fill(self, select: str | None = None) -> None:
        stops, zone = self._stops, self._zone
        if stops is None:
            return
        showing_needs = self.showing_needs()
        shown = stops.needing_code if showing_needs else stops.of_shift
        self.model.set_stops(shown, stops.tree, self._language, zone)
        self.list.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        self.empty.setText(
            QCoreApplication.translate("Stops", "No stop is waiting for a code.")
            if showing_needs
            else QCoreApplication.translate("Stops", "No stops on this shift.")
        )
        if shown:
            row = self.model.row_of(select) if select else None
            index = self.model.index(row if row is not None else 0)
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(index)
        self.selected.emit()

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.selected.emit()
