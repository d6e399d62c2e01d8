"""The line's open exceptions on the home screen: compact cards, refreshed on the worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from harmony_kiosk.clock import Clock
from harmony_kiosk.errors import KnownError
from ui.models.exception_queue_model import ExceptionQueueModel
from ui.refusal_wording import refusal_text
from ui.widgets.exception_alive import alive
from ui.widgets.exception_card import ExceptionCardDelegate, card_size
from ui.widgets.touch import text
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.exceptions import ExceptionService, ExceptionView

REFRESH_MS = 15_000  # other kiosks' exceptions arrive by sync; ages move on


class ExceptionQueue(QWidget):
    """A heading with the count, the cards in one row (swiped sideways when many), or one line
    saying the line has none. Tapping a card opens that exception (`opened`)."""

    opened = Signal(str)  # exception id

    def __init__(
        self,
        worker: Worker,
        exceptions: ExceptionService,
        clock: Clock,
        line_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exception-queue")
        self._worker = worker
        self._exceptions = exceptions
        self._clock = clock
        self._line_name = line_name
        self._reading = False
        self._again = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        heading = QHBoxLayout()
        heading.addWidget(
            text(
                QCoreApplication.translate("ExceptionQueue", "OPEN EXCEPTIONS"),
                "caption-strong",
                wrap=False,
            )
        )
        heading.addStretch(1)
        self.count = text("", "caption", wrap=False, name="exception-count")
        heading.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(heading)
        self.model = ExceptionQueueModel()
        self.list = QListView()
        self.list.setObjectName("exception-list")
        self.list.setProperty("role", "queue")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ExceptionCardDelegate(self.list))
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Swiped sideways (a card cut at the right edge says there are more); no scroll bar:
        # its height is better spent on the work orders above.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setFixedHeight(card_size().height() + 2)
        QScroller.grabGesture(self.list.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.list.clicked.connect(self._clicked)
        column.addWidget(self.list)
        self.empty = text("", "caption", name="exception-empty")
        column.addWidget(self.empty)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._show_views([])

    def refresh(self) -> None:
        """Read the line's open exceptions again (one read at a time; a second one queued)."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        self._worker.run(self._exceptions.open_on_line, self._read, self._failed, background=True)

    def views(self) -> list[ExceptionView]:
        return self.model.views()

    def _read(self, views: list[ExceptionView]) -> None:
        if not alive(self):
            return
        self._reading = False
        self._show_views(views)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: KnownError) -> None:
        if not alive(self):
            return
        self._reading = False
        self.count.setText(refusal_text(error))

    def _show_views(self, views: list[ExceptionView]) -> None:
        self.model.set_views(views, self._clock.now())
        self.list.setVisible(bool(views))
        self.empty.setVisible(not views)
        self.empty.setText(
            QCoreApplication.translate(
                "ExceptionQueue", "No open exceptions on {line_name}."
            ).format(line_name=self._line_name)
        )
        found = len(views)  # a plain name: lupdate does not read a call as the count
        self.count.setText(
            QCoreApplication.translate(
                "ExceptionQueue", "%n exception(s) on {line}", "", found
            ).format(line=self._line_name)
            if views
            else ""
        )

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.model.view(index.row()).id)

    def changeEvent(self, event: QEvent) -> None:
        # The text size can change while the kiosk runs (maintenance): the cards grow with it.
        if event.type() == QEvent.Type.FontChange:
            self.list.setFixedHeight(card_size().height() + 2)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
