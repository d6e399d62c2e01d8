"""Plays a take back before it is saved, on the default output."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

log = logging.getLogger(__name__)


class Playback(QObject):
    """Play/stop one file; `playing` says when sound starts and ends (by itself or on stop())."""

    playing = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._output = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.playbackStateChanged.connect(self._on_state)
        self._player.errorOccurred.connect(self._on_error)

    @property
    def is_playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def play(self, path: Path) -> None:
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def stop(self) -> None:
        self._player.stop()

    def release(self) -> None:
        """Let go of the file (so it can be deleted or moved)."""
        self._player.stop()
        self._player.setSource(QUrl())

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        self.playing.emit(state == QMediaPlayer.PlaybackState.PlayingState)

    def _on_error(self, _error: QMediaPlayer.Error, text: str) -> None:
        log.warning("playing the voice note back failed: %s", text)
        self.playing.emit(False)
