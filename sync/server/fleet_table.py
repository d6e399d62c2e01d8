"""Plain-text tables for the terminal: the fleet of kiosks and the quarantine."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sync.server.clock import iso
from sync.server.devices import Device
from sync.server.quarantine import Quarantined

_MINUTE, _HOUR, _DAY = 60, 3600, 86400


def render(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in (headers, *rows)
    ]
    return "\n".join(line.rstrip() for line in lines)


def ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    return f"{duration((now - moment).total_seconds())} ago"


def duration(seconds: float) -> str:
    size = abs(seconds)
    if size < _MINUTE:
        return f"{seconds:.1f} s"
    if size < _HOUR:
        return f"{seconds / _MINUTE:.0f} min"
    if size < _DAY:
        return f"{seconds / _HOUR:.1f} h"
    return f"{seconds / _DAY:.1f} d"


def skew(milliseconds: int | None) -> str:
    """Kiosk clock against the server's: `+2.0 s` means the kiosk runs ahead."""
    if milliseconds is None:
        return "?"
    text = duration(milliseconds / 1000)
    return text if text.startswith("-") else "+" + text


def device_table(fleet: Sequence[tuple[Device, int]], now: datetime) -> str:
    if not fleet:
        return "no devices enrolled (harmony-server enrol-code --station ID)"
    headers = (
        "DEVICE",
        "STATION",
        "LAST CONTACT",
        "ACKED SEQ",
        "BACKLOG",
        "CLOCK SKEW",
        "STUCK",
        "REVOKED",
        "QUARANTINED",
    )
    rows = [
        (
            device.id,
            device.station_id,
            ago(device.last_contact_at, now),
            str(device.acked_seq),
            "?" if device.reported_backlog is None else str(device.reported_backlog),
            skew(device.clock_skew_ms),
            "STUCK" if device.stuck else "no",
            iso(device.revoked_at) if device.revoked_at else "no",
            str(waiting),
        )
        for device, waiting in fleet
    ]
    return render(headers, rows)


def quarantine_table(entries: Sequence[Quarantined]) -> str:
    if not entries:
        return "quarantine is empty"
    headers = ("ID", "DEVICE", "SEQ", "RECEIVED", "STATUS", "REASON")
    rows = [
        (
            str(entry.id),
            entry.device_id,
            str(entry.seq),
            iso(entry.received_at),
            entry.resolution or "open",
            entry.reason,
        )
        for entry in entries
    ]
    return render(headers, rows)
