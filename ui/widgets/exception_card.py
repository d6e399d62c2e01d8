"""How one open exception is drawn in the home screen's queue: a compact card, easy to hit.

Severity is the coloured bar on the left, kind and severity the heading, then what was said,
and a last line of chips: the status, and the two things a lead must not miss (conflicting
decisions, a job on hold).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ui import look
from ui.exception_wording import (
    CONFLICT_BADGE,
    CONFLICT_SHORT,
    HOLD_BADGE,
    HOLD_SHORT,
    said,
    status_name,
    title,
)
from ui.models.exception_queue_model import AGE_ROLE, VIEW_ROLE
from ui.widgets.clamped_text import clamp_lines
from ui.widgets.painted_card import draw_chip, sized_font

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.exceptions import ExceptionView

CARD_WIDTH = 400  # not scaled with large text: three cards stay in sight at 1280 px
CARD_HEIGHT = 106  # three lines: heading, what was said, chips (scaled with large text)
_GAP = 12
# status -> the palette's chip tone
_STATUS_TONES = {
    "open": "warning",
    "acknowledged": "info",
    "contained": "contained",
    "resolved": "good",
    "cancelled": "cancelled",
}


def card_size() -> QSize:
    """A card's size in the current text size (the queue sets its height from this)."""
    return QSize(CARD_WIDTH, look.scaled(CARD_HEIGHT))


class ExceptionCardDelegate(QStyledItemDelegate):
    def sizeHint(
        self, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return card_size()

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
        colours = look.palette()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inset = colours.border_px / 2
        painter.setPen(QPen(colours.border, colours.border_px))
        painter.setBrush(colours.card)
        painter.drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset), 14, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.severity.get(view.severity, colours.muted))
        edge = colours.border_px
        painter.drawRoundedRect(
            QRectF(rect.left() + edge, rect.top() + edge, 12, rect.height() - 2 * edge), 6, 6
        )

        inner = rect.adjusted(28, 6, -16, -6)
        line_px = look.scaled(30)
        heading_font = sized_font(base, 24, QFont.Weight.Bold)
        age_font = sized_font(base, 18, QFont.Weight.DemiBold)
        age = str(index.data(AGE_ROLE) or "")
        age_width = QFontMetrics(age_font).horizontalAdvance(age) + 4
        top = QRect(inner.left(), inner.top(), inner.width(), line_px)
        painter.setFont(age_font)
        painter.setPen(colours.muted)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, age)
        painter.setFont(heading_font)
        painter.setPen(colours.ink)
        heading = QFontMetrics(heading_font).elidedText(
            title(view.kind, view.severity), Qt.TextElideMode.ElideRight, inner.width() - age_width
        )
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)

        said = view.text or QCoreApplication.translate("ExceptionCard", "No description")
        said_font = sized_font(base, 20, QFont.Weight.Normal, italic=not view.text)
        painter.setFont(said_font)
        painter.setPen(colours.ink if view.text else colours.muted)
        line_height = QFontMetrics(said_font).lineSpacing()
        for number, line in enumerate(clamp_lines(said, said_font, inner.width(), 1)):
            line_rect = QRect(
                inner.left(), top.bottom() + 1 + number * line_height, inner.width(), line_height
            )
            painter.drawText(
                line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line
            )

        chips_top = inner.bottom() - line_px
        chips = QRect(inner.left(), chips_top, inner.width(), line_px)
        if not view.raised_here:  # raised on another kiosk of the line: say which station
            where_font = sized_font(base, 18, QFont.Weight.DemiBold)
            where = view.station_id
            painter.setFont(where_font)
            painter.setPen(colours.muted)
            painter.drawText(
                chips, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, where
            )
            chips.setRight(chips.right() - QFontMetrics(where_font).horizontalAdvance(where) - 12)
        self._chips(painter, view, chips, base)
        painter.restore()

    @staticmethod
    def _chips(painter: QPainter, view: ExceptionView, area: QRect, base: QFont) -> None:
        font = sized_font(base, 18, QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        # In conflict, the status is the first decision's: the badge says what matters.
        status = _STATUS_TONES.get(view.status, "warning")
        chips = [] if view.conflict else [(status_name(view.status), status)]
        long_badges = [(said(CONFLICT_BADGE), "conflict")] * view.conflict + [
            (said(HOLD_BADGE), "hold")
        ] * view.on_hold
        short_badges = [(said(CONFLICT_SHORT), "conflict")] * view.conflict + [
            (said(HOLD_SHORT), "hold")
        ] * view.on_hold

        def width_of(labels: list[tuple[str, str]]) -> int:
            return sum(metrics.horizontalAdvance(label) + 28 + 8 for label, _tone in labels)

        badges = long_badges if width_of(chips + long_badges) <= area.width() else short_badges
        painter.setFont(font)
        left = area.left()
        for label, tone in chips + badges:
            width = min(metrics.horizontalAdvance(label) + 28, area.right() - left)
            if width <= 28:
                break
            chip = QRect(left, area.top(), width, area.height())
            painter.setPen(draw_chip(painter, chip, tone, 10))
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 20)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, shown)
            left += width + 8
