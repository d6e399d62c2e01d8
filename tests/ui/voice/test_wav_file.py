"""The growing WAV: valid on disk after every sync, repaired after a crash, written off-thread."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.voice.take_writer import TakeWriter
from ui.voice.wav_file import GrowingWav, PcmFormat, read_info, read_pcm, repair

FMT = PcmFormat(16_000, 1)


def tone(seconds: float, value: int = 1000) -> bytes:
    return value.to_bytes(2, "little", signed=True) * int(seconds * FMT.sample_rate)


def wave_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as parsed:
        return parsed.getnframes() / parsed.getframerate()


def test_every_sync_leaves_a_wav_any_player_reads(tmp_path: Path) -> None:
    path = tmp_path / "take.wav"
    wav = GrowingWav(path, FMT)
    assert wave_seconds(path) == 0.0
    wav.append(tone(1.5))
    wav.sync()
    assert wave_seconds(path) == 1.5
    wav.append(tone(0.75))  # not synced yet: the header still vouches for 1.5 s only
    wav._handle.flush()
    assert wave_seconds(path) == 1.5
    info = repair(path)  # what recovery does after a crash
    assert info is not None
    assert info.seconds == 2.25
    assert wave_seconds(path) == 2.25
    wav.close()
    assert read_pcm(path) == (FMT, tone(2.25))


def test_repair_drops_a_half_written_frame(tmp_path: Path) -> None:
    path = tmp_path / "take.wav"
    wav = GrowingWav(path, PcmFormat(16_000, 2))
    wav.append(b"\x01\x00" * 5)  # two and a half stereo frames
    wav.abandon()
    info = repair(path)
    assert info is not None
    assert info.data_bytes == 8


def test_an_existing_take_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "take.wav"
    GrowingWav(path, FMT).close()
    with pytest.raises(FileExistsError):
        GrowingWav(path, FMT)


@pytest.mark.parametrize("content", [b"", b"RIFF", b"not a wave file at all" * 4])
def test_files_that_are_not_our_wavs_are_recognised(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "take.wav"
    path.write_bytes(content)
    assert read_info(path) is None
    assert repair(path) is None


def test_the_writer_thread_syncs_about_every_second_of_audio(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "takes" / "take.wav"
    writer = TakeWriter(path, FMT)
    for _ in range(25):  # 1.25 s in 50 ms chunks, as the recorder sends them
        writer.write(tone(0.05))

    def synced() -> float:
        info = read_info(path) if path.exists() else None
        return info.seconds if info is not None else 0.0

    qtbot.waitUntil(lambda: synced() >= 1.0)
    with qtbot.waitSignal(writer.closed) as closed:
        writer.close()
    assert closed.args == [None]
    assert wave_seconds(path) == 1.25


def test_a_take_with_no_sound_leaves_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "take.wav"
    writer = TakeWriter(path, FMT)
    with qtbot.waitSignal(writer.closed):
        writer.close()
    assert not path.exists()


def test_a_write_that_fails_is_reported_not_raised(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    writer = TakeWriter(blocker / "take.wav", FMT)
    writer.write(tone(0.1))
    with qtbot.waitSignal(writer.closed) as closed:
        writer.close()
    assert isinstance(closed.args[0], OSError)
    assert writer.error is closed.args[0]
