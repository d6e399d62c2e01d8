"""Reading a saved voice note back the way the kiosk would: Qt's own decoder, to 16 kHz mono."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.voice import levels

RATE = 16_000


@dataclass(frozen=True)
class Decoded:
    pcm: bytes  # 16 kHz mono 16-bit

    @property
    def seconds(self) -> float:
        return len(self.pcm) / (2 * RATE)

    @property
    def rms(self) -> float:
        return levels.rms(self.pcm)


def decode(qtbot: QtBot, path: Path) -> Decoded:
    """Every sample of `path` through QAudioDecoder; fails the test on a decoder error."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat

    decoder = QAudioDecoder()
    wanted = QAudioFormat()
    wanted.setSampleRate(RATE)
    wanted.setChannelCount(1)
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    decoder.setAudioFormat(wanted)
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    pcm = bytearray()
    errors: list[str] = []
    finished: list[bool] = []
    decoder.bufferReady.connect(lambda: pcm.extend(bytes(decoder.read().constData())))
    decoder.error.connect(lambda _code: errors.append(decoder.errorString()))
    decoder.finished.connect(lambda: finished.append(True))
    decoder.start()
    qtbot.waitUntil(lambda: bool(finished or errors), timeout=20_000)
    assert not errors, errors
    return Decoded(bytes(pcm))
