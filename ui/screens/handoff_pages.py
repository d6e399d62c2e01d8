"""The two pages of the handoff screen, as widgets: writing the handoff, and the handed one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.marked import QT_TRANSLATE_NOOP
from ui.widgets.badge_pin import BadgePinForm
from ui.widgets.handoff_summary_view import HandoffSummaryView
from ui.widgets.keyboard_dock import KeyboardDock
from ui.widgets.note_field import NoteField
from ui.widgets.touch import button, text
from ui.widgets.voice_notes import VoiceNotes

MAX_NOTES = 4000  # HandoffService.MAX_NOTES
ACCEPT_HINT = QT_TRANSLATE_NOOP("Handoff", "Incoming lead: your badge, then your PIN.")


class HandoffWritePage(QWidget):
    """The outgoing lead's page: the summary, the notes with their keyboard, the voice notes.

    The texts keep the "Handoff" translation context of the screen they are part of."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.summary = HandoffSummaryView()
        row.addWidget(self.summary, 5)
        right = QVBoxLayout()
        right.setSpacing(10)
        self.notes_label = text(
            QCoreApplication.translate("Handoff", "Notes for the incoming lead (tap to type)"),
            "field-label",
        )
        right.addWidget(self.notes_label)
        notes_row = QHBoxLayout()
        self.notes = NoteField(
            name="handoff-notes",
            placeholder=QCoreApplication.translate("Handoff", "What the next shift must know"),
            max_chars=MAX_NOTES,
        )
        notes_row.addWidget(self.notes, 1)
        self.done_typing = button(
            QCoreApplication.translate("Handoff", "Done ✓"), name="handoff-done-typing", height=104
        )
        self.done_typing.hide()
        notes_row.addWidget(self.done_typing)
        right.addLayout(notes_row, 1)
        self.voice_count = text("", "caption", name="handoff-voice-count")
        right.addWidget(self.voice_count)
        self.voice_column = QVBoxLayout()  # the screen puts its voice note recorder here
        right.addLayout(self.voice_column)
        row.addLayout(right, 4)
        column.addLayout(row, 1)
        self.dock = KeyboardDock(self.notes)
        self.done_typing.clicked.connect(self.dock.close_keyboard)
        column.addWidget(self.dock)


class HandoffHandedPage(QWidget):
    """A handed-over handoff: its summary, its voice notes to play, the incoming lead's accept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        left = QVBoxLayout()
        self.summary = HandoffSummaryView()
        left.addWidget(self.summary, 1)
        self.voice = VoiceNotes()  # the outgoing lead's voice notes, to play
        left.addWidget(self.voice)
        row.addLayout(left, 4)
        right = QVBoxLayout()
        self.accept_form = BadgePinForm(
            QCoreApplication.translate("Handoff", "Accept the handoff"),
            QCoreApplication.translate("Handoff", ACCEPT_HINT),
            QCoreApplication.translate("Handoff", "Accept"),
            name="accept",
        )
        right.addWidget(self.accept_form, 1)
        self.accepted = text("", "success", name="handoff-accepted")
        right.addWidget(self.accepted)
        right.addStretch(0)
        row.addLayout(right, 7)
