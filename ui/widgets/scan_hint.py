"""The short hint floated over the window when a scan arrives where no code is expected."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

SHOWN_MS = 3000  # long enough to read at arm's length, short enough not to block the screen
_BOTTOM_MARGIN = 140  # above the action bar, where an operator's eyes already are

# Its own colours, not the theme's: it floats over any screen in any theme, and dark on light
# or light on dark pages must both read.
_STYLE = (
    "QLabel { background: #13202F; color: #FFFFFF; font-size: 26px; font-weight: 600;"
    " border: 3px solid #FBBF24; border-radius: 14px; padding: 18px 32px; }"
)


class ScanHint(QLabel):
    """Shown for a few seconds at the bottom of the window; taps go through to the screen."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("scan-hint")
        self.setStyleSheet(_STYLE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        window.installEventFilter(self)  # keep its place when the window is resized

    def say(self, message: str) -> None:
        self.setText(message)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self._timer.start()

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        x = max(0, (window.width() - self.width()) // 2)
        y = max(0, window.height() - self.height() - _BOTTOM_MARGIN)
        self.move(x, y)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
