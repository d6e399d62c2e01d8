"""The countdown before an idle log-out: over the whole window, gone at the first touch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.widgets.touch import button, card, text

_SHADE = QColor(15, 23, 42, 170)  # the screen behind stays readable: the operator sees their work


class IdleOverlay(QWidget):
    """Shades the window and counts down. Any touch cancels (the idle watch sees it first); the
    touch itself is taken here, so it never also presses a button of the screen below."""

    stay = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle-overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, on=True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        outer.addLayout(row)
        outer.addStretch(1)
        row.addStretch(1)
        panel = card("message-card")
        panel.setMaximumWidth(760)
        column = QVBoxLayout(panel)
        column.setContentsMargins(48, 40, 48, 40)
        column.setSpacing(16)
        self.title = text("", "title", name="idle-title")
        column.addWidget(self.title)
        self.seconds = text("", "board-number", wrap=False, name="idle-seconds")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.seconds)
        self.message = text("", "message", name="idle-message")
        column.addWidget(self.message)
        self.hint = text("", "lead", name="idle-hint")
        column.addWidget(self.hint)
        self.stay_button = button("", primary=True, name="idle-stay")
        self.stay_button.clicked.connect(self.stay)
        column.addSpacing(8)
        column.addWidget(self.stay_button)
        row.addWidget(panel, 2)
        row.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def show_seconds(self, left: int) -> None:
        self.seconds.setText(f"0:{left:02d}")  # a clock face: no plural to get wrong at 1
        if not self.isVisible():
            self._say()
            self._fit()
            self.show()
            self.raise_()

    def _say(self) -> None:
        """In the language shown now: the logged-in operator's, which may differ each time."""
        self.title.setText(self.tr("Still there?"))
        self.message.setText(self.tr("You will be logged out when this reaches zero."))
        self.hint.setText(self.tr("Touch the screen to stay logged in. What you typed is kept."))
        self.stay_button.setText(self.tr("I'm still here"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), _SHADE)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
