"""What the painted list rows and cards share: the theme's palette, sized fonts, card and chip."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from ui import look

ROW_GAP = 8  # between painted rows of a list


def sized_font(base: QFont, px: int, weight: QFont.Weight, *, italic: bool = False) -> QFont:
    """`px` at normal text size; larger with the large-text setting."""
    font = QFont(base)
    font.setPixelSize(look.scaled(px))
    font.setWeight(weight)
    font.setItalic(italic)
    return font


def draw_card(painter: QPainter, row: QRect, selected: bool) -> QRect:
    """Paint a row's rounded card (highlighted when selected); returns the card's rectangle."""
    colours = look.palette()
    rect = row.adjusted(2, ROW_GAP // 2, -2, -ROW_GAP // 2)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    edge = max(3.0, colours.border_px) if selected else colours.border_px
    painter.setPen(QPen(colours.selected if selected else colours.border, edge))
    painter.setBrush(colours.selected_fill if selected else colours.card)
    inset = edge / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset), 14, 14)
    return rect


def draw_chip(painter: QPainter, rect: QRect, tone: str, radius: float) -> QColor:
    """Fill a status chip in `tone`'s colours (outlined where the theme asks); returns its ink."""
    fill, ink = look.palette().chip(tone)
    edge = look.palette().chip_edge
    painter.setPen(QPen(edge, 2) if edge is not None else Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), radius, radius)
    return ink
