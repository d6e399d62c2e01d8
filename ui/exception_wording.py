"""How the kiosk words exceptions: kinds, severities, statuses, ages and what happened when."""

from __future__ import annotations

from datetime import datetime, tzinfo

from ui.wording import day_text

KIND_NAMES = {
    "quality": "Quality",
    "safety": "Safety",
    "material": "Material",
    "equipment": "Equipment",
    "other": "Other",
}
SEVERITY_NAMES = {"low": "Low", "medium": "Medium", "high": "High", "critical": "Critical"}
STATUS_NAMES = {
    "open": "Open",
    "acknowledged": "Acknowledged",
    "contained": "Contained",
    "resolved": "Resolved",
    "cancelled": "Cancelled",
}
# What each event did, in the exception's history.
EVENT_NAMES = {
    "exception.raised": "Raised",
    "exception.acknowledged": "Acknowledged",
    "exception.contained": "Contained",
    "exception.resolved": "Resolved",
    "exception.cancelled": "Cancelled",
    "exception.released": "Released the hold",
    "exception.settled": "Settled the conflict",
}
CONFLICT_BADGE = "⚠  Conflicting decisions"
CONFLICT_SHORT = "⚠ Conflict"
HOLD_BADGE = "‖  Job on hold"
HOLD_SHORT = "‖ On hold"


def kind_name(kind: str) -> str:
    return KIND_NAMES.get(kind, kind.capitalize())


def severity_name(severity: str) -> str:
    return SEVERITY_NAMES.get(severity, severity.capitalize())


def status_name(status: str) -> str:
    return STATUS_NAMES.get(status, status.capitalize())


def title(kind: str, severity: str) -> str:
    """ "Equipment · High" """
    return f"{kind_name(kind)} · {severity_name(severity)}"


def parse_time(iso: str) -> datetime | None:
    """An event's recorded time (UTC, ISO 8601 with Z), or None if it cannot be read."""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None


def age_text(raised_at: str, now: datetime) -> str:
    """How long ago: "just now", "12 min", "3 h 5 min", "2 days"."""
    when = parse_time(raised_at)
    if when is None:
        return ""
    minutes = max(0, int((now - when).total_seconds() // 60))
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    days = hours // 24
    return f"{days} day{'' if days == 1 else 's'}"


def when_text(iso: str, zone: tzinfo | None, now: datetime) -> str:
    """A time in the site's zone: "09:42" today, "Tue 24 Nov 09:42" another day."""
    when = parse_time(iso)
    if when is None:
        return ""
    local = when.astimezone(zone) if zone else when
    today = now.astimezone(zone) if zone else now
    clock = local.strftime("%H:%M")
    return clock if local.date() == today.date() else f"{day_text(local.date())} {clock}"


def person(badge: str, names: dict[str, str]) -> str:
    """A name where the kiosk knows the badge, else the badge itself."""
    return names.get(badge) or f"badge {badge}"
