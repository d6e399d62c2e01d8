"""Hybrid logical clock stamps: order across kiosks that survives skewed and jumping wall clocks.

A stamp is the larger of the wall clock and the last stamp seen, plus a counter that breaks ties. It
is written as fixed-width text (`000001764079200000-00000`) so that comparing stamps as strings
orders them; the device id breaks the remaining ties between kiosks.
"""

from __future__ import annotations

from dataclasses import dataclass

_WIDTH_MS = 18
_WIDTH_COUNTER = 5


@dataclass(frozen=True, order=True)
class HlcStamp:
    """One point of hybrid logical time."""

    wall_ms: int
    counter: int

    def text(self) -> str:
        return f"{self.wall_ms:0{_WIDTH_MS}d}-{self.counter:0{_WIDTH_COUNTER}d}"

    @classmethod
    def parse(cls, text: str) -> HlcStamp:
        wall, sep, counter = text.partition("-")
        if not sep or len(wall) != _WIDTH_MS or len(counter) != _WIDTH_COUNTER:
            raise ValueError(f"not an HLC stamp: {text!r}")
        return cls(int(wall), int(counter))


class HybridLogicalClock:
    """Issues ever-increasing stamps, even when the wall clock steps backwards."""

    def __init__(self, last: HlcStamp | None = None) -> None:
        self._last = last or HlcStamp(0, 0)

    @property
    def last(self) -> HlcStamp:
        return self._last

    def tick(self, wall_ms: int) -> HlcStamp:
        """A stamp for a local event happening at `wall_ms`."""
        if wall_ms > self._last.wall_ms:
            self._last = HlcStamp(wall_ms, 0)
        else:
            self._last = HlcStamp(self._last.wall_ms, self._last.counter + 1)
        return self._last

    def receive(self, remote: HlcStamp, wall_ms: int) -> HlcStamp:
        """Fold in a stamp seen on another device's event, so later local stamps order after it."""
        top = max(wall_ms, self._last.wall_ms, remote.wall_ms)
        if top == self._last.wall_ms == remote.wall_ms:
            counter = max(self._last.counter, remote.counter) + 1
        elif top == self._last.wall_ms:
            counter = self._last.counter + 1
        elif top == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self._last = HlcStamp(top, counter)
        return self._last
