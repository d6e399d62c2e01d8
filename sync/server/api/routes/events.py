"""Events up (a kiosk's batch) and down (the line's shared events from other kiosks)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from sync.protocol.models import LineEventsResponse, UploadRequest, UploadResponse
from sync.server import line_feed
from sync.server.api.deps import ContextDep, DbDep, DeviceAuth, NowDep, signed_json
from sync.server.api.openapi import json_body
from sync.server.auth import check_protocol
from sync.server.errors import InvalidInput
from sync.server.ingest import ingest

router = APIRouter()
UploadBody = Annotated[UploadRequest, Depends(signed_json(UploadRequest))]


@router.post("/v1/events", response_model=UploadResponse, openapi_extra=json_body(UploadRequest))
def upload(
    device: DeviceAuth, batch: UploadBody, db: DbDep, now: NowDep, context: ContextDep
) -> UploadResponse:
    """Store a batch idempotently; acked_seq is answered only after the commit."""
    check_protocol(batch.protocol)
    if batch.device_id != device.id:
        raise InvalidInput(f"the batch names device {batch.device_id} but {device.id} signed it")
    answer = ingest(db, device.device, batch, now, context.shared_types())
    db.commit()
    return answer


@router.get("/v1/line-events", response_model=LineEventsResponse)
def line_events(
    device: DeviceAuth,
    db: DbDep,
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=line_feed.MAX_PAGE)] = 200,
) -> LineEventsResponse:
    """Events other kiosks of this kiosk's line shared, after `cursor`, oldest first."""
    return line_feed.line_events(db, device.device.line_id, device.id, cursor, limit)
