"""How one stop is drawn in the stops list: its span large, its reason under it, a state chip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui import look
from ui.models.stops_model import (
    NO_REASON,
    REASON_ROLE,
    SPAN_ROLE,
    STATE_ROLE,
    TONE_ROLE,
    WHERE_ROLE,
)
from ui.widgets.painted_card import draw_card, draw_chip, sized_font

ROW_HEIGHT = 104  # at normal text size
_TONES = {"running": "alert", "needs": "warning", "coded": "good", "short": "neutral"}


class StopRowDelegate(QStyledItemDelegate):
    """Span and duration on top, the reason (or "No reason yet") below, the state on the right."""

    def sizeHint(
        self, option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(option.rect.width(), look.scaled(ROW_HEIGHT))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        base: QFont = option.font
        painter.save()
        rect = draw_card(painter, option.rect, selected)

        inner = rect.adjusted(24, 12, -20, -12)
        chip_width = min(250, inner.width() // 3)
        text_width = inner.width() - chip_width - 16
        half = inner.height() // 2
        top = QRect(inner.left(), inner.top(), text_width, half)
        bottom = QRect(inner.left(), inner.top() + half, text_width, inner.height() - half)
        where = str(index.data(WHERE_ROLE) or "")
        heading = str(index.data(SPAN_ROLE) or "")
        big = sized_font(base, 26, QFont.Weight.Bold)
        colours = look.palette()
        self._line(painter, top, heading, big, colours.ink, Qt.AlignmentFlag.AlignBottom)
        reason = str(index.data(REASON_ROLE) or "")
        small = sized_font(
            base,
            21,
            QFont.Weight.Normal
            if reason == QCoreApplication.translate("StopsModel", NO_REASON)
            else QFont.Weight.Medium,
        )
        detail = f"{reason}  ·  {where}" if where else reason
        self._line(painter, bottom, detail, small, colours.muted, Qt.AlignmentFlag.AlignTop, pad=4)

        tone = str(index.data(TONE_ROLE) or "short")
        chip_height = look.scaled(48)
        chip = QRect(
            inner.right() - chip_width,
            inner.center().y() - chip_height // 2,
            chip_width,
            chip_height,
        )
        ink = draw_chip(painter, chip, _TONES.get(tone, "neutral"), chip_height / 2)
        chip_font = sized_font(base, 19, QFont.Weight.DemiBold)
        painter.setFont(chip_font)
        painter.setPen(ink)
        label = QFontMetrics(chip_font).elidedText(
            str(index.data(STATE_ROLE) or ""), Qt.TextElideMode.ElideRight, chip.width() - 24
        )
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    @staticmethod
    def _line(
        painter: QPainter,
        area: QRect,
        words: str,
        font: QFont,
        color: QColor,
        vertical: Qt.AlignmentFlag,
        pad: int = 0,
    ) -> None:
        painter.setFont(font)
        painter.setPen(color)
        shown = QFontMetrics(font).elidedText(words, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area.adjusted(0, pad, 0, 0), Qt.AlignmentFlag.AlignLeft | vertical, shown)
