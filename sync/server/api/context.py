"""What every request of one server process shares: configuration and handles, never state."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine

from sync.server.blobs import BlobStore
from sync.server.clock import Clock
from sync.server.line_feed import SharedTypes
from sync.server.settings import ServerSettings

# Fewer than AnyIO's 40 worker threads and than the 50 pooled connections (db/engine.py).
# Few: the work is mostly Python holding the GIL, so more turns only add threads contending
# for it. With 200 kiosks at once, 30 turns made twice the context switches of 8 and a slow
# tail (max 3 s against 1.6 s; bench/sync_fleet.py); 8 still overlap the database round trips.
DATABASE_TURNS = 8


class DatabaseTurns:
    """A semaphore per event loop (test clients run their own loops; a server runs one)."""

    def __init__(self, turns: int = DATABASE_TURNS) -> None:
        self._turns = turns
        self._by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    @asynccontextmanager
    async def __call__(self) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        semaphore = self._by_loop.setdefault(loop, asyncio.Semaphore(self._turns))
        async with semaphore:
            yield


@dataclass(frozen=True)
class ServerContext:
    """Everything here is configuration or a pool: any number of processes can serve side by
    side over one database, because nothing that matters between requests lives in memory."""

    settings: ServerSettings
    engine: Engine
    clock: Clock
    blob_store: BlobStore
    shared_types: SharedTypes
    database_turns: DatabaseTurns = field(default_factory=DatabaseTurns)
