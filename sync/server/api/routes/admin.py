"""Admin JSON endpoints mirroring the cheap CLI views: the fleet and the quarantine."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from sync.server import devices, quarantine
from sync.server.api.admin_models import DeviceSummary, QuarantineEntry
from sync.server.api.deps import AdminAuth, DbDep

router = APIRouter(prefix="/v1/admin")


@router.get("/devices", response_model=list[DeviceSummary])
def fleet(admin: AdminAuth, db: DbDep) -> list[DeviceSummary]:
    del admin
    return [DeviceSummary.of(device, waiting) for device, waiting in devices.fleet(db)]


@router.get("/quarantine", response_model=list[QuarantineEntry])
def quarantined(
    admin: AdminAuth,
    db: DbDep,
    include_resolved: bool = False,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
) -> list[QuarantineEntry]:
    del admin
    return [
        QuarantineEntry.model_validate(entry.as_json())
        for entry in quarantine.entries(db, include_resolved=include_resolved, limit=limit)
    ]
