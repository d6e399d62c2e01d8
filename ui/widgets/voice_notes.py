"""The voice notes attached to a record (an exception, a stop), each one a play button."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from ui.widgets.touch import button, text

if TYPE_CHECKING:
    from ui.voice.player import Playback


@dataclass(frozen=True)
class VoiceNoteFile:
    """A voice note named by an event; `path` is None while its file is not on this kiosk
    (recorded on another kiosk of the line, not downloaded yet)."""

    sha256: str
    path: Path | None


def voice_note_file(blob_path: Path, sha256: str) -> VoiceNoteFile:
    """On the worker (it looks at the disk): the note with its file, if the file is here."""
    return VoiceNoteFile(sha256, blob_path if blob_path.is_file() else None)


class VoiceNotes(QFrame):
    """A card, hidden while there is no voice note: one play button per note that is here, and
    a sentence for each that is not here yet (it appears once the sync has fetched it).
    Unframed, it sits inside another card (a stop's details) with no title of its own."""

    def __init__(self, parent: QWidget | None = None, *, framed: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("voice-notes")
        self._column = QVBoxLayout(self)
        self._column.setSpacing(8)
        if framed:
            self.setProperty("role", "card")
            self._column.setContentsMargins(24, 18, 24, 18)  # as the overview's other cards
            self._column.addWidget(text(self.tr("Voice notes"), "section-title"))
        else:
            self._column.setContentsMargins(0, 0, 0, 0)
        self.rows: list[QWidget] = []
        self._notes: list[VoiceNoteFile] = []
        self._playing: int | None = None
        self._playback: Playback | None = None
        self.hide()

    def show_notes(self, notes: Sequence[VoiceNoteFile]) -> None:
        if list(notes) == self._notes:
            return  # a refresh with nothing new: a note being played keeps playing
        self.stop()
        for old in self.rows:
            self._column.removeWidget(old)
            old.deleteLater()
        self._notes = list(notes)
        self.rows = [self._row(number, note) for number, note in enumerate(self._notes)]
        for row in self.rows:
            self._column.addWidget(row)
        self.setVisible(bool(self._notes))

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the screen stops the sound: a note must not play on behind the next one."""
        self.stop()
        super().hideEvent(event)

    def stop(self) -> None:
        """Stop any playback (leaving the screen, or new notes shown)."""
        if self._playback is not None:
            self._playback.release()
        self._show_playing(playing=False)

    def _row(self, number: int, note: VoiceNoteFile) -> QWidget:
        if note.path is None:
            shown: QWidget = text(
                self.tr("A voice note recorded on another kiosk: not downloaded yet."),
                "caption",
            )
        else:
            shown = button(self._play_words(number))
            shown.clicked.connect(lambda: self._toggle(number))
        shown.setObjectName(f"voice-note-{number}")
        return shown

    def _play_words(self, number: int) -> str:
        if len(self._notes) == 1:
            return self.tr("▶  Play the voice note")
        return self.tr("▶  Play voice note {number}").format(number=number + 1)

    def _toggle(self, number: int) -> None:
        path = self._notes[number].path
        if path is None:
            return
        playback = self._player()
        if self._playing == number:
            playback.stop()
            return
        playback.play(path)
        self._playing = number
        self._show_playing(playing=True)

    def _player(self) -> Playback:
        if self._playback is None:
            from ui.voice.player import Playback  # noqa: PLC0415 (Qt Multimedia: on first use)

            self._playback = Playback(self)
            self._playback.playing.connect(lambda on: self._show_playing(playing=on))
        return self._playback

    def _show_playing(self, *, playing: bool) -> None:
        if not playing:
            self._playing = None
        for number, row in enumerate(self.rows):
            if isinstance(row, QPushButton):
                row.setText(
                    self.tr("■  Stop") if number == self._playing else self._play_words(number)
                )
