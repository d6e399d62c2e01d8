"""Past resolutions offered at the point of need: the most similar cases of this line."""

from __future__ import annotations

from harmony_kiosk.services.unit_of_work import UnitOfWork
from harmony_kiosk.store import knowledge_index, master_data
from harmony_kiosk.store.knowledge_index import PastCase


class KnowledgeService:
    def __init__(self, uow: UnitOfWork, station_id: str) -> None:
        self._uow = uow
        self._station_id = station_id

    def similar(
        self, question: str, equipment: str | None = None, limit: int = 3
    ) -> list[PastCase]:
        """Up to `limit` past cases of this line like the trouble being recorded, best first."""
        with self._uow.reading() as connection:
            line_id = master_data.station(connection, self._station_id).line_id
            return knowledge_index.search(
                connection, f"{question} {equipment or ''}", line_id, limit
            )
