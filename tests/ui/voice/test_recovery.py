"""Takes left on disk are offered again: newest first, repaired, never one a widget holds."""

from __future__ import annotations

import os
from pathlib import Path

from ui.voice import recovery
from ui.voice.wav_file import GrowingWav, PcmFormat

FMT = PcmFormat(16_000, 1)


def left_take(folder: Path, name: str, seconds: float, mtime: int) -> Path:
    """A take as a crash leaves it: the header synced once, more audio after it."""
    path = folder / name
    wav = GrowingWav(path, FMT)
    wav.append(b"\x10\x00" * int(seconds * FMT.sample_rate / 2))
    wav.sync()
    wav.append(b"\x10\x00" * int(seconds * FMT.sample_rate / 2))
    wav.abandon()
    os.utime(path, (mtime, mtime))
    return path


def test_left_takes_are_offered_newest_first_and_repaired(tmp_path: Path) -> None:
    folder = recovery.takes_dir(tmp_path)
    folder.mkdir()
    older = left_take(folder, "take-older.wav", 3.0, 1_000)
    newer = left_take(folder, "take-newer.wav", 2.0, 2_000)
    tap = left_take(folder, "take-tap.wav", 0.2, 3_000)
    (folder / "take-junk.wav").write_bytes(b"garbage")
    (folder / "take-older.m4a").write_bytes(b"half an AAC file")
    held = left_take(folder, "take-held.wav", 2.0, 4_000)
    recovery.claim(held)
    try:
        found = recovery.left_takes(folder)
        assert [take.wav for take in found] == [newer, older]
        assert [take.seconds for take in found] == [2.0, 3.0]
        assert all(take.recovered and take.pcm is None for take in found)
        assert not tap.exists()
        assert not (folder / "take-junk.wav").exists()
        assert not (folder / "take-older.m4a").exists()
        assert held.exists()
        assert recovery.left_takes(folder) == [], "a take is offered by one widget only"
    finally:
        for path in (held, older, newer):
            recovery.release(path)


def test_no_folder_means_nothing_left(tmp_path: Path) -> None:
    assert recovery.left_takes(tmp_path / "never-recorded") == []
