"""The kiosk's view of itself: its standing, and rotating its own secret."""

from __future__ import annotations

from fastapi import APIRouter

from sync.protocol.models import DeviceStatus, RotateResponse
from sync.server import devices
from sync.server.api.deps import ContextDep, DbDep, DeviceAuth, NowDep

router = APIRouter()


@router.get("/v1/devices/me", response_model=DeviceStatus)
def me(device: DeviceAuth, db: DbDep) -> DeviceStatus:
    current = devices.get(db, device.id)
    return DeviceStatus(
        device_id=current.id,
        station_id=current.station_id,
        revoked=current.revoked_at is not None,
        acked_seq=current.acked_seq,
    )


@router.post("/v1/devices/me/rotate", response_model=RotateResponse)
def rotate(device: DeviceAuth, db: DbDep, now: NowDep, context: ContextDep) -> RotateResponse:
    """A new secret; the old one keeps working until `previous_valid_until`."""
    answer = devices.rotate(
        db,
        device.device,
        now,
        context.settings.rotation_overlap,
        by_previous=device.by_previous_secret,
    )
    db.commit()  # answered only once stored: a lost answer is recovered by asking again
    return answer
