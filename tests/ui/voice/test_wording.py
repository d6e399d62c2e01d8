"""Times and limits as the widget shows them; the meter's loudness scale."""

from __future__ import annotations

import pytest

from ui.voice import levels, wording
from ui.voice.level_meter import meter_fraction


@pytest.mark.parametrize(
    ("seconds", "shown"), [(0, "0:00"), (7.9, "0:07"), (59.99, "0:59"), (120, "2:00")]
)
def test_clock_text(seconds: float, shown: str) -> None:
    assert wording.clock_text(seconds) == shown


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(120, "2 minutes"), (60, "1 minute"), (90, "90 seconds"), (3, "3 seconds")],
)
def test_limit_text(seconds: float, shown: str) -> None:
    assert wording.limit_text(seconds) == shown


def test_peak_and_rms_of_pcm() -> None:
    pcm = (1000).to_bytes(2, "little", signed=True) + (-2000).to_bytes(2, "little", signed=True)
    assert levels.peak(pcm) == 2000
    assert levels.rms(pcm) == pytest.approx((1000**2 / 2 + 2000**2 / 2) ** 0.5)
    assert levels.peak(b"\x00\x00" * 100) == 0
    assert levels.peak(b"") == 0


def test_the_meter_reads_speech_as_most_of_the_bar() -> None:
    assert meter_fraction(0.0) == 0.0
    assert meter_fraction(1.0) == 1.0
    assert meter_fraction(0.1) == pytest.approx(2 / 3)  # -20 dBFS: ordinary speech
    assert meter_fraction(0.0005) == 0.0  # below the -60 dB floor
