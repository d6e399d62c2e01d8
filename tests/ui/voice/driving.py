"""Taps and waits on the voice-note widget, as an operator's finger and eyes would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from harmony_kiosk.services.attachments import Attachments
from tests.ui.voice.pulse import PulseServer
from ui.voice.state import VoiceState
from ui.voice.widget import VoiceNoteWidget
from ui.worker import Worker


def tap(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible(), f"{button.objectName()} is not visible"
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_widget(
    qtbot: QtBot,
    attachments: Attachments,
    worker: Worker,
    data_dir: Path,
    *,
    max_seconds: float = 120.0,
) -> VoiceNoteWidget:
    """The widget at a size it could have on a kiosk screen, shown, and its start-up settled."""
    widget = VoiceNoteWidget(attachments, worker, data_dir, max_seconds=max_seconds)
    qtbot.addWidget(widget)
    widget.resize(1100, 330)
    widget.show()
    qtbot.waitUntil(worker.is_idle)
    return widget


def record_for(qtbot: QtBot, widget: VoiceNoteWidget, seconds: float) -> None:
    """Record, wait until the widget has counted `seconds` of sound, stop; ends recorded."""
    assert widget.state is VoiceState.IDLE
    tap(qtbot, widget.panel.record)
    assert widget.state is VoiceState.RECORDING
    qtbot.waitUntil(lambda: widget.seconds >= seconds, timeout=int(seconds * 1000) + 10_000)
    tap(qtbot, widget.panel.record)
    qtbot.waitUntil(lambda: widget.state is VoiceState.RECORDED, timeout=10_000)


@contextmanager
def using_microphone(pulse: PulseServer, qtbot: QtBot, name: str) -> Iterator[None]:
    """Make `name` the default microphone until the block ends, once Qt has seen the change."""
    from PySide6.QtMultimedia import QMediaDevices

    def default_is(wanted: str) -> bool:
        return QMediaDevices.defaultAudioInput().id().data() == wanted.encode()

    pulse.pactl("set-default-source", name)
    qtbot.waitUntil(lambda: default_is(name), timeout=10_000)
    try:
        yield
    finally:
        pulse.pactl("set-default-source", "vmic")
        qtbot.waitUntil(lambda: default_is("vmic"), timeout=10_000)
