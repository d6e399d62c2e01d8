"""The Qt Multimedia side of voice notes; imported only through ui.voice.backend, guarded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtMultimedia import QMediaDevices

from ui.voice import microphone
from ui.voice.encoder import AacEncoder
from ui.voice.microphone import Microphone
from ui.voice.player import Playback
from ui.voice.recorder import Recorder


class Kit:
    """Finds the default microphone when asked (it may change: a headset plugged in), and makes
    the recorder, encoder and player."""

    def __init__(self, parent: QObject) -> None:
        self._devices = QMediaDevices(parent)

    def microphone(self) -> Microphone | str:
        """The default input now, or why there is none (operator wording)."""
        return microphone.find()

    def watch(self, changed: Callable[[], None]) -> None:
        """Call `changed` whenever a microphone comes, goes, or another becomes the default."""
        self._devices.audioInputsChanged.connect(changed)

    def recorder(
        self, found: Microphone, folder: Path, max_seconds: float, parent: QObject
    ) -> Recorder:
        return Recorder(found, folder, max_seconds, parent)

    def encoder(self, parent: QObject) -> AacEncoder:
        return AacEncoder(parent)

    def playback(self, parent: QObject) -> Playback:
        return Playback(parent)
