"""A panel of words that scrolls (swiped) when larger text makes it taller than its place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QVBoxLayout, QWidget


class TextScroll(QScrollArea):
    """Holds `content` at the width it is given; a vertical scroll bar only when it must.
    Without it, a word-wrapped card squeezed below its height draws its lines over each other."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "text-scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        # A plain holder in between: the theme makes the scroll area's own widget transparent,
        # and `content` (a card, say) keeps its background.
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(content)
        self.setWidget(holder)
        holder.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The content's words changed (a new step, another language): size it again, since
        # the scroll area is not told otherwise (its content's layout is not its own).
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
        return False
