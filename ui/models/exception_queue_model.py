"""The line's open exceptions, as a list model for the home screen's queue."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.exception_wording import age_text, status_name, title

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.exceptions import ExceptionView

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
AGE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class ExceptionQueueModel(QAbstractListModel):
    """One row per ExceptionView, oldest first (as the service orders them); read-only."""

    def __init__(self) -> None:
        super().__init__()
        self._views: list[ExceptionView] = []
        self._now = datetime.min.replace(tzinfo=UTC)

    def set_views(self, views: list[ExceptionView], now: datetime) -> None:
        self.beginResetModel()
        self._views = list(views)
        self._now = now
        self.endResetModel()

    def view(self, row: int) -> ExceptionView:
        return self._views[row]

    def views(self) -> list[ExceptionView]:
        return list(self._views)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._views)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._views):
            return None
        view = self._views[index.row()]
        if role == VIEW_ROLE:
            return view
        if role == AGE_ROLE:
            return age_text(view.raised_at, self._now)
        if role == Qt.ItemDataRole.DisplayRole:
            return title(view.kind, view.severity)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            flags = [status_name(view.status)]
            flags += [
                QCoreApplication.translate("ExceptionQueueModel", "conflicting decisions")
            ] * view.conflict + [
                QCoreApplication.translate("ExceptionQueueModel", "job on hold")
            ] * view.on_hold
            return f"{title(view.kind, view.severity)}, {view.text or ''}, {', '.join(flags)}"
        return None
