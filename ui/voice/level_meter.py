"""A live level meter: a thick bar that follows the loudness of the microphone."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

HEIGHT = 44
FLOOR_DB = -60.0  # quieter than this shows as nothing
FALL_PER_UPDATE = 0.06  # the bar falls smoothly instead of flickering between chunks
TRACK = QColor("#D5DDE7")
SPEECH = QColor("#15803D")
LOUD = QColor("#D97706")  # near clipping: the speaker is too close
LOUD_FROM = 0.92


def meter_fraction(peak: float) -> float:
    """0..1 on a decibel scale, so normal speech fills most of the bar."""
    if peak <= 0:
        return 0.0
    decibels = 20 * math.log10(min(peak, 1.0))
    return max(0.0, 1.0 - decibels / FLOOR_DB)


class LevelMeter(QWidget):
    """Shows the latest peak; `clear()` empties it. Not a tap target, only something to watch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voice-level")
        self.setFixedHeight(HEIGHT)
        self.setMinimumWidth(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.fraction = 0.0

    def set_peak(self, peak: float) -> None:
        self.fraction = max(meter_fraction(peak), self.fraction - FALL_PER_UPDATE)
        self.update()

    def clear(self) -> None:
        self.fraction = 0.0
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QRectF(self.rect())
        radius = track.height() / 2
        painter.setBrush(TRACK)
        painter.drawRoundedRect(track, radius, radius)
        if self.fraction > 0:
            filled = QRectF(track)
            filled.setWidth(max(track.height(), track.width() * self.fraction))
            painter.setBrush(LOUD if self.fraction >= LOUD_FROM else SPEECH)
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()
