"""How one queued work order is drawn in the home screen's list: a tall card, easy to hit."""

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
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui import look
from ui.models.queue_model import (
    DUE_ROLE,
    ENTRY_ROLE,
    MARK_ROLE,
    OVERDUE_ROLE,
    STATUS_ROLE,
    QueueModel,
)
from ui.sync_wording import SENT, said
from ui.widgets.painted_card import draw_card, draw_chip, sized_font

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.jobs import QueueEntry

ROW_HEIGHT = 116  # at normal text size
_TONES = {"idle": "neutral", "running": "info", "paused": "warning"}  # status -> chip tone


class QueueRowDelegate(QStyledItemDelegate):
    """Work order and product on the left, due and quantity in the middle, status on the right."""

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
        entry = cast("QueueEntry | None", index.data(ENTRY_ROLE))
        if entry is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        base: QFont = option.font
        painter.save()
        rect = draw_card(painter, option.rect, selected)
        colours = look.palette()
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.selected)
            painter.drawRoundedRect(
                QRectF(rect.left() + 1.5, rect.top() + 1.5, 10, rect.height() - 3), 5, 5
            )

        inner = rect.adjusted(32, 14, -24, -14)
        width = inner.width()
        chip_width = min(300, int(width * 0.3))
        first = QRect(inner.left(), inner.top(), int(width * 0.36), inner.height())
        due = QRect(
            inner.left() + int(width * 0.38), inner.top(), int(width * 0.17), inner.height()
        )
        left = QRect(due.right() + 16, inner.top(), int(width * 0.13), inner.height())
        mark = str(index.data(MARK_ROLE) or "")
        # With a "Saved"/"Sent" line under it, the chip moves up; alone, it is centred.
        chip_height = look.scaled(48 if not mark else 44)
        chip_top = inner.top() - 4 if mark else inner.center().y() - chip_height // 2
        chip = QRect(inner.right() - chip_width, chip_top, chip_width, chip_height)

        self._two_lines(painter, first, entry.work_order.id, entry.product_name, base, big=True)
        due_color = colours.bad if index.data(OVERDUE_ROLE) else colours.ink
        self._two_lines(
            painter,
            due,
            QCoreApplication.translate("QueueRow", "DUE"),
            str(index.data(DUE_ROLE)),
            base,
            value_color=due_color,
        )
        quantity = QCoreApplication.translate("QueueRow", "{remaining} of {quantity}").format(
            remaining=entry.remaining, quantity=entry.work_order.quantity
        )
        self._two_lines(
            painter, left, QCoreApplication.translate("QueueRow", "LEFT"), quantity, base
        )

        status = str(index.data(STATUS_ROLE))
        ink = draw_chip(painter, chip, _TONES.get(status, "neutral"), chip.height() / 2)
        painter.setPen(ink)
        chip_font = sized_font(base, 19, QFont.Weight.DemiBold)
        painter.setFont(chip_font)
        model = index.model()
        label = model.status_label(index.row()) if isinstance(model, QueueModel) else ""
        label = QFontMetrics(chip_font).elidedText(
            label, Qt.TextElideMode.ElideRight, chip.width() - 28
        )
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
        if mark:
            mark_area = QRect(chip.left(), chip.bottom() + 4, chip.width(), look.scaled(30))
            self._mark(painter, mark_area, mark, base)
        painter.restore()

    @staticmethod
    def _mark(painter: QPainter, area: QRect, mark: str, base: QFont) -> None:
        """ "✓ Saved on this kiosk" (grey) or "✓ Sent to the server" (green) under the chip."""
        font = sized_font(base, 18, QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(look.palette().good if mark == said(SENT) else look.palette().muted)
        shown = QFontMetrics(font).elidedText(
            f"✓ {mark}", Qt.TextElideMode.ElideRight, area.width()
        )
        painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, shown)

    @staticmethod
    def _two_lines(
        painter: QPainter,
        area: QRect,
        top: str,
        bottom: str,
        base: QFont,
        *,
        big: bool = False,
        value_color: QColor | None = None,
    ) -> None:
        """A heading over a line of detail; a work order's id is the big line on top."""
        half = area.height() // 2
        top_rect = QRect(area.left(), area.top(), area.width(), half)
        bottom_rect = QRect(area.left(), area.top() + half, area.width(), area.height() - half)
        if big:
            top_font = sized_font(base, 30, QFont.Weight.Bold)
            bottom_font = sized_font(base, 20, QFont.Weight.Normal)
            top_color, bottom_color = look.palette().ink, look.palette().muted
        else:
            top_font = sized_font(base, 17, QFont.Weight.DemiBold)
            top_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2)
            bottom_font = sized_font(base, 23, QFont.Weight.DemiBold)
            top_color, bottom_color = look.palette().muted, value_color or look.palette().ink
        painter.setFont(top_font)
        painter.setPen(top_color)
        align_top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        painter.drawText(top_rect.adjusted(0, 0, 0, -2), align_top, top)
        painter.setFont(bottom_font)
        painter.setPen(bottom_color)
        elided = QFontMetrics(bottom_font).elidedText(
            bottom, Qt.TextElideMode.ElideRight, area.width()
        )
        align_bottom = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(bottom_rect.adjusted(0, 4, 0, 0), align_bottom, elided)
