"""How the kiosk words exceptions: kinds, severities, statuses, ages and what happened when."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from ui.marked import QT_TRANSLATE_NOOP
from ui.wording import day_text

# English source texts, translated where they are shown (kind_name, event_name, badge…).
KIND_NAMES = {
    "quality": QT_TRANSLATE_NOOP("ExceptionWording", "Quality"),
    "safety": QT_TRANSLATE_NOOP("ExceptionWording", "Safety"),
    "material": QT_TRANSLATE_NOOP("ExceptionWording", "Material"),
    "equipment": QT_TRANSLATE_NOOP("ExceptionWording", "Equipment"),
    "other": QT_TRANSLATE_NOOP("ExceptionWording", "Other"),
}
SEVERITY_NAMES = {
    "low": QT_TRANSLATE_NOOP("ExceptionWording", "Low"),
    "medium": QT_TRANSLATE_NOOP("ExceptionWording", "Medium"),
    "high": QT_TRANSLATE_NOOP("ExceptionWording", "High"),
    "critical": QT_TRANSLATE_NOOP("ExceptionWording", "Critical"),
}
STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("ExceptionWording", "Open"),
    "acknowledged": QT_TRANSLATE_NOOP("ExceptionWording", "Acknowledged"),
    "contained": QT_TRANSLATE_NOOP("ExceptionWording", "Contained"),
    "resolved": QT_TRANSLATE_NOOP("ExceptionWording", "Resolved"),
    "cancelled": QT_TRANSLATE_NOOP("ExceptionWording", "Cancelled"),
}
# What each event did, in the exception's history.
EVENT_NAMES = {
    "exception.raised": QT_TRANSLATE_NOOP("ExceptionWording", "Raised"),
    "exception.acknowledged": QT_TRANSLATE_NOOP("ExceptionWording", "Acknowledged"),
    "exception.contained": QT_TRANSLATE_NOOP("ExceptionWording", "Contained"),
    "exception.resolved": QT_TRANSLATE_NOOP("ExceptionWording", "Resolved"),
    "exception.cancelled": QT_TRANSLATE_NOOP("ExceptionWording", "Cancelled"),
    "exception.released": QT_TRANSLATE_NOOP("ExceptionWording", "Released the hold"),
    "exception.settled": QT_TRANSLATE_NOOP("ExceptionWording", "Settled the conflict"),
}
CONFLICT_BADGE = QT_TRANSLATE_NOOP("ExceptionWording", "⚠  Conflicting decisions")
CONFLICT_SHORT = QT_TRANSLATE_NOOP("ExceptionWording", "⚠ Conflict")
HOLD_BADGE = QT_TRANSLATE_NOOP("ExceptionWording", "‖  Job on hold")
HOLD_SHORT = QT_TRANSLATE_NOOP("ExceptionWording", "‖ On hold")


def said(source: str) -> str:
    """One of the texts above, in the language shown now."""
    return QCoreApplication.translate("ExceptionWording", source)


def kind_name(kind: str) -> str:
    return said(KIND_NAMES[kind]) if kind in KIND_NAMES else kind.capitalize()


def severity_name(severity: str) -> str:
    return said(SEVERITY_NAMES[severity]) if severity in SEVERITY_NAMES else severity.capitalize()


def status_name(status: str) -> str:
    return said(STATUS_NAMES[status]) if status in STATUS_NAMES else status.capitalize()


def event_name(event_type: str) -> str:
    return said(EVENT_NAMES[event_type]) if event_type in EVENT_NAMES else event_type


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
        return QCoreApplication.translate("ExceptionWording", "just now")
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    days = hours // 24
    return QCoreApplication.translate("ExceptionWording", "%n day(s)", "", days)


def raised_text(raised_at: str, now: datetime) -> str:
    """The detail's age, as one sentence: "raised 12 min ago" or "raised just now". Putting
    "just now" inside "raised … ago" read "raised just now ago" (and "reportada hace ahora
    mismo" in Spanish)."""
    when = parse_time(raised_at)
    if when is None:
        return ""
    if (now - when).total_seconds() < 60:  # where age_text says "just now"
        return QCoreApplication.translate("ExceptionWording", "raised just now")
    return QCoreApplication.translate("ExceptionWording", "raised {age} ago").format(
        age=age_text(raised_at, now)
    )


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
    return names.get(badge) or QCoreApplication.translate(
        "ExceptionWording", "badge {badge}"
    ).format(badge=badge)
