"""Shift calendars per line, in the plant's time zone, right across daylight-saving changes.

Shift times are local wall-clock times; every boundary is turned into UTC through the zone's
rules for that very date, so a night shift on the night the clocks change lasts 7 or 9 hours,
as it does on the floor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ALL_DAYS = frozenset(range(7))  # Monday = 0


@dataclass(frozen=True)
class ShiftPattern:
    """A shift as the plant names it: "A", 06:00 to 14:00, Monday to Friday."""

    name: str
    start: time
    end: time  # at or before `start` means the next day
    weekdays: frozenset[int] = ALL_DAYS  # the weekday the shift STARTS on


@dataclass(frozen=True)
class Shift:
    """One occurrence of a pattern: a half-open UTC interval [start, end)."""

    line_id: str
    name: str
    local_date: date  # the date it starts on, in the plant's zone
    start: datetime
    end: datetime

    @property
    def id(self) -> str:
        return f"{self.line_id}/{self.local_date.isoformat()}/{self.name}"

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class ShiftCalendar:
    line_id: str
    timezone: str
    patterns: tuple[ShiftPattern, ...]

    def occurrence(self, pattern: ShiftPattern, local_date: date) -> Shift:
        zone = ZoneInfo(self.timezone)
        end_date = local_date if pattern.end > pattern.start else local_date + timedelta(days=1)
        start = datetime.combine(local_date, pattern.start, tzinfo=zone).astimezone(UTC)
        end = datetime.combine(end_date, pattern.end, tzinfo=zone).astimezone(UTC)
        return Shift(self.line_id, pattern.name, local_date, start, end)

    def shift_at(self, moment: datetime) -> Shift | None:
        """The shift running at `moment` (UTC), or None between shifts."""
        local_day = moment.astimezone(ZoneInfo(self.timezone)).date()
        for day in (local_day - timedelta(days=1), local_day):
            for pattern in self.patterns:
                if day.weekday() in pattern.weekdays:
                    shift = self.occurrence(pattern, day)
                    if shift.contains(moment):
                        return shift
        return None

    def shifts_between(self, start: datetime, end: datetime) -> list[Shift]:
        """Every shift overlapping [start, end), in time order."""
        zone = ZoneInfo(self.timezone)
        day = start.astimezone(zone).date() - timedelta(days=1)
        last = end.astimezone(zone).date()
        found: list[Shift] = []
        while day <= last:
            for pattern in self.patterns:
                if day.weekday() in pattern.weekdays:
                    shift = self.occurrence(pattern, day)
                    if shift.start < end and shift.end > start:
                        found.append(shift)
            day += timedelta(days=1)
        return sorted(found, key=lambda shift: shift.start)
