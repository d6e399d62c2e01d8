"""How big a voice note is: a minute of speech through the kiosk's own AAC encoder."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.voice.decoding import decode
from tests.ui.voice.pulse import PulseServer
from ui.voice.wav_file import PcmFormat

# Issue 4 asks for about 0.25 MB a minute: 32 kbit/s is 240,000 bytes. It measures 249,065
# here. espeak-ng's speech has stretches of exact digital silence, on which FFmpeg's AAC encoder
# overspent (0.33 MB a minute) until ui.voice.silence turned them into -90 dBFS noise. The
# bound catches a wrong setting or that overspending again (WAV is 1.9 MB a minute; the
# encoder's default quality about 0.55 MB).
MINUTE_BYTES_MIN = 180_000
MINUTE_BYTES_MAX = 290_000


def test_a_minute_of_speech_is_about_a_quarter_of_a_megabyte(
    qtbot: QtBot, pulse: PulseServer, tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    from ui.voice.encoder import AacEncoder

    speech = decode(qtbot, pulse.folder / "speech.wav").pcm  # espeak-ng, as 16 kHz mono
    fmt = PcmFormat(16_000, 1)
    minute = (speech * (int(60 / fmt.seconds(len(speech))) + 1))[: 60 * fmt.bytes_per_second]
    encoder = AacEncoder()
    target = tmp_path / "minute.m4a"
    with qtbot.waitSignal(encoder.done, timeout=30_000):
        encoder.encode(minute, fmt, target)
    size = target.stat().st_size
    record_property("m4a_bytes_per_minute_of_speech", size)
    print(f"a minute of speech: {size} bytes of AAC in .m4a")
    assert MINUTE_BYTES_MIN < size < MINUTE_BYTES_MAX
    decoded = decode(qtbot, target)
    assert decoded.seconds == pytest.approx(60.0, abs=0.5)
    assert decoded.rms > 0.5 * decode(qtbot, pulse.folder / "speech.wav").rms
