"""How downtime is worded on the kiosk: elapsed times, minutes, a stop's span and its state."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.marked import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.downtime import DowntimeView

# English source texts: said() gives them in the language shown now.
LEAD_CODES = QT_TRANSLATE_NOOP("DowntimeWording", "A team lead codes this stop.")
OTHER_NEEDS_WORDS = QT_TRANSLATE_NOOP(
    "DowntimeWording", "“{label}” needs a few words or a voice note."
)


def said(source: str) -> str:
    return QCoreApplication.translate("DowntimeWording", source)


def elapsed_text(seconds: float) -> str:
    """A stopwatch: 4:07, 12:34, 1:02:03 (hours only when there are some)."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def minutes_text(seconds: float) -> str:
    """A duration as people say it on the floor: "45 s", "20 min", "1 h 05 min"."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes = round(whole / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def clock_time(moment: datetime, zone: tzinfo | None) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


def span_text(stop: DowntimeView, zone: tzinfo | None) -> str:
    """ "09:42 – 10:02 · 20 min", or "since 09:42" while the station is down."""
    start = clock_time(stop.started_at, zone)
    ended = stop.ended_at
    if ended is None or stop.duration_s is None:
        return QCoreApplication.translate(
            "DowntimeWording", "since {start} · still stopped"
        ).format(start=start)
    return f"{start} – {clock_time(ended, zone)} · {minutes_text(stop.duration_s)}"


def state_text(stop: DowntimeView) -> tuple[str, str]:
    """What a row's chip says about the stop, and its tone (running, needs, coded, short)."""
    if stop.running:
        return QCoreApplication.translate("DowntimeWording", "Still stopped"), "running"
    if stop.needs_code:
        return QCoreApplication.translate("DowntimeWording", "Needs a code"), "needs"
    if stop.reason_code is None:
        return QCoreApplication.translate("DowntimeWording", "Short · may stay uncoded"), "short"
    if stop.planned:
        return QCoreApplication.translate("DowntimeWording", "Planned"), "coded"
    return QCoreApplication.translate("DowntimeWording", "Coded"), "coded"
