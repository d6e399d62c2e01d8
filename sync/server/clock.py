"""Time as an injected dependency of the server: tests move a manual clock instead of sleeping."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """What the server asks of time: the UTC wall clock (expiry, skew, last contact)."""

    def now(self) -> datetime: ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """UTC with milliseconds, the way kiosks write times: 2026-11-25T14:00:00.000Z."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_instant(text: str) -> datetime | None:
    """An ISO 8601 time with a zone, or Unix seconds / milliseconds; None when it is neither."""
    if not text or len(text) > 40:
        return None
    if text.isascii() and text.isdigit():
        number = int(text)
        seconds = number / 1000 if number > 10**11 else number  # ms since 1973 vs s until 5138
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    # A time without a zone could be anything: refuse it rather than guess.
    return moment.astimezone(UTC) if moment.tzinfo is not None else None
