"""A live level meter: a thick bar that follows the loudness of the microphone, in the colours of
the theme's palette (ui/palettes.py), read at paint time so a theme change repaints it."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import look

HEIGHT = 44
FLOOR_DB = -60.0  # quieter than this shows as nothing
FALL_PER_UPDATE = 0.06  # the bar falls smoothly instead of flickering between chunks
LOUD_FROM = 0.92  # near clipping: the speaker is too close


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
        colours = look.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = colours.border_px if colours.level_edge is not None else 0.0
        # The pen straddles the outline: inset by half of it so the whole edge shows.
        track = QRectF(self.rect()).adjusted(edge / 2, edge / 2, -edge / 2, -edge / 2)
        radius = track.height() / 2
        if colours.level_edge is not None:
            painter.setPen(QPen(colours.level_edge, edge))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.level_track)
        painter.drawRoundedRect(track, radius, radius)
        if self.fraction > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            inner = track.adjusted(edge / 2, edge / 2, -edge / 2, -edge / 2)
            filled = QRectF(inner)
            filled.setWidth(max(inner.height(), inner.width() * self.fraction))
            loud = self.fraction >= LOUD_FROM
            painter.setBrush(colours.level_loud if loud else colours.level_speech)
            inner_radius = inner.height() / 2
            painter.drawRoundedRect(filled, inner_radius, inner_radius)
        painter.end()
