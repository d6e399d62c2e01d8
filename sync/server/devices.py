"""Enrolled kiosks as the server keeps them: lookup, contact, rotation, revocation, the fleet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from sync.protocol.models import RotateResponse
from sync.server.clock import iso
from sync.server.credentials import new_device_secret
from sync.server.db.schema import devices, quarantine, stations
from sync.server.errors import NotFound


@dataclass(frozen=True)
class Device:
    """One kiosk, with its station's line as the plant defines it now."""

    id: str
    station_id: str
    line_id: str
    hostname: str
    app_version: str
    enrolled_at: datetime
    secret: str
    previous_secret: str | None
    previous_valid_until: datetime | None
    revoked_at: datetime | None
    last_contact_at: datetime | None
    clock_skew_ms: int | None
    reported_backlog: int | None
    oldest_unsent_at: datetime | None
    stuck: bool
    acked_seq: int
    anchor_hash: str | None
    highest_seq: int

    def secrets_valid_at(self, now: datetime) -> list[tuple[str, bool]]:
        """(secret, is_previous) pairs that verify a signature at `now`."""
        valid = [(self.secret, False)]
        if self.previous_secret and self.previous_valid_until and now < self.previous_valid_until:
            valid.append((self.previous_secret, True))
        return valid


def _query() -> sa.Select[tuple[object, ...]]:
    return sa.select(devices, stations.c.line_id).join(
        stations, stations.c.id == devices.c.station_id
    )


def _device(row: RowMapping) -> Device:
    return Device(**{name: row[name] for name in Device.__dataclass_fields__})


# Built once: every request looks its device up, and building a statement and its cache key
# anew each time cost more than running it.
_BY_ID = _query().where(devices.c.id == sa.bindparam("device_id"))
_BY_ID_LOCKED = _BY_ID.with_for_update(of=devices)
_CONTACT = (
    devices.update()
    .where(devices.c.id == sa.bindparam("device_id"))
    .values(
        last_contact_at=sa.bindparam("contact_at", type_=devices.c.last_contact_at.type),
        clock_skew_ms=sa.bindparam("skew_ms", type_=devices.c.clock_skew_ms.type),
    )
)


def find(connection: Connection, device_id: str, *, lock: bool = False) -> Device | None:
    """The device, or None. `lock` holds its row until commit: uploads of one device queue here
    (SELECT … FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers)."""
    query = _BY_ID_LOCKED if lock else _BY_ID
    row = connection.execute(query, {"device_id": device_id}).mappings().first()
    return _device(row) if row else None


def get(connection: Connection, device_id: str, *, lock: bool = False) -> Device:
    device = find(connection, device_id, lock=lock)
    if device is None:
        raise NotFound(f"no device {device_id!r} is enrolled")
    return device


def record_contact(
    connection: Connection, device_id: str, now: datetime, skew_ms: int | None
) -> None:
    connection.execute(_CONTACT, {"device_id": device_id, "contact_at": now, "skew_ms": skew_ms})


def rotate(
    connection: Connection, device: Device, now: datetime, overlap: timedelta, *, by_previous: bool
) -> RotateResponse:
    """A new secret; the current one keeps working for `overlap`.

    A kiosk that signs with the previous secret never received the last rotation's answer
    (lost on the way): it gets that same new secret again instead of a third one, which would
    leave it with no secret that works once the window closes.
    """
    current = get(connection, device.id, lock=True)
    if by_previous and current.previous_valid_until is not None:
        return RotateResponse(
            secret=current.secret, previous_valid_until=iso(current.previous_valid_until)
        )
    until = now + overlap
    secret = new_device_secret()
    connection.execute(
        devices.update()
        .where(devices.c.id == device.id)
        .values(secret=secret, previous_secret=current.secret, previous_valid_until=until)
    )
    return RotateResponse(secret=secret, previous_valid_until=iso(until))


def revoke(connection: Connection, device_id: str, now: datetime) -> Device:
    device = get(connection, device_id, lock=True)
    if device.revoked_at is None:
        connection.execute(devices.update().where(devices.c.id == device_id).values(revoked_at=now))
    return get(connection, device_id)


def fleet(connection: Connection) -> list[tuple[Device, int]]:
    """Every device with how many of its events wait in quarantine, by station."""
    open_quarantine = (
        sa.select(quarantine.c.device_id, sa.func.count().label("waiting"))
        .where(quarantine.c.resolved_at.is_(None))
        .group_by(quarantine.c.device_id)
        .subquery()
    )
    query = (
        _query()
        .add_columns(sa.func.coalesce(open_quarantine.c.waiting, 0).label("waiting"))
        .outerjoin(open_quarantine, open_quarantine.c.device_id == devices.c.id)
        .order_by(devices.c.station_id, devices.c.id)
    )
    return [(_device(row), int(row["waiting"])) for row in connection.execute(query).mappings()]
