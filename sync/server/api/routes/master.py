"""GET /v1/master: the site's master data when it changed since the kiosk's revision."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from sync.protocol.models import MasterDataResponse
from sync.server.api.deps import DbDep, DeviceAuth
from sync.server.master.snapshot import master_data_since

router = APIRouter()


@router.get("/v1/master", response_model=MasterDataResponse)
def master(
    device: DeviceAuth,
    db: DbDep,
    since: Annotated[int | None, Query(ge=0, le=2**62)] = None,
) -> MasterDataResponse:
    """`changed: false` when `since` is the current revision, else all of it, applied at once."""
    del device  # any enrolled kiosk of the site may read the site's master data
    return master_data_since(db, since)
