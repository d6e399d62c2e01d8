"""The line's stops as a list model for the stops screen: span, reason, and state per row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.downtime_wording import span_text, state_text
from ui.marked import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.domain.reasons import ReasonTree
    from harmony_kiosk.services.downtime import DowntimeView

STOP_ROLE = Qt.ItemDataRole.UserRole + 1
REASON_ROLE = Qt.ItemDataRole.UserRole + 2  # "Mechanical › Conveyor › Jam" or "No reason yet"
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # chip words
TONE_ROLE = Qt.ItemDataRole.UserRole + 4  # running, needs, coded, short
WHERE_ROLE = Qt.ItemDataRole.UserRole + 5  # the equipment, when named
SPAN_ROLE = Qt.ItemDataRole.UserRole + 6  # "09:42 – 10:02 · 20 min"

_Index = QModelIndex | QPersistentModelIndex
NO_REASON = QT_TRANSLATE_NOOP("StopsModel", "No reason yet")  # translated where it is shown


def reason_words(stop: DowntimeView, tree: ReasonTree | None, language: str) -> str:
    code = stop.reason_code
    if code is None:
        return QCoreApplication.translate("StopsModel", NO_REASON)
    if tree is None or code not in tree:
        return code
    return tree.path_text(code, language)


class StopsModel(QAbstractListModel):
    """One row per DowntimeView, read-only; ui.widgets.stop_row draws it."""

    def __init__(self) -> None:
        super().__init__()
        self._stops: list[DowntimeView] = []
        self._tree: ReasonTree | None = None
        self._language = "en"
        self._zone: tzinfo | None = None

    def set_stops(
        self,
        stops: list[DowntimeView],
        tree: ReasonTree | None,
        language: str,
        zone: tzinfo | None,
    ) -> None:
        self.beginResetModel()
        self._stops = list(stops)
        self._tree, self._language, self._zone = tree, language, zone
        self.endResetModel()

    def stop(self, row: int) -> DowntimeView:
        return self._stops[row]

    def row_of(self, downtime_id: str) -> int | None:
        for row, stop in enumerate(self._stops):
            if stop.id == downtime_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._stops)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._stops):
            return None
        stop = self._stops[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{span_text(stop, self._zone)} · {self._reason(stop)}"
        values: dict[int, Callable[[], Any]] = {
            STOP_ROLE: lambda: stop,
            SPAN_ROLE: lambda: span_text(stop, self._zone),
            REASON_ROLE: lambda: self._reason(stop),
            STATE_ROLE: lambda: state_text(stop)[0],
            TONE_ROLE: lambda: state_text(stop)[1],
            WHERE_ROLE: lambda: stop.equipment_in(self._language) or "",
        }
        found = values.get(role)
        return found() if found is not None else None

    def _reason(self, stop: DowntimeView) -> str:
        return reason_words(stop, self._tree, self._language)
