"""Digital silence (samples that are exactly zero) replaced by a ±1 LSB pattern before AAC.

FFmpeg's AAC encoder misses its bit rate on frames of pure zeros: a take with stretches of them
(synthesised speech, a muted or gated microphone) came out at 44 kbit/s instead of 32 (0.33 MB
a minute instead of 0.25); the same take with each zero sample set to a random ±1 hits
33.2 kbit/s. ±1 of 32,768 is -90 dBFS, far below anything a loudspeaker makes audible. The ±1
must be noise: alternating +1, -1 (a tone at the Nyquist frequency, which the encoder filters
away) left the frames silent to it and the file as large as before.
"""

from __future__ import annotations

import random
import re

_ZERO_BYTES = re.compile(rb"\x00+")
_NOISE_SAMPLES = 4096
# ±1 as signed 16-bit little-endian samples, in a fixed random order: the same take gives the
# same file.
_RANDOM = random.Random(0)  # noqa: S311 (inaudible noise, not a secret)
_NOISE = b"".join(_RANDOM.choice((b"\x01\x00", b"\xff\xff")) for _ in range(_NOISE_SAMPLES))


def fill_digital_silence(pcm: bytes) -> bytes:
    """`pcm` (16-bit little-endian, sample-aligned) with every zero sample set to ±1."""
    pieces: list[bytes] = []
    done = 0
    for run in _ZERO_BYTES.finditer(pcm):
        start = run.start() + (run.start() & 1)  # the first whole sample inside the run
        end = run.end() - (run.end() & 1)
        if end - start < 2:
            continue
        pieces.append(pcm[done:start])
        offset = start % len(_NOISE)
        pattern = _NOISE[offset:] + _NOISE * ((end - start) // len(_NOISE) + 1)
        pieces.append(pattern[: end - start])
        done = end
    if not pieces:
        return pcm
    pieces.append(pcm[done:])
    return b"".join(pieces)
