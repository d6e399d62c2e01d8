"""Reads, on the worker thread, what decides "Saved" or "Sent": record seqs and the acked seq."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.sync_wording import record_mark

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class SentState:
    """The seqs of some records (by job or event id) and the server's acknowledged seq."""

    seqs: dict[str, int]
    acked_seq: int

    def mark(self, key: str) -> str:
        return record_mark(self.seqs.get(key), self.acked_seq)


class SentReader:
    """Short reads of the kiosk's database; call only on the worker thread."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def acked_seq(self) -> int:
        from harmony_kiosk.store import sync_records  # noqa: PLC0415 - off the start-up path

        with self._uow.reading() as connection:
            return sync_records.acked_seq(connection)

    def of_events(self, event_ids: Collection[str]) -> SentState:
        from harmony_kiosk.store import sync_records  # noqa: PLC0415 - off the start-up path

        with self._uow.reading() as connection:
            seqs = sync_records.event_seqs(connection, event_ids)
            return SentState(seqs, sync_records.acked_seq(connection))

    def of_jobs(self, job_ids: Collection[str]) -> SentState:
        from harmony_kiosk.store import sync_records  # noqa: PLC0415 - off the start-up path

        with self._uow.reading() as connection:
            seqs = sync_records.job_last_seqs(connection, job_ids)
            return SentState(seqs, sync_records.acked_seq(connection))
