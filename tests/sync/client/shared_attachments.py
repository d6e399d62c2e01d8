"""Kiosk A raises an exception with a short WAV voice note and a small JPEG photo, made here."""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import open_kiosk
from tests.conftest import OPERATOR


@dataclass(frozen=True)
class Raised:
    exception_id: str
    voice_sha256: str
    photo_sha256: str


def tiny_wav(path: Path) -> Path:
    """A tenth of a second of 16 kHz mono silence: a valid, playable WAV."""
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(16_000)
        sound.writeframes(b"\x00\x00" * 1600)
    return path


def tiny_jpeg(path: Path) -> Path:
    """A 64 x 48 JPEG: orange with a dark band, so a thumbnail is visibly the photo."""
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#e8833a"))
    for x in range(64):
        for y in range(20, 28):
            image.setPixelColor(x, y, QColor("#203040"))
    assert image.save(str(path)), "Qt could not write a JPEG"  # the format from ".jpg"
    return path


def raise_with_attachments(data_dir: Path, clock: ManualClock, scratch: Path) -> Raised:
    scratch.mkdir(parents=True, exist_ok=True)
    kiosk = open_kiosk(data_dir, clock)
    try:
        voice = kiosk.attachments.store(tiny_wav(scratch / "note.wav"))
        photo = kiosk.attachments.store(tiny_jpeg(scratch / "photo.jpg"))
        raised = kiosk.exceptions.raise_exception(
            kiosk.auth.login(*OPERATOR),
            "equipment",
            "high",
            "Nutrunner TW-07 reads low",
            voice_note=voice,
            photo=photo,
        )
    finally:
        kiosk.close()
    return Raised(raised.id, voice.sha256, photo.sha256)
