"""One recording on its way to becoming an attachment: the WAV on disk, and what is known of it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ui.voice.wav_file import PcmFormat


@dataclass(frozen=True)
class Take:
    """A finished WAV take. `pcm` is kept in memory for a fresh take (compressed without reading
    the disk again); a take recovered after a crash has None and is read back when saved."""

    wav: Path
    fmt: PcmFormat
    seconds: float
    pcm: bytes | None = None
    recovered: bool = False

    @property
    def compressed(self) -> Path:
        """Where its AAC version goes: beside the WAV, same name."""
        return self.wav.with_suffix(".m4a")
