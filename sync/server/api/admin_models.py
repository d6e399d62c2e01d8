"""What the admin endpoints answer: separate from the stored rows, no secrets in them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from sync.server.devices import Device


class AdminView(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DeviceSummary(AdminView):
    device_id: str
    station_id: str
    line_id: str
    hostname: str
    app_version: str
    enrolled_at: datetime
    last_contact_at: datetime | None
    acked_seq: int
    highest_seq: int
    reported_backlog: int | None
    oldest_unsent_at: datetime | None
    clock_skew_ms: int | None  # kiosk clock minus server clock
    stuck: bool
    revoked: bool
    quarantined: int  # open quarantine entries

    @classmethod
    def of(cls, device: Device, quarantined: int) -> DeviceSummary:
        return cls(
            device_id=device.id,
            station_id=device.station_id,
            line_id=device.line_id,
            hostname=device.hostname,
            app_version=device.app_version,
            enrolled_at=device.enrolled_at,
            last_contact_at=device.last_contact_at,
            acked_seq=device.acked_seq,
            highest_seq=device.highest_seq,
            reported_backlog=device.reported_backlog,
            oldest_unsent_at=device.oldest_unsent_at,
            clock_skew_ms=device.clock_skew_ms,
            stuck=device.stuck,
            revoked=device.revoked_at is not None,
            quarantined=quarantined,
        )


class QuarantineEntry(AdminView):
    id: int
    device_id: str
    seq: int
    hash: str
    reason: str
    received_at: str
    retries: int
    resolved_at: str | None
    resolution: str | None
    event: dict[str, Any]
