"""How one open exception is drawn in the home screen's queue: a compact card, easy to hit.

Severity is the coloured bar on the left, kind and severity the heading, then what was said,
and a last line of chips: the status, and the two things a lead must not miss (conflicting
decisions, a job on hold).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ui.exception_wording import (
    CONFLICT_BADGE,
    CONFLICT_SHORT,
    HOLD_BADGE,
    HOLD_SHORT,
    status_name,
    title,
)
from ui.models.exception_queue_model import AGE_ROLE, VIEW_ROLE
from ui.widgets.clamped_text import clamp_lines

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.exceptions import ExceptionView

CARD_WIDTH = 400
CARD_HEIGHT = 106  # three lines: heading, what was said, chips
_GAP = 12
_INK = QColor("#0F172A")
_MUTED = QColor("#475569")
_BORDER = QColor("#CBD5E1")
SEVERITY_COLOURS = {
    "low": QColor("#64748B"),
    "medium": QColor("#D97706"),
    "high": QColor("#EA580C"),
    "critical": QColor("#DC2626"),
}
# status -> (fill, ink)
_STATUS_CHIPS = {
    "open": (QColor("#FEF3C7"), QColor("#78350F")),
    "acknowledged": (QColor("#DBEAFE"), QColor("#1E3A8A")),
    "contained": (QColor("#E0E7FF"), QColor("#3730A3")),
    "resolved": (QColor("#DCFCE7"), QColor("#14532D")),
    "cancelled": (QColor("#E2E8F0"), QColor("#334155")),
}
_CONFLICT = (QColor("#FFEDD5"), QColor("#9A3412"))
_HOLD = (QColor("#FEE2E2"), QColor("#991B1B"))


def _font(base: QFont, px: int, weight: QFont.Weight, *, italic: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(px)
    font.setWeight(weight)
    font.setItalic(italic)
    return font


class ExceptionCardDelegate(QStyledItemDelegate):
    def sizeHint(
        self, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(CARD_WIDTH, CARD_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        view = cast("ExceptionView | None", index.data(VIEW_ROLE))
        if view is None:
            return
        rect: QRect = option.rect.adjusted(0, 0, -_GAP, 0)
        base: QFont = option.font
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_BORDER, 1.5))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 14, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SEVERITY_COLOURS.get(view.severity, _MUTED))
        painter.drawRoundedRect(
            QRectF(rect.left() + 1, rect.top() + 1, 12, rect.height() - 2), 6, 6
        )

        inner = rect.adjusted(28, 6, -16, -6)
        heading_font = _font(base, 24, QFont.Weight.Bold)
        age_font = _font(base, 18, QFont.Weight.DemiBold)
        age = str(index.data(AGE_ROLE) or "")
        age_width = QFontMetrics(age_font).horizontalAdvance(age) + 4
        top = QRect(inner.left(), inner.top(), inner.width(), 30)
        painter.setFont(age_font)
        painter.setPen(_MUTED)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, age)
        painter.setFont(heading_font)
        painter.setPen(_INK)
        heading = QFontMetrics(heading_font).elidedText(
            title(view.kind, view.severity), Qt.TextElideMode.ElideRight, inner.width() - age_width
        )
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)

        said = view.text or "No description"
        said_font = _font(base, 20, QFont.Weight.Normal, italic=not view.text)
        painter.setFont(said_font)
        painter.setPen(_INK if view.text else _MUTED)
        line_height = QFontMetrics(said_font).lineSpacing()
        for number, line in enumerate(clamp_lines(said, said_font, inner.width(), 1)):
            line_rect = QRect(
                inner.left(), top.bottom() + 1 + number * line_height, inner.width(), line_height
            )
            painter.drawText(
                line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line
            )

        chips_top = inner.bottom() - 30
        chips = QRect(inner.left(), chips_top, inner.width(), 30)
        if not view.raised_here:  # raised on another kiosk of the line: say which station
            where_font = _font(base, 18, QFont.Weight.DemiBold)
            where = view.station_id
            painter.setFont(where_font)
            painter.setPen(_MUTED)
            painter.drawText(
                chips, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, where
            )
            chips.setRight(chips.right() - QFontMetrics(where_font).horizontalAdvance(where) - 12)
        self._chips(painter, view, chips, base)
        painter.restore()

    @staticmethod
    def _chips(painter: QPainter, view: ExceptionView, area: QRect, base: QFont) -> None:
        font = _font(base, 18, QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        # In conflict, the status is the first decision's: the badge says what matters.
        status = _STATUS_CHIPS.get(view.status, _STATUS_CHIPS["open"])
        chips = [] if view.conflict else [(status_name(view.status), *status)]
        long_badges = [(CONFLICT_BADGE, *_CONFLICT)] * view.conflict + [
            (HOLD_BADGE, *_HOLD)
        ] * view.on_hold
        short_badges = [(CONFLICT_SHORT, *_CONFLICT)] * view.conflict + [
            (HOLD_SHORT, *_HOLD)
        ] * view.on_hold

        def width_of(labels: list[tuple[str, QColor, QColor]]) -> int:
            return sum(metrics.horizontalAdvance(label) + 28 + 8 for label, _f, _i in labels)

        badges = long_badges if width_of(chips + long_badges) <= area.width() else short_badges
        painter.setFont(font)
        left = area.left()
        for label, fill, ink in chips + badges:
            width = min(metrics.horizontalAdvance(label) + 28, area.right() - left)
            if width <= 28:
                break
            chip = QRect(left, area.top(), width, area.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(chip), 10, 10)
            painter.setPen(ink)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 20)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, shown)
            left += width + 8
