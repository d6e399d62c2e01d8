"""What every request of one server process shares: configuration and handles, never state."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from sync.server.blobs import BlobStore
from sync.server.clock import Clock
from sync.server.line_feed import SharedTypes
from sync.server.settings import ServerSettings


@dataclass(frozen=True)
class ServerContext:
    """Everything here is configuration or a pool: any number of processes can serve side by
    side over one database, because nothing that matters between requests lives in memory."""

    settings: ServerSettings
    engine: Engine
    clock: Clock
    blob_store: BlobStore
    shared_types: SharedTypes
