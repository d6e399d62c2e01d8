"""A voice note recorded for real through the widget: spoken into a virtual microphone, saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from harmony_kiosk.services.attachments import Attachment, Attachments
from tests.ui.voice.decoding import decode
from tests.ui.voice.driving import open_widget, record_for, tap
from ui.voice import wording
from ui.voice.recovery import takes_dir
from ui.voice.state import VoiceState
from ui.worker import Worker

SPEECH_RMS = 300.0  # espeak-ng through the virtual microphone measures in the thousands
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("pulse")]


def test_a_spoken_note_is_recorded_compressed_and_saved(
    qtbot: QtBot,
    attachments: Attachments,
    worker: Worker,
    data_dir: Path,
    record_property: pytest.RecordProperty,
) -> None:
    widget = open_widget(qtbot, attachments, worker, data_dir)
    record_for(qtbot, widget, 6.0)
    take = widget.take
    assert take is not None
    assert 6.0 <= take.seconds < 7.5
    assert widget.panel.time.text() == wording.clock_text(take.seconds)

    with qtbot.waitSignal(widget.saved, timeout=20_000) as saved:
        tap(qtbot, widget.panel.save)
    attachment = saved.args[0]
    assert isinstance(attachment, Attachment)
    assert attachment.media_type == "audio/mp4"
    assert widget.state is VoiceState.SAVED
    assert (
        widget.panel.message.text() == f"Voice note attached ({wording.clock_text(take.seconds)})."
    )
    stored = attachments.path(attachment.sha256)
    decoded = decode(qtbot, stored)
    assert decoded.seconds == pytest.approx(take.seconds, abs=0.5)
    assert decoded.rms > SPEECH_RMS, "the saved note is silence"
    per_minute = attachment.size / take.seconds * 60
    record_property("m4a_bytes_per_minute", round(per_minute))
    print(f"voice note: {take.seconds:.2f} s, {attachment.size} bytes, {per_minute:.0f} B/min")
    assert 150_000 < per_minute < 320_000, "about 0.25 MB a minute (see test_size.py)"
    qtbot.waitUntil(worker.is_idle)
    assert list(takes_dir(data_dir).iterdir()) == [], "the take's temporary files are gone"


def test_a_note_can_be_played_back_then_discarded(
    qtbot: QtBot, attachments: Attachments, worker: Worker, data_dir: Path
) -> None:
    widget = open_widget(qtbot, attachments, worker, data_dir)
    record_for(qtbot, widget, 2.0)
    tap(qtbot, widget.panel.play)
    qtbot.waitUntil(lambda: widget.panel.play.text() == wording.STOP_PLAYING, timeout=10_000)
    qtbot.waitUntil(lambda: widget.panel.play.text() == wording.PLAY, timeout=15_000)  # ends
    tap(qtbot, widget.panel.play)
    qtbot.waitUntil(lambda: widget.panel.play.text() == wording.STOP_PLAYING, timeout=10_000)
    tap(qtbot, widget.panel.play)  # stopped by hand
    qtbot.waitUntil(lambda: widget.panel.play.text() == wording.PLAY, timeout=10_000)
    tap(qtbot, widget.panel.discard)
    assert widget.state is VoiceState.IDLE
    qtbot.waitUntil(worker.is_idle)
    assert not list(takes_dir(data_dir).glob("*.wav"))


def test_recording_stops_by_itself_at_the_limit(
    qtbot: QtBot, attachments: Attachments, worker: Worker, data_dir: Path
) -> None:
    widget = open_widget(qtbot, attachments, worker, data_dir, max_seconds=3)
    assert "3 seconds" in widget.panel.message.text()
    tap(qtbot, widget.panel.record)
    qtbot.waitUntil(lambda: widget.state is VoiceState.RECORDED, timeout=15_000)
    assert widget.take is not None
    assert widget.take.seconds == pytest.approx(3.0, abs=0.01)
    assert widget.panel.message.text() == wording.AT_LIMIT.format(limit="3 seconds")


def test_a_muted_microphone_is_pointed_out_and_recording_goes_on(
    qtbot: QtBot,
    attachments: Attachments,
    worker: Worker,
    data_dir: Path,
    muted_microphone: None,
) -> None:
    widget = open_widget(qtbot, attachments, worker, data_dir)
    tap(qtbot, widget.panel.record)
    qtbot.waitUntil(lambda: widget.panel.message.text() == wording.MUTED, timeout=10_000)
    assert widget.panel.message.property("role") == "warning"
    assert widget.state is VoiceState.RECORDING
    heard = widget.seconds
    qtbot.waitUntil(lambda: widget.seconds >= heard + 1.0, timeout=10_000)  # still recording
    tap(qtbot, widget.panel.record)
    qtbot.waitUntil(lambda: widget.state is VoiceState.RECORDED, timeout=10_000)
    assert widget.take is not None
    assert widget.take.seconds >= heard + 1.0


def test_when_aac_fails_the_wav_is_attached_and_the_log_says_so(
    qtbot: QtBot,
    attachments: Attachments,
    worker: Worker,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from ui.voice import encoder

    monkeypatch.setattr(encoder, "can_encode_aac", lambda: False)
    widget = open_widget(qtbot, attachments, worker, data_dir)
    record_for(qtbot, widget, 2.0)
    length = widget.seconds
    with qtbot.waitSignal(widget.saved, timeout=20_000) as saved:
        tap(qtbot, widget.panel.save)
    attachment = saved.args[0]
    assert attachment.media_type == "audio/wav"
    assert "the WAV is attached instead" in caplog.text
    assert "AAC" not in widget.panel.message.text()  # the operator is not told about codecs
    decoded = decode(qtbot, attachments.path(attachment.sha256))
    assert decoded.seconds == pytest.approx(length, abs=0.5)
    assert decoded.rms > SPEECH_RMS
