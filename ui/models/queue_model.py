"""The work orders queued at this station, as a list model for the home screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from harmony_kiosk.domain.jobs import JobStatus
from ui.sync_wording import record_mark
from ui.wording import due_text, status_text

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.jobs import QueueEntry

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # "idle", "running", "paused"
DUE_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4
MARK_ROLE = Qt.ItemDataRole.UserRole + 5  # "Saved on this kiosk" / "Sent to the server" / ""

_Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractListModel):
    """One row per QueueEntry, read-only; the delegate draws it."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[QueueEntry] = []
        self._badge = ""
        self._today = date.min
        self._seqs: dict[str, int] = {}  # open job id -> seq of its last event
        self._acked: int | None = None  # None: no marks are shown

    def set_entries(self, entries: list[QueueEntry], my_badge: str, today: date) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._badge = my_badge
        self._today = today
        self.endResetModel()

    def set_marks(self, job_seqs: dict[str, int], acked_seq: int | None) -> None:
        """Where each open job's last event stands; call before `set_entries`."""
        self._seqs = dict(job_seqs)
        self._acked = acked_seq

    def set_acked(self, acked_seq: int) -> None:
        """The server acknowledged more: repaint the marks that changed."""
        if self._acked is None or acked_seq == self._acked:
            return
        self._acked = acked_seq
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1), [MARK_ROLE])

    def mark(self, row: int) -> str:
        job_id = self._entries[row].progress.open_job_id
        if job_id is None or self._acked is None:
            return ""
        return record_mark(self._seqs.get(job_id), self._acked)

    def entry(self, row: int) -> QueueEntry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if role == MARK_ROLE:
            return self.mark(index.row())
        read = self._readers().get(role)
        return read(self._entries[index.row()]) if read else None

    def _readers(self) -> dict[int, Callable[[QueueEntry], Any]]:
        today, badge = self._today, self._badge
        return {
            Qt.ItemDataRole.DisplayRole: lambda entry: entry.work_order.id,
            ENTRY_ROLE: lambda entry: entry,
            STATUS_ROLE: _status_key,
            DUE_ROLE: lambda entry: due_text(entry.work_order.due, today),
            OVERDUE_ROLE: lambda entry: entry.work_order.due < today,
            Qt.ItemDataRole.ToolTipRole: lambda entry: status_text(entry, badge),
            Qt.ItemDataRole.AccessibleTextRole: lambda entry: (
                f"{entry.work_order.id}, {entry.product_name}, {status_text(entry, badge)}"
            ),
        }

    def status_label(self, row: int) -> str:
        return status_text(self._entries[row], self._badge)


def _status_key(entry: QueueEntry) -> str:
    """What the row's status chip is coloured by: "idle", "running" or "paused"."""
    status = entry.progress.open_job_status
    if status is None:
        return "idle"
    return "paused" if status is JobStatus.PAUSED else "running"
