"""Loudness of 16-bit PCM chunks: the peak drives the meter and the muted-microphone warning."""

from __future__ import annotations

import array
import math
import sys

FULL_SCALE = 32768.0


def samples(pcm: bytes) -> array.array[int]:
    """Signed 16-bit little-endian samples (a trailing odd byte is ignored)."""
    values = array.array("h")
    values.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    if sys.byteorder == "big":
        values.byteswap()
    return values


def peak(pcm: bytes) -> int:
    """The largest absolute sample: 0 means true digital silence (a muted microphone)."""
    values = samples(pcm)
    if not values:
        return 0
    return max(-min(values), *values)


def rms(pcm: bytes) -> float:
    """Root mean square of the samples, in sample units (speech: hundreds to thousands)."""
    values = samples(pcm)
    if not values:
        return 0.0
    return math.sqrt(sum(value * value for value in values) / len(values))
