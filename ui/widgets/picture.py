"""A step's picture, scaled to fit the space it is given without distortion."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget


class Picture(QWidget):
    """Paints its pixmap as large as fits, centred; shows nothing when it has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(140)

    def set_image(self, data: bytes | None) -> bool:
        """Load PNG/JPEG bytes; False (and hidden) when there are none or they do not decode."""
        pixmap = QPixmap()
        loaded = bool(data) and pixmap.loadFromData(data or b"")
        self._pixmap = pixmap if loaded else QPixmap()
        self.setVisible(loaded)
        self.update()
        return loaded

    def sizeHint(self) -> QSize:
        return QSize(480, 300)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self._pixmap.isNull():
            return
        scaled = self._pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, scaled.width(), scaled.height())
        target.moveCenter(self.rect().center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, self._pixmap)
