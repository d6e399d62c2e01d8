"""The FastAPI application: built from settings, with its clock and database handed in."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy.engine import Engine

from sync.protocol.models import UploadRequest
from sync.protocol.version import PROTOCOL_VERSION
from sync.server.api.context import ServerContext
from sync.server.api.limits import BodyLimit
from sync.server.api.openapi import contract
from sync.server.api.problems import install_error_handlers
from sync.server.api.protocol_gate import ProtocolGate
from sync.server.api.routes import admin, blobs, devices, enrol, events, health, master
from sync.server.blobs import BlobStore
from sync.server.clock import Clock, SystemClock
from sync.server.db.engine import open_engine
from sync.server.db.migrate import upgrade
from sync.server.line_feed import SharedTypes, catalogue_shared_types
from sync.server.settings import ServerSettings

DESCRIPTION = """\
Central server of Harmony Kiosk. Kiosks sign every request with their device secret
(HMAC-SHA256 over method, path with query, X-Harmony-Timestamp and the body; headers
X-Harmony-Device, X-Harmony-Timestamp, X-Harmony-Signature, X-Harmony-Protocol).
Admin endpoints take `Authorization: Bearer <token>` from `harmony-server create-admin`.
Errors answer an ErrorBody: `detail` for people, `code` for programs.
"""


def create_app(
    settings: ServerSettings,
    *,
    engine: Engine | None = None,
    clock: Clock | None = None,
    shared_types: SharedTypes = catalogue_shared_types,
) -> FastAPI:
    """The API over an already migrated database."""
    context = ServerContext(
        settings=settings,
        engine=engine or open_engine(settings.database_url),
        clock=clock or SystemClock(),
        blob_store=BlobStore(settings.blob_dir),
        shared_types=shared_types,
    )
    # No /docs or /redoc: they would be anonymous pages pulling scripts from a CDN.
    app = FastAPI(
        title="Harmony Kiosk server",
        version=PROTOCOL_VERSION,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    app.state.context = context
    install_error_handlers(app)
    # Starlette runs the last added first: the protocol gate, then the body limit.
    app.add_middleware(BodyLimit)
    app.add_middleware(ProtocolGate)
    for module in (health, enrol, events, blobs, master, devices, admin):
        app.include_router(module.router)
    app.openapi = contract(app, [UploadRequest])  # type: ignore[method-assign]
    return app


def app_from_environment() -> FastAPI:
    """For `uvicorn --factory sync.server.api.app:app_from_environment` (several workers)."""
    settings = ServerSettings.from_environment()
    engine = open_engine(settings.database_url)
    upgrade(engine)
    return create_app(settings, engine=engine)
