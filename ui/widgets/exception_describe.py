"""The raise form's second page: what is wrong, typed or said, beside similar past cases.

While the text is typed, the most similar past cases of the line are looked up on the worker,
~300 ms after the last key (a debounce: one read per pause, not one per key); an answer for
older words than those now in the box is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from harmony_kiosk.clock import Clock
from ui.widgets.exception_alive import alive
from ui.widgets.exception_past_cases import PastCasesPanel
from ui.widgets.exception_voice import VoiceSlot
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.typed_text import TypedText
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.store.knowledge_index import PastCase

    FindSimilar = Callable[[str], tuple[list[PastCase], dict[str, str]]]

DEBOUNCE_MS = 300
MAX_TEXT = 2000  # harmony_kiosk.services.exceptions.MAX_TEXT


class DescribePanel(QWidget):
    """The text box over the keyboard (or the voice note) on the left; past cases on the right."""

    def __init__(
        self,
        worker: Worker,
        find_similar: FindSimilar,
        clock: Clock,
        voice: VoiceSlot,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._find = find_similar
        self._clock = clock
        self.zone: tzinfo | None = None
        self._asked = 0  # the number of the latest look-up; older answers are dropped
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(12)
        self.text = TypedText(
            name="exception-text",
            placeholder=QCoreApplication.translate(
                "ExceptionDescribe", "What is wrong? Type it here (optional)."
            ),
            lines=2,
            max_chars=MAX_TEXT,
        )
        left.addWidget(self.text)
        self.under = QStackedWidget()
        self.keyboard = OnScreenKeyboard()
        self.keyboard.attach(self.text)
        self.voice = voice
        self.under.addWidget(self.keyboard)
        self.under.addWidget(self.voice)
        left.addWidget(self.under, 1)
        row.addLayout(left, 13)
        self.past = PastCasesPanel()
        row.addWidget(self.past, 7)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._look_up)
        self.text.textChanged.connect(self.timer.start)

    def reset(self) -> None:
        self.timer.stop()
        self._asked += 1
        self.text.clear()
        self.timer.stop()  # clearing counts as a change
        self.past.show_waiting()
        self.voice.reset()
        self.show_voice(on=False)

    def words(self) -> str:
        return self.text.words()

    def show_voice(self, *, on: bool) -> None:
        self.under.setCurrentWidget(self.voice if on else self.keyboard)

    def showing_voice(self) -> bool:
        return self.under.currentWidget() is self.voice

    def look_up_now(self) -> None:
        """Look up at once rather than after the pause (previews)."""
        self.timer.stop()
        self._look_up()

    def _look_up(self) -> None:
        question = self.words()
        self._asked += 1
        asked = self._asked
        if not question:
            self.past.show_waiting()
            return
        find = self._find
        self._worker.run(
            lambda: find(question),
            lambda found: self._found(asked, found),
            lambda _error: self._found(asked, ([], {})),
            background=True,
        )

    def _found(self, asked: int, found: tuple[list[PastCase], dict[str, str]]) -> None:
        if not alive(self) or asked != self._asked:
            return  # the words changed since: a newer look-up is on its way
        cases, names = found
        self.past.show_cases(cases, names, self.zone, self._clock.now())
