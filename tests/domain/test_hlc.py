"""Hybrid logical clock: stamps only ever increase, whatever the wall clock does."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from harmony_kiosk.domain.hlc import HlcStamp, HybridLogicalClock


def test_stamps_increase_when_the_wall_clock_steps_back() -> None:
    hlc = HybridLogicalClock()
    first = hlc.tick(1_000_000)
    second = hlc.tick(999_000)  # NTP pulled the clock back a second
    third = hlc.tick(1_000_500)
    assert first < second < third
    assert second == HlcStamp(1_000_000, 1)


def test_receiving_a_later_remote_stamp_orders_local_events_after_it() -> None:
    hlc = HybridLogicalClock()
    hlc.tick(1_000)
    remote = HlcStamp(50_000, 3)  # a kiosk whose clock runs ahead
    after = hlc.receive(remote, 1_001)
    assert after > remote
    assert hlc.tick(1_002) > after


@given(st.lists(st.tuples(st.integers(0, 10**15), st.integers(0, 99_999)), min_size=2, max_size=30))
def test_text_order_equals_stamp_order(pairs: list[tuple[int, int]]) -> None:
    stamps = [HlcStamp(wall, counter) for wall, counter in pairs]
    assert sorted(stamps) == sorted(stamps, key=HlcStamp.text)
    assert all(HlcStamp.parse(stamp.text()) == stamp for stamp in stamps)


@given(st.lists(st.integers(0, 10**13), min_size=1, max_size=50))
def test_any_sequence_of_wall_readings_gives_strictly_increasing_stamps(walls: list[int]) -> None:
    hlc = HybridLogicalClock()
    stamps = [hlc.tick(wall) for wall in walls]
    assert all(a < b for a, b in itertools.pairwise(stamps))
