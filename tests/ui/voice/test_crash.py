"""A kiosk killed mid-recording leaves a valid WAV, and the next widget offers it as a note."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from harmony_kiosk.services.attachments import Attachments
from tests.ui.voice.decoding import decode
from tests.ui.voice.driving import open_widget, tap
from tests.ui.voice.pulse import PulseServer
from ui.voice import levels, wording
from ui.voice.recovery import takes_dir
from ui.voice.state import VoiceState
from ui.voice.wav_file import read_info
from ui.voice.widget import VoiceNoteWidget
from ui.worker import Worker

pytestmark = pytest.mark.slow  # real recordings, seconds each
ROOT = Path(__file__).resolve().parents[3]
KILL_AFTER_S = 4.0  # of audio the header already vouches for when the process is killed
SPEECH_RMS = 300.0


@pytest.fixture
def recording_process(pulse: PulseServer, data_dir: Path) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.voice.record_until_killed", str(data_dir)],
        cwd=ROOT,
        env={**pulse.env, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


def synced_seconds(folder: Path) -> float:
    """What the header of the one take in `folder` says, as it is on disk right now."""
    takes = list(folder.glob("take-*.wav")) if folder.is_dir() else []
    info = read_info(takes[0]) if len(takes) == 1 else None
    return info.seconds if info is not None else 0.0


def test_a_take_cut_short_by_a_crash_is_a_valid_wav_and_is_offered_again(
    qtbot: QtBot,
    attachments: Attachments,
    worker: Worker,
    data_dir: Path,
    recording_process: subprocess.Popen[bytes],
) -> None:
    folder = takes_dir(data_dir)
    qtbot.waitUntil(lambda: synced_seconds(folder) >= KILL_AFTER_S, timeout=20_000)
    recording_process.kill()  # SIGKILL: no stop(), no final header, no clean-up of any kind
    recording_process.wait(timeout=10)
    assert recording_process.returncode == -9 if os.name == "posix" else True

    (left,) = folder.glob("take-*.wav")
    with wave.open(str(left), "rb") as parsed:  # as any player would read it, unrepaired
        assert (parsed.getnchannels(), parsed.getsampwidth(), parsed.getframerate()) == (
            1,
            2,
            16_000,
        )
        seconds = parsed.getnframes() / parsed.getframerate()
        pcm = parsed.readframes(parsed.getnframes())
    assert seconds >= KILL_AFTER_S
    assert levels.rms(pcm) > SPEECH_RMS, "the kept audio is speech, not silence"

    widget = open_widget(qtbot, attachments, worker, data_dir)
    assert widget.state is VoiceState.RECORDED
    assert widget.take is not None
    assert widget.take.recovered
    assert widget.take.seconds >= seconds  # the repair adds what followed the last sync
    assert widget.panel.message.text() == wording.RECOVERED.format(
        length=wording.clock_text(widget.take.seconds)
    )
    length = widget.take.seconds
    with qtbot.waitSignal(widget.saved, timeout=20_000) as saved:
        tap(qtbot, widget.panel.save)
    assert saved.args[0].media_type == "audio/mp4"
    decoded = decode(qtbot, attachments.path(saved.args[0].sha256))
    assert decoded.seconds == pytest.approx(length, abs=0.5)
    assert decoded.rms > SPEECH_RMS
    qtbot.waitUntil(worker.is_idle)
    assert not list(folder.iterdir())


def test_a_take_left_in_a_closed_form_is_offered_by_the_next_widget(
    qtbot: QtBot, attachments: Attachments, worker: Worker, data_dir: Path, pulse: PulseServer
) -> None:
    """A form reset mid-recording (hidden, then deleted): the take is kept, and offered again
    in this same process, not only after a restart."""
    first = VoiceNoteWidget(attachments, worker, data_dir)  # not qtbot's: this test deletes it
    first.resize(1100, 330)
    first.show()
    qtbot.waitUntil(worker.is_idle)
    tap(qtbot, first.panel.record)
    qtbot.waitUntil(lambda: first.seconds >= 2.0, timeout=15_000)
    first.hide()  # what a form does before it drops the widget
    assert first.state is VoiceState.STOPPING
    qtbot.waitUntil(lambda: first.state is VoiceState.RECORDED, timeout=10_000)
    gone: list[bool] = []
    first.destroyed.connect(lambda: gone.append(True))
    first.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))

    second = open_widget(qtbot, attachments, worker, data_dir)
    assert second.state is VoiceState.RECORDED
    assert second.take is not None
    assert second.take.recovered
    assert second.take.seconds >= 2.0
    tap(qtbot, second.panel.discard)
    qtbot.waitUntil(worker.is_idle)
    assert not list(takes_dir(data_dir).iterdir())
