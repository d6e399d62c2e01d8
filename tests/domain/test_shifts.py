"""Shifts in the plant's zone, tested on both daylight-saving change days."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta

import pytest

from harmony_kiosk.domain.shifts import ShiftCalendar, ShiftPattern

# A plant in a zone that still changes its clocks (2026: 8 March and 1 November).
CHICAGO = ShiftCalendar(
    "LINE1",
    "America/Chicago",
    (
        ShiftPattern("A", time(6), time(14)),
        ShiftPattern("B", time(14), time(22)),
        ShiftPattern("C", time(22), time(6)),
    ),
)


def test_an_ordinary_day_has_three_eight_hour_shifts() -> None:
    shifts = CHICAGO.shifts_between(
        datetime(2026, 6, 10, 10, tzinfo=UTC), datetime(2026, 6, 11, 11, tzinfo=UTC)
    )
    assert [s.name for s in shifts] == ["C", "A", "B", "C"]
    assert all(s.duration == timedelta(hours=8) for s in shifts)
    assert shifts[1].start == datetime(2026, 6, 10, 11, tzinfo=UTC)  # 06:00 CDT


def test_spring_forward_the_night_shift_lasts_seven_hours() -> None:
    night = CHICAGO.occurrence(CHICAGO.patterns[2], date(2026, 3, 7))
    assert night.start == datetime(2026, 3, 8, 4, tzinfo=UTC)  # 22:00 CST
    assert night.end == datetime(2026, 3, 8, 11, tzinfo=UTC)  # 06:00 CDT
    assert night.duration == timedelta(hours=7)
    morning = CHICAGO.shift_at(datetime(2026, 3, 8, 11, 30, tzinfo=UTC))
    assert morning is not None
    assert (morning.name, morning.local_date, morning.duration) == (
        "A",
        date(2026, 3, 8),
        timedelta(hours=8),
    )


def test_fall_back_the_night_shift_lasts_nine_hours() -> None:
    night = CHICAGO.occurrence(CHICAGO.patterns[2], date(2026, 10, 31))
    assert night.start == datetime(2026, 11, 1, 3, tzinfo=UTC)  # 22:00 CDT
    assert night.end == datetime(2026, 11, 1, 12, tzinfo=UTC)  # 06:00 CST
    assert night.duration == timedelta(hours=9)
    # 01:30 local happens twice that night; both moments belong to the same night shift.
    for moment in (
        datetime(2026, 11, 1, 6, 30, tzinfo=UTC),
        datetime(2026, 11, 1, 7, 30, tzinfo=UTC),
    ):
        shift = CHICAGO.shift_at(moment)
        assert shift is not None
        assert shift.id == "LINE1/2026-10-31/C"


@pytest.mark.parametrize("day", [date(2026, 3, 8), date(2026, 11, 1)])
def test_change_days_have_no_hole_and_no_overlap(day: date) -> None:
    start = datetime.combine(day, time(0), tzinfo=UTC)
    shifts = CHICAGO.shifts_between(start, start + timedelta(days=2))
    for before, after in itertools.pairwise(shifts):
        assert before.end == after.start


def test_weekdays_and_gaps_between_shifts() -> None:
    weekdays_only = ShiftCalendar(
        "LINE2", "Europe/Madrid", (ShiftPattern("M", time(7), time(15), frozenset(range(5))),)
    )
    saturday = datetime(2026, 3, 28, 10, tzinfo=UTC)
    assert weekdays_only.shift_at(saturday) is None
    evening = datetime(2026, 3, 27, 18, tzinfo=UTC)
    assert weekdays_only.shift_at(evening) is None
    friday = weekdays_only.shift_at(datetime(2026, 3, 27, 7, tzinfo=UTC))
    assert friday is not None
    assert friday.name == "M"
