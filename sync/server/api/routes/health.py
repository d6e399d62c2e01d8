"""GET /health: the one endpoint without credentials, for load balancers and kiosks alike."""

from __future__ import annotations

from typing import Literal

import sqlalchemy as sa
from fastapi import APIRouter
from pydantic import BaseModel

from sync.protocol.version import PROTOCOL_VERSION
from sync.server.api.deps import ContextDep
from sync.server.db.engine import READ_ONLY

router = APIRouter()


class Health(BaseModel):
    status: Literal["ok"]
    protocol: str


@router.get("/health", response_model=Health)
def health(context: ContextDep) -> Health:
    """Answers only when the database does: a balancer should not route to a process that
    cannot store anything. Says nothing else about the server."""
    with context.engine.connect().execution_options(**{READ_ONLY: True}) as connection:
        connection.execute(sa.text("SELECT 1"))
    return Health(status="ok", protocol=PROTOCOL_VERSION)
