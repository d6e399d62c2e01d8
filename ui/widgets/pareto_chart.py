"""A Pareto chart drawn with QPainter (Qt Charts is not used: DESIGN.md section 7).

Bars of minutes lost per reason, largest first, with the cumulative share as a line over them
and a dashed marker at 80 %. The few reasons that make 80 % of the loss are drawn strong; the
rest pale; "not coded yet" in amber, since a lead can still do something about it. Sized to be
read from two metres: value labels 24 px, reason labels 20 px.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import look
from ui.marked import QT_TRANSLATE_NOOP
from ui.widgets.painted_card import sized_font

if TYPE_CHECKING:
    from harmony_kiosk.services.patterns import ParetoBar

MAX_BARS = 6  # beyond that, the tail is one "All others" bar
LABEL_LINES = 3
INSIDE_MIN = 44  # px: a bar this tall carries its minutes inside
HEAD_SHARE = 0.8
OTHERS = QT_TRANSLATE_NOOP("ParetoChart", "All others")
UNCODED = QT_TRANSLATE_NOOP("ParetoChart", "Not coded yet")
_LEFT, _RIGHT, _TOP, _BOTTOM = 64, 72, 44, 84


@dataclass(frozen=True)
class ChartBar:
    """One bar as drawn: its label (the reason's last level), minutes and cumulative share."""

    label: str
    minutes: float
    cumulative: float  # 0..1 after this bar
    head: bool  # among the reasons that make the first 80 %
    uncoded: bool


def chart_bars(bars: list[ParetoBar], limit: int = MAX_BARS) -> list[ChartBar]:
    """The service's bars as drawn: largest first, the tail beyond `limit` merged."""
    shown: list[ChartBar] = []
    head_done = False
    for number, bar in enumerate(bars):
        if number == limit - 1 and len(bars) > limit:
            rest = sum(b.minutes for b in bars[number:])
            others = QCoreApplication.translate("ParetoChart", OTHERS)
            shown.append(ChartBar(others, rest, 1.0, head=not head_done, uncoded=False))
            break
        label = bar.label.split(" › ")[-1]
        shown.append(
            ChartBar(
                label, bar.minutes, bar.cumulative_share, not head_done, bar.reason_code is None
            )
        )
        head_done = head_done or bar.cumulative_share >= HEAD_SHARE - 1e-9
    return shown


def axis_step(largest: float) -> float:
    """1, 2, 5, 10, 20, 25, 50… so that about four steps reach `largest`: round ticks."""
    if largest <= 0:
        return 5.0
    rough = largest / 4
    power = 10 ** math.floor(math.log10(rough))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= rough:
            return float(step * power)
    return float(10 * power)


def axis_top(largest: float) -> float:
    step = axis_step(largest)
    return step * max(1, math.ceil(largest / step - 1e-9))


class ParetoChart(QWidget):
    """`set_bars(bars)` with PatternService.pareto's bars; `shown` is what is drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pareto-chart")
        self.shown: list[ChartBar] = []
        self.empty_text = QCoreApplication.translate("ParetoChart", "No downtime in this period.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 260)  # large text at 1280×800 leaves it no more

    def sizeHint(self) -> QSize:
        return QSize(800, 440)

    def set_bars(self, bars: list[ParetoBar]) -> None:
        self.shown = chart_bars(bars)
        self.setAccessibleDescription(
            "; ".join(f"{b.label} {b.minutes:.0f} min" for b in self.shown) or self.empty_text
        )
        self.update()

    def plot_rect(self) -> QRectF:
        # The margins hold text: they grow with the large-text setting.
        left, right, top, bottom = (look.scaled(px) for px in (_LEFT, _RIGHT, _TOP, _BOTTOM))
        return QRectF(self.rect()).adjusted(left, top, -right, -bottom)

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn (tests check heights fall with the minutes)."""
        plot = self.plot_rect()
        if not self.shown:
            return []
        top = axis_top(max(b.minutes for b in self.shown))
        slot = plot.width() / len(self.shown)
        width = min(slot * 0.7, 150.0)
        rects = []
        for number, bar in enumerate(self.shown):
            height = plot.height() * bar.minutes / top
            left = plot.left() + slot * number + (slot - width) / 2
            rects.append(QRectF(left, plot.bottom() - height, width, height))
        return rects

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.font()
        colours = look.palette()
        if not self.shown:
            painter.setFont(sized_font(base, 28, QFont.Weight.DemiBold))
            painter.setPen(colours.muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        plot = self.plot_rect()
        top = axis_top(max(b.minutes for b in self.shown))
        self._axes(painter, plot, top, base)
        rects = self.bar_rects()
        slot = plot.width() / len(self.shown)
        value_font = sized_font(base, 24, QFont.Weight.Bold)
        label_font = sized_font(base, 19, QFont.Weight.DemiBold)
        for number, (bar, rect) in enumerate(zip(self.shown, rects, strict=True)):
            color = (
                colours.bar_uncoded
                if bar.uncoded
                else colours.bar_head
                if bar.head
                else colours.bar_tail
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(rect, 6, 6)
            painter.setFont(value_font)
            self._value(painter, rect, bar.minutes, QFontMetrics(value_font))
            painter.setFont(label_font)
            painter.setPen(colours.ink)
            area = QRectF(
                plot.left() + slot * number + 2, plot.bottom() + 6, slot - 4, look.scaled(78)
            )
            painter.drawText(area, _label_flags(), _lines(bar.label, label_font, area.width()))
        self._cumulative(painter, plot, rects, base)

    def _axes(self, painter: QPainter, plot: QRectF, top: float, base: QFont) -> None:
        """Minutes on the left, at round steps with grid lines; shares on the right."""
        colours = look.palette()
        painter.setFont(sized_font(base, 18, QFont.Weight.Medium))
        step = axis_step(max(b.minutes for b in self.shown))
        right_align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left_align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        ticks = round(top / step)
        for tick in range(ticks + 1):
            y = plot.bottom() - plot.height() * tick / ticks
            painter.setPen(QPen(colours.grid, 1.5))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(0, y - 14, plot.left() - 12, 28), right_align, f"{tick * step:g}"
            )
        for share in (0.0, 0.5, 1.0):
            y = plot.bottom() - plot.height() * share
            painter.drawText(
                QRectF(plot.right() + 12, y - 14, look.scaled(_RIGHT), 28),
                left_align,
                f"{share:.0%}",
            )
        painter.drawText(
            QRectF(0, 0, plot.left() + 80, look.scaled(24)), Qt.AlignmentFlag.AlignLeft, "min"
        )
        eighty = plot.bottom() - plot.height() * HEAD_SHARE
        painter.setPen(QPen(colours.bad, 2.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), eighty), QPointF(plot.right(), eighty))
        painter.setFont(sized_font(base, 20, QFont.Weight.Bold))
        painter.setPen(colours.bad)
        painter.drawText(
            QRectF(plot.right() + 12, eighty - 16, look.scaled(_RIGHT), 32), left_align, "80%"
        )

    @staticmethod
    def _value(painter: QPainter, rect: QRectF, minutes: float, metrics: QFontMetrics) -> None:
        """ "57 min" inside the top of a bar (white) where it fits, "57" where only the number
        does; above a bar too short or too narrow for either."""
        room = rect.width() - 8
        words = QCoreApplication.translate("ParetoChart", "{minutes:.0f} min").format(
            minutes=minutes
        )
        if metrics.horizontalAdvance(words) > room:
            words = f"{minutes:.0f}"
        inside = rect.height() >= INSIDE_MIN and metrics.horizontalAdvance(words) <= room
        if not inside:
            words = QCoreApplication.translate("ParetoChart", "{minutes:.0f} min").format(
                minutes=minutes
            )
        spot = QRectF(rect.left() - 40, rect.top() + (6 if inside else -34), rect.width() + 80, 30)
        painter.setPen(look.palette().on_bar if inside else look.palette().ink)
        painter.drawText(spot, Qt.AlignmentFlag.AlignCenter, words)

    def _cumulative(
        self, painter: QPainter, plot: QRectF, rects: list[QRectF], base: QFont
    ) -> None:
        points = [
            QPointF(rect.center().x(), plot.bottom() - plot.height() * bar.cumulative)
            for bar, rect in zip(self.shown, rects, strict=True)
        ]
        colours = look.palette()
        painter.setPen(QPen(colours.bad, 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(points)
        font = sized_font(base, 18, QFont.Weight.Bold)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        crossing = next((b for b in self.shown if b.cumulative >= HEAD_SHARE - 1e-9), None)
        for bar, point in zip(self.shown, points, strict=True):
            painter.setPen(QPen(colours.card, 3))
            painter.setBrush(colours.bad)
            painter.drawEllipse(point, 9, 9)
            if bar is not crossing:
                continue
            # Only where the line crosses 80 % is the share spelled out (the point of a Pareto);
            # on a white tag, legible over a bar or the dashed line.
            words = f"{bar.cumulative:.0%}"
            width = metrics.horizontalAdvance(words) + 12
            tag = QRectF(point.x() + 14, point.y() - 30, width, 26)
            if tag.right() > plot.right():  # the last point: its tag goes left, off the axis
                tag.moveRight(point.x() - 14)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.card)
            painter.drawRoundedRect(tag, 6, 6)
            painter.setPen(colours.bad)
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, words)


def _label_flags() -> int:
    return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _lines(label: str, font: QFont, width: float) -> str:
    """At most three lines under a bar: a longer label is cut with "…", never overflowing."""
    metrics = QFontMetrics(font)
    lines: list[str] = []
    current = ""
    for word in label.split():
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    lines.append(current)
    if len(lines) > LABEL_LINES:
        lines = [*lines[: LABEL_LINES - 1], " ".join(lines[LABEL_LINES - 1 :])]
    return "\n".join(
        metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(width)) for line in lines
    )
