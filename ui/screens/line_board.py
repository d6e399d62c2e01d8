"""The line board for leads: where the time went (a Pareto of the shift, day or week), what
stands out (recurring and rising reasons, in sentences with their numbers), open exceptions.
Large enough to read from two metres."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from harmony_kiosk.clock import Clock
from harmony_kiosk.errors import KnownError
from ui import lead_reads
from ui.downtime_wording import clock_time
from ui.language import shown_language
from ui.lead_reads import Period
from ui.marked import QT_TRANSLATE_NOOP
from ui.place import Place
from ui.refusal_wording import refusal_text
from ui.screens.frame import Screen
from ui.widgets.choice_row import ChoiceRow
from ui.widgets.clamped_text import ClampedText
from ui.widgets.pareto_chart import ParetoChart
from ui.widgets.touch import button, card, set_style_property, text
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.kiosk import Kiosk

PERIODS = (
    (Period.SHIFT.value, QT_TRANSLATE_NOOP("LineBoard", "This shift")),
    (Period.DAY.value, QT_TRANSLATE_NOOP("LineBoard", "Today")),
    (Period.WEEK.value, QT_TRANSLATE_NOOP("LineBoard", "7 days")),
)
MAX_PATTERNS = 4  # beyond these the card would scroll forever: the board stays readable


class LineBoardScreen(Screen):
    """Emits `home_requested`; reads the board through the worker when shown or toggled."""

    home_requested = Signal()

    def __init__(
        self,
        worker: Worker,
        kiosk: Kiosk,
        place: Place,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(clock, place, parent)
        self._worker = worker
        self._kiosk = kiosk
        self._clock = clock
        self.board: lead_reads.Board | None = None
        self.header.set_place(
            QCoreApplication.translate("LineBoard", "Line board"), place.line_name
        )
        top = QHBoxLayout()
        self.title = text(
            QCoreApplication.translate("LineBoard", "Where the time went"),
            "title",
            wrap=False,
            name="board-title",
        )
        top.addWidget(self.title, 1)
        periods = tuple(
            (key, QCoreApplication.translate("LineBoard", said)) for key, said in PERIODS
        )
        self.period = ChoiceRow(periods, name="period", min_width=170)
        self.period.picked.connect(lambda _key: self.refresh())
        top.addWidget(self.period)
        self.body.addLayout(top)
        row = QHBoxLayout()
        row.setSpacing(24)
        chart_card = card(name="board-chart")
        chart_column = QVBoxLayout(chart_card)
        chart_column.setContentsMargins(20, 16, 20, 12)
        self.chart_caption = text("", "caption-strong", name="board-chart-caption")
        chart_column.addWidget(self.chart_caption)
        self.chart = ParetoChart()
        chart_column.addWidget(self.chart, 1)
        # At most three lines (the whole sentence in its tooltip): with large text, a longer
        # one pushed the chart's labels under it.
        self.sentence = ClampedText("board-sentence", 3, name="board-pareto-sentence")
        chart_column.addWidget(self.sentence)
        row.addWidget(chart_card, 5)
        row.addLayout(self._build_side(), 3)
        self.body.addLayout(row, 1)
        self.home_button = button(
            QCoreApplication.translate("LineBoard", "←  Home"), name="board-home", height=84
        )
        self.home_button.clicked.connect(self.home_requested)
        self.action_row.addWidget(self.home_button)
        self.action_row.addStretch(1)
        self.updated = text("", "caption", wrap=False, name="board-updated")
        self.action_row.addWidget(self.updated)
        self.refresh_button = button(
            QCoreApplication.translate("LineBoard", "Refresh"), name="board-refresh", height=84
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.action_row.addWidget(self.refresh_button)

    def _build_side(self) -> QVBoxLayout:
        """Open exceptions as one large number; what stands out, in sentences that scroll."""
        right = QVBoxLayout()
        right.setSpacing(16)
        open_card = card(name="board-exceptions")
        open_row = QHBoxLayout(open_card)
        open_row.setContentsMargins(24, 8, 24, 8)
        open_row.addWidget(
            text(
                QCoreApplication.translate("LineBoard", "OPEN EXCEPTIONS\nON THE LINE"),
                "caption-strong",
            ),
            1,
        )
        self.open_count = text("–", "board-number", wrap=False, name="board-open-count")
        open_row.addWidget(self.open_count)
        right.addWidget(open_card)
        scroll = QScrollArea()
        scroll.setObjectName("board-patterns")
        scroll.setProperty("role", "text-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        notes_card = card()
        self.notes = QVBoxLayout(notes_card)
        self.notes.setContentsMargins(24, 16, 24, 16)
        self.notes.setSpacing(14)
        self.notes.addWidget(
            text(QCoreApplication.translate("LineBoard", "WHAT STANDS OUT"), "caption-strong")
        )
        self.patterns: list[QLabel] = []
        self.notes.addStretch(1)
        scroll.setWidget(notes_card)
        right.addWidget(scroll, 1)
        self._patterns_scroll = scroll
        return right

    def enter(self, session: OperatorSession) -> None:
        self.set_person(session)
        self.refresh()

    def refresh(self) -> None:
        period = Period(self.period.current())
        shown = shown_language()  # the reason labels and sentences in the words on screen
        read = partial(lead_reads.board, self._kiosk, self._clock, period, self.zone, shown)
        self._worker.run(read, self._read, self._refused, background=True)

    def _read(self, board: lead_reads.Board) -> None:
        self.board = board
        self.period.set_label(Period.SHIFT.value, board.shift_label)
        self.chart_caption.setText(
            QCoreApplication.translate(
                "LineBoard", "MINUTES LOST BY REASON · {upper} · UNPLANNED"
            ).format(upper=board.label.upper())
        )
        self.chart.set_bars(board.bars)
        self.sentence.set_full_text(
            board.pareto.sentence
            if board.pareto
            else QCoreApplication.translate("LineBoard", "No unplanned downtime in this period.")
        )
        for old in self.patterns:
            old.deleteLater()
        self.patterns = []
        found = [*board.recurring, *board.rising][:MAX_PATTERNS]
        for pattern in found:
            mark = "↻" if pattern.kind == "recurring" else "↗"
            label = text(f"{mark}  {pattern.sentence}", "board-pattern")
            self.notes.insertWidget(self.notes.count() - 1, label)
            self.patterns.append(label)
        if not found:
            quiet = text(
                QCoreApplication.translate("LineBoard", "Nothing recurring or rising this week."),
                "board-pattern",
            )
            self.notes.insertWidget(self.notes.count() - 1, quiet)
            self.patterns.append(quiet)
        # The scroll area is not told its content grew (more patterns, larger text): tell it.
        QCoreApplication.postEvent(self._patterns_scroll, QEvent(QEvent.Type.LayoutRequest))
        self.open_count.setText(str(board.open_exceptions))
        set_style_property(self.open_count, "tone", "bad" if board.open_exceptions else "")
        self.updated.setText(
            QCoreApplication.translate("LineBoard", "Updated {clock_time}").format(
                clock_time=clock_time(self._clock.now(), self.zone)
            )
        )

    def _refused(self, error: KnownError) -> None:
        self.updated.setText(refusal_text(error))
