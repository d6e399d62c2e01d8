"""Every state of the widget, recorded for real: tap targets sized for gloves, and a screenshot.

The sheet is saved with the test's output; docs/screenshots/voice-note.png is a copy of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from harmony_kiosk.services.attachments import Attachments
from tests.ui.conftest import Screenshots
from tests.ui.tappables import MIN_PRIMARY_PX, problems
from tests.ui.voice.driving import open_widget, tap, using_microphone
from tests.ui.voice.pulse import PulseServer
from tests.ui.voice.sheet import save_sheet
from ui.voice import backend, wording
from ui.voice.state import VoiceState
from ui.voice.widget import VoiceNoteWidget
from ui.worker import Worker

pytestmark = pytest.mark.slow  # real recordings, seconds each


def look(widget: VoiceNoteWidget, grabs: list[tuple[str, QPixmap]], caption: str) -> None:
    """Judge the tap targets as the state is now, and keep a picture of it."""
    QApplication.processEvents()
    assert problems(widget) == [], caption
    grabs.append((caption, widget.grab()))


def test_every_state_fits_a_gloved_hand(
    qtbot: QtBot,
    pulse: PulseServer,
    attachments: Attachments,
    worker: Worker,
    data_dir: Path,
    shots: Screenshots,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    grabs: list[tuple[str, QPixmap]] = []
    widget = open_widget(qtbot, attachments, worker, data_dir)
    assert widget.panel.record.property("primary") is True
    assert widget.panel.record.height() >= MIN_PRIMARY_PX
    look(widget, grabs, "Ready")

    tap(qtbot, widget.panel.record)
    qtbot.waitUntil(
        lambda: widget.seconds >= 3.2 and widget.panel.meter.fraction > 0.5, timeout=20_000
    )
    look(widget, grabs, "Recording: live level and time")
    tap(qtbot, widget.panel.record)
    qtbot.waitUntil(lambda: widget.state is VoiceState.RECORDED)
    tap(qtbot, widget.panel.play)
    qtbot.waitUntil(lambda: widget.panel.play.text() == wording.STOP_PLAYING)
    look(widget, grabs, "Recorded: playing it back before attaching")
    tap(qtbot, widget.panel.play)
    with qtbot.waitSignal(widget.saved, timeout=20_000):
        tap(qtbot, widget.panel.save)
    look(widget, grabs, "Attached")
    tap(qtbot, widget.panel.again)

    with using_microphone(pulse, qtbot, "vmute"):
        tap(qtbot, widget.panel.record)
        qtbot.waitUntil(lambda: widget.panel.message.text() == wording.MUTED, timeout=10_000)
        look(widget, grabs, "Recording from a muted microphone")
        record_stop = widget.panel.record
        tap(qtbot, record_stop)
        qtbot.waitUntil(lambda: widget.state is VoiceState.RECORDED)
        tap(qtbot, widget.panel.discard)
        qtbot.waitUntil(worker.is_idle)

    # What a kiosk without a microphone shows (its real causes run in test_unavailable.py).
    monkeypatch.setattr(backend, "load", lambda _parent: wording.NO_MICROPHONE)
    unavailable = open_widget(qtbot, attachments, worker, data_dir)
    assert unavailable.state is VoiceState.UNAVAILABLE
    look(unavailable, grabs, "No microphone on this kiosk")

    sheet = save_sheet(grabs, shots.folder / "voice-note.png")
    shots.saved.append(sheet)
