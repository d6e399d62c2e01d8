"""One user action = one unit of work: one transaction holding its events and their projections."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection

from harmony_kiosk.domain.events import Event
from harmony_kiosk.store import projector
from harmony_kiosk.store.database import Database
from harmony_kiosk.store.journal import Journal


class Action:
    """The open transaction of one user action. Services record events here; never commit."""

    def __init__(self, connection: Connection, journal: Journal) -> None:
        self.connection = connection
        self._journal = journal
        self.events: list[Event] = []

    def record(self, type_name: str, actor: str, payload: Mapping[str, Any]) -> Event:
        """Append an event to the journal and apply it to the projections, in this transaction."""
        event = self._journal.append(self.connection, type_name, actor, payload)
        projector.apply(self.connection, event)
        self.events.append(event)
        return event


class UnitOfWork:
    """Opens `Action`s; the commit happens once, when the `with` block ends without error."""

    def __init__(self, database: Database, journal: Journal) -> None:
        self.database = database
        self.journal = journal

    @contextmanager
    def action(self) -> Iterator[Action]:
        with self.database.write() as connection:
            yield Action(connection, self.journal)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.database.read() as connection:
            yield connection
