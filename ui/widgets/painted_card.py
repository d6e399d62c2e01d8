"""What the painted list rows and cards share: the palette, sized fonts, the rounded card."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPen

INK = QColor("#0F172A")
MUTED = QColor("#475569")
BORDER = QColor("#CBD5E1")
SELECTED = QColor("#0B57D0")
SELECTED_FILL = QColor("#EAF1FD")
ROW_GAP = 8  # between painted rows of a list


def sized_font(base: QFont, px: int, weight: QFont.Weight, *, italic: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(px)
    font.setWeight(weight)
    font.setItalic(italic)
    return font


def draw_card(painter: QPainter, row: QRect, selected: bool) -> QRect:
    """Paint a row's rounded card (highlighted when selected); returns the card's rectangle."""
    rect = row.adjusted(2, ROW_GAP // 2, -2, -ROW_GAP // 2)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(SELECTED if selected else BORDER, 3 if selected else 1.5))
    painter.setBrush(SELECTED_FILL if selected else QColor("#FFFFFF"))
    painter.drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 14, 14)
    return rect
