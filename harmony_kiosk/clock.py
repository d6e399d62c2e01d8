"""Time as an injected dependency: a wall clock for records, a monotonic clock for durations."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What the kiosk asks of time. Tests pass a `ManualClock` and move it instead of sleeping."""

    def now(self) -> datetime:
        """The UTC wall clock: recorded on events, never trusted for ordering or durations."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin that never jumps: for lockouts, idle time, durations."""
        ...


class SystemClock:
    """The real clocks of the machine."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that moves only when told to (tests, benchmarks and simulations)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        """Move both clocks forward together."""
        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds

    def jump_wall(self, seconds: float) -> None:
        """Move only the wall clock (an NTP correction or an operator changing the time)."""
        self._now += timedelta(seconds=seconds)


def to_iso(moment: datetime) -> str:
    """UTC timestamp with milliseconds, as events record it: 2026-11-25T14:00:00.000Z."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def unix_ms(moment: datetime) -> int:
    """Milliseconds since the Unix epoch."""
    return int(moment.timestamp() * 1000)
