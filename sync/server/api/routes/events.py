"""Events up (a kiosk's batch) and down (the line's shared events from other kiosks)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy.engine import Connection

from sync.protocol.models import LineEventsResponse, UploadRequest, UploadResponse
from sync.server import line_feed
from sync.server.api.deps import (
    ContextDep,
    DbDep,
    DeviceAuth,
    NowDep,
    SignedDep,
    in_one_turn,
    parse_body,
)
from sync.server.api.openapi import json_body
from sync.server.auth import authenticate_device, check_protocol
from sync.server.errors import InvalidInput
from sync.server.ingest import ingest

router = APIRouter()


@router.post("/v1/events", response_model=UploadResponse, openapi_extra=json_body(UploadRequest))
async def upload(signed: SignedDep, now: NowDep, context: ContextDep) -> UploadResponse:
    """Store a batch idempotently; acked_seq is answered only after the commit."""

    def store(db: Connection) -> UploadResponse:
        # What DeviceAuth and DbDep do, in one hop to a worker thread (deps.in_one_turn).
        device = authenticate_device(db, signed, now)
        batch = parse_body(UploadRequest, signed)
        check_protocol(batch.protocol)
        if batch.device_id != device.id:
            raise InvalidInput(
                f"the batch names device {batch.device_id} but {device.id} signed it"
            )
        return ingest(db, device.device, batch, now, context.shared_types())

    return await in_one_turn(context, store)


@router.get("/v1/line-events", response_model=LineEventsResponse)
def line_events(
    device: DeviceAuth,
    db: DbDep,
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=line_feed.MAX_PAGE)] = 200,
) -> LineEventsResponse:
    """Events other kiosks of this kiosk's line shared, after `cursor`, oldest first."""
    return line_feed.line_events(db, device.device.line_id, device.id, cursor, limit)
