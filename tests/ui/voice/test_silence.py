"""Zero samples become ±1 before AAC, and nothing else changes (ui.voice.silence)."""

from __future__ import annotations

import array
import itertools

from ui.voice.silence import fill_digital_silence


def test_every_zero_sample_becomes_plus_or_minus_one_and_the_rest_is_kept() -> None:
    samples = array.array("h", [0, 5, 0, 0, 256, 0, -1, 0, 0, 0, 3, -256, 0])
    filled = array.array("h", fill_digital_silence(samples.tobytes()))
    assert len(filled) == len(samples)
    for before, after in zip(samples, filled, strict=True):
        assert after == before if before else after in (1, -1)


def test_a_silent_stretch_becomes_faint_noise_the_same_each_time() -> None:
    silence = bytes(2 * 16_000)  # a second of digital silence
    filled = array.array("h", fill_digital_silence(silence))
    assert set(filled) == {1, -1}
    # Noise, not a tone: a Nyquist tone (+1, -1, +1, ...) is filtered away by the encoder and
    # leaves it the silence it overspends on; nor a DC offset (all +1).
    changes = sum(1 for a, b in itertools.pairwise(filled) if a != b)
    assert 0.4 < changes / len(filled) < 0.6
    assert fill_digital_silence(silence) == filled.tobytes()  # the same take, the same file


def test_sound_without_zero_samples_is_returned_as_it_is() -> None:
    pcm = array.array("h", [256, 1, -256, 512]).tobytes()  # zero bytes, but no zero sample
    assert fill_digital_silence(pcm) is pcm
