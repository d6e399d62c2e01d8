"""Telling a barcode scanner or badge reader from a person typing, by the timing of keys.

Scanners and badge readers that type like a keyboard send a whole code in a burst, a few
milliseconds a key, ending with Enter; a person types at 100 ms a key or slower. Times come from
the injected monotonic clock, so the tests are exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCANNER_MAX_GAP_S = 0.035  # a key this soon after the previous one belongs to a burst
MIN_SCAN_LENGTH = 3  # fewer keys than this before Enter is a person pressing Enter


@dataclass(frozen=True)
class Scan:
    """A code that arrived as a scanner's burst."""

    code: str


@dataclass
class KeystrokeClassifier:
    """Feed it every printable key and Enter; it answers a Scan when a burst completes."""

    max_gap_s: float = SCANNER_MAX_GAP_S
    min_length: int = MIN_SCAN_LENGTH
    _keys: list[str] = field(default_factory=list)
    _last_at: float | None = None

    def key(self, text: str, at: float) -> None:
        """A printable key at monotonic time `at`."""
        if self._last_at is not None and at - self._last_at > self.max_gap_s:
            self._keys.clear()  # a slow gap: whatever came before was typed by a person
        self._keys.append(text)
        self._last_at = at

    def enter(self, at: float) -> Scan | None:
        """Enter at `at`: a Scan when the keys before it came as one fast burst."""
        fast = self._last_at is not None and at - self._last_at <= self.max_gap_s
        code = "".join(self._keys)
        self.reset()
        if fast and len(code) >= self.min_length:
            return Scan(code)
        return None

    def reset(self) -> None:
        self._keys.clear()
        self._last_at = None

    @property
    def pending(self) -> str:
        return "".join(self._keys)
