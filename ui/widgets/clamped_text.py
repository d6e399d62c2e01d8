"""A label that shows at most a few lines of a longer text, the last one ending in "…"."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ClampedText(QLabel):
    """Wraps `full_text` to the label's width, keeps `lines` lines, and elides the rest. Its
    height is always `lines` lines, so cards of one kind line up whatever their text."""

    def __init__(
        self, role: str, lines: int, *, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        if name:
            self.setObjectName(name)
        self._lines = lines
        self._full = ""
        self.setWordWrap(False)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    @property
    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = " ".join(text.split())  # one paragraph: line breaks would waste a line
        self.setToolTip(self._full)
        self._fit()

    def sizeHint(self) -> QSize:
        self.ensurePolished()
        return QSize(200, self._lines * self.fontMetrics().lineSpacing() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        if width <= 0:
            self.setText(self._full)
            return
        self.ensurePolished()
        self.setText("\n".join(clamp_lines(self._full, self.font(), width, self._lines)))


def clamp_lines(full: str, font: QFont, width: int, lines: int) -> list[str]:
    """`full` wrapped at word boundaries to `width` px, at most `lines` lines, "…" if cut."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(full, font)
    layout.beginLayout()
    shown: list[str] = []
    while len(shown) < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(shown) == lines - 1 and start + length < len(full):
            shown.append(metrics.elidedText(full[start:], Qt.TextElideMode.ElideRight, width))
            break
        shown.append(full[start : start + length].rstrip())
    layout.endLayout()
    return shown
