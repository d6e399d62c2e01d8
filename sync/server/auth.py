"""Who is asking: a kiosk proving itself with an HMAC, or an admin with a bearer token."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync.protocol import signing
from sync.protocol.version import SUPPORTED_MAJOR, major_of
from sync.server import devices
from sync.server.clock import iso, parse_instant
from sync.server.credentials import digest, is_device_id
from sync.server.db.schema import admin_tokens
from sync.server.errors import (
    BadSignature,
    DeviceRevoked,
    InvalidInput,
    NotAuthenticated,
    ProtocolUnsupported,
    UnknownDevice,
)

_SIGNATURE = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class SignedRequest:
    """The parts of a request its HMAC covers, plus the headers that name and sign it."""

    method: str
    target: str  # path and query exactly as the client sent them
    body: bytes
    device: str | None
    timestamp: str | None
    signature: str | None
    protocol: str | None


@dataclass(frozen=True)
class AuthenticatedDevice:
    device: devices.Device
    kiosk_time: datetime
    by_previous_secret: bool  # signed with the secret a rotation is replacing

    @property
    def id(self) -> str:
        return self.device.id


@dataclass(frozen=True)
class Admin:
    token_id: int
    name: str


def check_protocol(version: str | None) -> None:
    """Refuse a protocol whose major version this server does not speak."""
    if version is None:
        return
    major = major_of(version[:32])
    if major != SUPPORTED_MAJOR:
        shown = f"{major}.x" if major is not None else repr(version[:32])
        raise ProtocolUnsupported(
            f"protocol {shown} is not supported by this server ({SUPPORTED_MAJOR}.x)"
        )


def authenticate_device(
    connection: Connection, request: SignedRequest, now: datetime
) -> AuthenticatedDevice:
    """Verify the HMAC with the secret of the device the request names, then its standing."""
    check_protocol(request.protocol)
    if not (request.device and request.timestamp and request.signature):
        raise NotAuthenticated(
            "a device request needs X-Harmony-Device, X-Harmony-Timestamp and X-Harmony-Signature"
        )
    if not is_device_id(request.device):
        raise UnknownDevice("X-Harmony-Device is not a device id")
    device = devices.find(connection, request.device)
    if device is None:
        raise UnknownDevice("this device is not enrolled with the server: enrol it first")
    signature = request.signature.lower()
    matched = [
        is_previous
        for secret, is_previous in device.secrets_valid_at(now)
        if _SIGNATURE.match(signature)
        and signing.verify(
            secret, signature, request.method, request.target, request.timestamp, request.body
        )
    ]
    if not matched:
        raise BadSignature("the request signature does not verify with this device's secret")
    if device.revoked_at is not None:
        raise DeviceRevoked(
            f"device {device.id} was revoked on {iso(device.revoked_at)}: the server accepts "
            "nothing from it; the kiosk keeps recording locally"
        )
    if request.protocol is None:
        raise InvalidInput("the X-Harmony-Protocol header is missing")
    kiosk_time = parse_instant(request.timestamp)
    if kiosk_time is None:
        raise InvalidInput("X-Harmony-Timestamp is not an ISO 8601 time with a zone")
    skew_ms = round((kiosk_time - now).total_seconds() * 1000)
    devices.record_contact(connection, device.id, now, skew_ms)
    return AuthenticatedDevice(device, kiosk_time, by_previous_secret=matched[0])


def authenticate_admin(connection: Connection, authorization: str | None) -> Admin:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated("an admin request needs 'Authorization: Bearer <token>'")
    row = connection.execute(
        sa.select(admin_tokens.c.id, admin_tokens.c.name).where(
            admin_tokens.c.token_hash == digest(token.strip()),
            admin_tokens.c.revoked_at.is_(None),
        )
    ).first()
    if row is None:
        raise NotAuthenticated("the admin token is not valid")
    return Admin(int(row.id), str(row.name))
