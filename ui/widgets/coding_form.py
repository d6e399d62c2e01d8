"""Coding one stop once its reason is chosen: planned or not, a note, a voice note."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.downtime_wording import OTHER_NEEDS_WORDS
from ui.downtime_wording import said as words
from ui.marked import QT_TRANSLATE_NOOP
from ui.widgets.choice_row import ChoiceRow
from ui.widgets.keyboard_dock import KeyboardDock
from ui.widgets.note_field import NoteField
from ui.widgets.touch import button, text

if TYPE_CHECKING:
    from harmony_kiosk.domain.reasons import ReasonCode, ReasonTree
    from harmony_kiosk.services.attachments import Attachment
    from ui.voice.widget import VoiceNoteWidget

MAX_NOTE = 2000  # DowntimeService.MAX_NOTE
NOTE_HEIGHT = 104
OPTIONAL_NOTE = QT_TRANSLATE_NOOP(
    "CodingForm", "A few words help the next lead who meets it (optional)."
)
VoiceFactory = Callable[[], "VoiceNoteWidget"]


class CodingForm(QWidget):
    """The chosen reason on top; "Counts as" (defaulting to the reason's planned flag) and the
    note on the left; the voice note on the right; the keyboard under them while typing."""

    def __init__(self, voice_factory: VoiceFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coding-form")
        self._voice_factory = voice_factory
        self.reason: ReasonCode | None = None
        self.voice: VoiceNoteWidget | None = None
        self.voice_note: Attachment | None = None
        self._label = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        self.about = text("", "caption", name="coding-about")
        column.addWidget(self.about)
        self.path = text("", "title", name="coding-path")
        column.addWidget(self.path)
        column.addSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(28)
        row.addLayout(self._build_note_column(), 1)
        self.voice_box = QWidget()  # hidden whole while typing: the note takes the width
        self.voice_column = QVBoxLayout(self.voice_box)
        self.voice_column.setContentsMargins(0, 0, 0, 0)
        self.voice_column.addStretch(1)  # the voice note keeps its own height, at the top
        row.addWidget(self.voice_box, 1)
        column.addLayout(row, 1)
        self.dock = KeyboardDock(self.note)
        column.addWidget(self.dock)
        self.dock.opened.connect(lambda: self._typing(on=True))
        self.dock.closed.connect(lambda: self._typing(on=False))
        self.done_typing.clicked.connect(self.dock.close_keyboard)
        self.note.edited.connect(self._update_hint)

    def _build_note_column(self) -> QVBoxLayout:
        """ "Counts as", the note with its Done (while typing), and what the note needs."""
        left = QVBoxLayout()
        left.setSpacing(10)
        self.counts_label = text(
            QCoreApplication.translate("CodingForm", "Counts as"), "field-label"
        )
        left.addWidget(self.counts_label)
        self.planned = ChoiceRow(
            (
                ("unplanned", QCoreApplication.translate("CodingForm", "Unplanned loss")),
                ("planned", QCoreApplication.translate("CodingForm", "Planned stop")),
            ),
            name="planned",
        )
        left.addWidget(self.planned)
        left.addSpacing(6)
        self.note_label = text(
            QCoreApplication.translate("CodingForm", "Note (tap to type)"), "field-label"
        )
        left.addWidget(self.note_label)
        note_row = QHBoxLayout()
        note_row.setSpacing(16)
        self.note = NoteField(
            name="coding-note",
            placeholder=QCoreApplication.translate("CodingForm", "What happened, what was done"),
            max_chars=MAX_NOTE,
        )
        note_row.addWidget(self.note, 1)
        self.done_typing = button(
            QCoreApplication.translate("CodingForm", "Done ✓"),
            name="coding-done-typing",
            height=NOTE_HEIGHT,
        )
        self.done_typing.hide()
        note_row.addWidget(self.done_typing)
        left.addLayout(note_row, 1)
        # Two labels rather than one changing role: Qt sizes a label's padding once, when the
        # theme first styles it, so a caption turned warning would squeeze its box.
        self.hint = text("", "caption", name="coding-hint")
        left.addWidget(self.hint)
        self.needs_words = text("", "warning", name="coding-needs-words")
        left.addWidget(self.needs_words)
        return left

    def begin(
        self, about: str, reason: ReasonCode, tree: ReasonTree, language: str, note: str = ""
    ) -> None:
        """A fresh form for `reason`; `about` names the stop, `note` is its note so far (a recode
        keeps it)."""
        self.reason = reason
        self._label = reason.label_in(language)
        self.about.setText(about)
        self.path.setText(tree.path_text(reason.code, language))
        self.planned.set_current("planned" if reason.planned else "unplanned")
        self.note.setPlainText(note)
        self.voice_note = None
        self.dock.close_keyboard()
        self._fresh_voice()
        self._update_hint()

    def _typing(self, *, on: bool) -> None:
        """While the keyboard is up, the note takes the whole width; the rest waits."""
        for widget in (self.about, self.counts_label, self.planned, self.note_label):
            widget.setVisible(not on)
        self._update_hint()
        self.voice_box.setVisible(not on)
        self.done_typing.setVisible(on)

    def is_planned(self) -> bool:
        return self.planned.current() == "planned"

    def missing_words(self) -> bool:
        """True while the reason needs a note or voice note and has neither."""
        needs = self.reason is not None and self.reason.needs_note
        return needs and not self.note.words() and self.voice_note is None

    def _fresh_voice(self) -> None:
        """A new voice-note widget for each stop: nothing recorded for another stop lingers."""
        if self.voice is not None:
            self.voice.hide()
            self.voice.deleteLater()
        self.voice = self._voice_factory()
        self.voice.saved.connect(self._voice_saved)
        self.voice_column.insertWidget(0, self.voice)

    def _voice_saved(self, attachment: Attachment) -> None:
        self.voice_note = attachment
        self._update_hint()

    def _update_hint(self) -> None:
        """A reason that needs words says so in amber until it has them, then in a caption."""
        reason = self.reason
        needs = reason is not None and reason.needs_note
        said = words(OTHER_NEEDS_WORDS).format(label=self._label)
        missing = self.missing_words()
        self.needs_words.setText(said)
        self.needs_words.setVisible(missing and not self.dock.is_open)
        optional = QCoreApplication.translate("CodingForm", OPTIONAL_NOTE)
        self.hint.setText(f"✓  {said}" if needs else optional)
        self.hint.setVisible(not missing and not self.dock.is_open)
