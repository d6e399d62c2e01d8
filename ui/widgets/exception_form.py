"""The words an action needs (what was contained, the decision record, why it is cancelled),
typed on the on-screen keyboard; a voice note instead of the keyboard where the action takes one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QStackedWidget, QVBoxLayout, QWidget

from ui.widgets.exception_voice import VoiceSlot
from ui.widgets.header import ElidingLabel
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.typed_text import TypedText

MAX_TEXT = 2000  # harmony_kiosk.services.exception_decisions.MAX_TEXT


@dataclass(frozen=True)
class Ask:
    """One field of a form: its label, and whether the service requires it."""

    name: str
    label: str
    required: bool = True


class ActionForm(QWidget):
    """A question, one to three fields side by side, and the keyboard (or the voice note)."""

    def __init__(self, voice: VoiceSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action-form")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)  # 12 left large text at 1280×800 eight pixels short
        # One line each, ending in "…" if need be (the full words stay in text()): with large
        # text at 1280×800, wrapped lines would leave the keyboard too little height.
        self.question = ElidingLabel("card-title")
        self.question.setObjectName("form-question")
        column.addWidget(self.question)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(20)
        self._grid.setVerticalSpacing(4)
        column.addLayout(self._grid)
        self.under = QStackedWidget()
        self.keyboard = OnScreenKeyboard()
        self.voice = voice
        self.under.addWidget(self.keyboard)
        self.under.addWidget(voice)
        column.addWidget(self.under, 1)
        self.fields: dict[str, TypedText] = {}
        self._labels: dict[str, str] = {}
        self.takes_voice = False

    def ask(self, question: str, asks: Sequence[Ask], *, voice: bool = False) -> None:
        """A fresh form: `asks` become empty fields; the first is where the keyboard types."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.question.setText(question)
        self.fields, self._labels = {}, {}
        self.keyboard.detach()
        for position in range(self._grid.columnCount()):
            self._grid.setColumnStretch(position, 0)
        lines = 3 if len(asks) == 1 else 2
        for position, asked in enumerate(asks):
            label = (
                asked.label
                if asked.required
                else QCoreApplication.translate("ExceptionForm", "{label} (optional)").format(
                    label=asked.label
                )
            )
            caption = ElidingLabel("field-label")
            caption.setText(label)
            caption.setToolTip(label)
            self._grid.addWidget(caption, 0, position)
            entry = TypedText(
                name=f"form-{asked.name}", placeholder="", lines=lines, max_chars=MAX_TEXT
            )
            self._grid.addWidget(entry, 1, position)
            self._grid.setColumnStretch(position, 1)
            self.fields[asked.name] = entry
            self._labels[asked.name] = asked.label
        self.keyboard.attach(*self.fields.values())
        self.takes_voice = voice
        self.voice.reset()
        self.show_voice(on=False)

    def values(self) -> dict[str, str]:
        return {name: entry.words() for name, entry in self.fields.items()}

    def show_voice(self, *, on: bool) -> None:
        self.under.setCurrentWidget(self.voice if on and self.takes_voice else self.keyboard)

    def showing_voice(self) -> bool:
        return self.under.currentWidget() is self.voice
