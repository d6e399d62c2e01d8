"""Enrolment: single-use, expiring codes made by an admin, redeemed once by a kiosk for a secret."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync.protocol.models import EnrolRequest, EnrolResponse, ErrorCode
from sync.server import devices
from sync.server.auth import check_protocol
from sync.server.clock import iso
from sync.server.credentials import (
    enrol_code_digest,
    is_device_id,
    new_device_secret,
    new_enrol_code,
)
from sync.server.db.schema import devices as device_rows
from sync.server.db.schema import enrol_codes, site, stations
from sync.server.errors import DeviceRevoked, EnrolCodeRefused, InvalidInput, NotFound
from sync.server.master.upsert import insert_missing

# A kiosk whose enrolment answer was lost on the way tries again with the same code; within
# this window the same device gets a fresh secret instead of "code used" and a trip to IT.
RETRY_WINDOW = timedelta(minutes=15)
MAX_VALID = timedelta(days=30)


@dataclass(frozen=True)
class IssuedCode:
    code: str  # shown once; only its hash is stored
    station_id: str
    expires_at: datetime


def issue_code(
    connection: Connection, station_id: str, valid_for: timedelta, now: datetime
) -> IssuedCode:
    if not timedelta(0) < valid_for <= MAX_VALID:
        raise InvalidInput("a code is valid for more than 0 and at most 720 hours")
    known = connection.execute(sa.select(stations.c.id).where(stations.c.id == station_id)).first()
    if known is None:
        raise NotFound(f"no station {station_id!r} on this server (import the plant first)")
    code = new_enrol_code()
    expires_at = now + valid_for
    connection.execute(
        enrol_codes.insert().values(
            code_hash=enrol_code_digest(code),
            station_id=station_id,
            created_at=now,
            expires_at=expires_at,
        )
    )
    return IssuedCode(code, station_id, expires_at)


def redeem(connection: Connection, request: EnrolRequest, now: datetime) -> EnrolResponse:
    """Register the kiosk's own device id for the code's station and give it a new secret."""
    check_protocol(request.protocol)
    if not is_device_id(request.device_id):
        raise InvalidInput("device_id: a kiosk's device id is a lowercase UUID")
    for name in ("hostname", "app_version"):
        if not getattr(request, name).isprintable():
            raise InvalidInput(f"{name}: printable characters only")
    code = connection.execute(
        sa.select(enrol_codes)
        .where(enrol_codes.c.code_hash == enrol_code_digest(request.code))
        .with_for_update()
    ).first()
    if code is None:
        raise EnrolCodeRefused(
            "this enrolment code is not known here", ErrorCode.ENROL_CODE_UNKNOWN
        )
    retried = code.used_by == request.device_id and now - code.used_at <= RETRY_WINDOW
    if code.used_at is not None and not retried:
        raise EnrolCodeRefused(
            f"this enrolment code was used on {iso(code.used_at)}: ask for a new one",
            ErrorCode.ENROL_CODE_USED,
        )
    if now >= code.expires_at and not retried:
        raise EnrolCodeRefused(
            f"this enrolment code expired on {iso(code.expires_at)}: ask for a new one",
            ErrorCode.ENROL_CODE_EXPIRED,
        )
    existing = devices.find(connection, request.device_id, lock=True)
    if existing is not None and existing.revoked_at is not None:
        raise DeviceRevoked(
            f"device {request.device_id} is revoked; a revoked kiosk is not enrolled again "
            "(give it a new data folder, which makes a new device)"
        )
    secret = new_device_secret()
    _register(connection, request, code.station_id, secret, now)
    connection.execute(
        enrol_codes.update()
        .where(enrol_codes.c.code_hash == code.code_hash)
        .values(used_at=code.used_at or now, used_by=request.device_id)
    )
    device = devices.get(connection, request.device_id)
    site_id = connection.execute(sa.select(site.c.id)).scalar_one()
    return EnrolResponse(
        device_id=device.id,
        secret=secret,
        station_id=device.station_id,
        line_id=device.line_id,
        site_id=site_id,
    )


def _register(
    connection: Connection, request: EnrolRequest, station_id: str, secret: str, now: datetime
) -> None:
    """Insert the device, or give an enrolled one its new station and secret (history kept)."""
    details = {
        "station_id": station_id,
        "hostname": request.hostname,
        "app_version": request.app_version,
        "enrolled_at": now,
        "secret": secret,
        "previous_secret": None,
        "previous_valid_until": None,
    }
    fresh = {"stuck": False, "acked_seq": 0, "highest_seq": 0}
    if not insert_missing(connection, device_rows, {"id": request.device_id, **details, **fresh}):
        connection.execute(
            device_rows.update().where(device_rows.c.id == request.device_id).values(**details)
        )
