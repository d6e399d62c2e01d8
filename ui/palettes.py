"""The colours of painted rows, cards and charts, one palette per theme (the QSS has the rest).

The standard palette repeats the stylesheet's colours (resources/themes/kiosk.qss); the
high-contrast one goes with resources/themes/high-contrast.qss: black on white, 3 px black
edges, one deep blue accent, and every text/fill pair at 7:1 or more (WCAG AAA, checked by
tests/ui/test_contrast.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

Pair = tuple[QColor, QColor]  # (fill, ink)


def _pair(fill: str, ink: str) -> Pair:
    return QColor(fill), QColor(ink)


@dataclass(frozen=True, eq=False)
class Palette:
    ink: QColor
    muted: QColor  # secondary text: captions, ages, "No description"
    card: QColor
    border: QColor
    border_px: float
    selected: QColor
    selected_fill: QColor
    bad: QColor  # overdue, the Pareto's 80 % line
    good: QColor  # "Sent"
    chips: dict[str, Pair]  # tone -> (fill, ink): neutral, info, warning, good, alert, ...
    chip_edge: QColor | None  # an outline round chips where a pale fill alone would vanish
    severity: dict[str, QColor]  # an exception's bar: low, medium, high, critical
    grid: QColor
    bar_head: QColor  # the reasons that make 80 % of the loss
    bar_tail: QColor
    bar_uncoded: QColor
    on_bar: QColor  # minutes written inside a bar
    level_track: QColor  # the voice note's level meter: its empty track,
    level_edge: QColor | None  # an outline where the track alone would vanish on the card,
    level_speech: QColor  # the bar while someone speaks,
    level_loud: QColor  # and near clipping (the speaker is too close)

    def chip(self, tone: str) -> Pair:
        return self.chips.get(tone, self.chips["neutral"])


STANDARD = Palette(
    ink=QColor("#0F172A"),
    muted=QColor("#475569"),
    card=QColor("#FFFFFF"),
    border=QColor("#CBD5E1"),
    border_px=1.5,
    selected=QColor("#0B57D0"),
    selected_fill=QColor("#EAF1FD"),
    bad=QColor("#B91C1C"),
    good=QColor("#15803D"),
    chips={
        "neutral": _pair("#E2E8F0", "#1E293B"),
        "info": _pair("#DBEAFE", "#1E3A8A"),
        "warning": _pair("#FEF3C7", "#78350F"),
        "good": _pair("#DCFCE7", "#14532D"),
        "alert": _pair("#B91C1C", "#FFFFFF"),
        "contained": _pair("#E0E7FF", "#3730A3"),
        "cancelled": _pair("#E2E8F0", "#334155"),
        "conflict": _pair("#FFEDD5", "#9A3412"),
        "hold": _pair("#FEE2E2", "#991B1B"),
    },
    chip_edge=None,
    severity={
        "low": QColor("#64748B"),
        "medium": QColor("#D97706"),
        "high": QColor("#EA580C"),
        "critical": QColor("#DC2626"),
    },
    grid=QColor("#D5DDE7"),
    bar_head=QColor("#0B57D0"),
    bar_tail=QColor("#9DB8E6"),
    bar_uncoded=QColor("#D97706"),
    on_bar=QColor("#FFFFFF"),
    level_track=QColor("#D5DDE7"),
    level_edge=None,
    level_speech=QColor("#15803D"),
    level_loud=QColor("#D97706"),
)

HIGH_CONTRAST = Palette(
    ink=QColor("#000000"),
    muted=QColor("#2B2B2B"),
    card=QColor("#FFFFFF"),
    border=QColor("#000000"),
    border_px=3.0,
    selected=QColor("#0030B8"),
    selected_fill=QColor("#FFF3B0"),
    bad=QColor("#A00000"),
    good=QColor("#005A00"),
    chips={
        "neutral": _pair("#FFFFFF", "#000000"),
        "info": _pair("#DCE6FF", "#000000"),
        "warning": _pair("#FFE14D", "#000000"),
        "good": _pair("#D4F5D4", "#000000"),
        "alert": _pair("#A00000", "#FFFFFF"),
        "contained": _pair("#E6E0FF", "#000000"),
        "cancelled": _pair("#E6E6E6", "#000000"),
        "conflict": _pair("#FFD199", "#000000"),
        "hold": _pair("#A00000", "#FFFFFF"),
    },
    chip_edge=QColor("#000000"),
    severity={
        "low": QColor("#444444"),
        "medium": QColor("#8A4500"),
        "high": QColor("#B33000"),
        "critical": QColor("#A00000"),
    },
    grid=QColor("#767676"),
    bar_head=QColor("#0030B8"),
    bar_tail=QColor("#44527A"),  # greyer than the head, yet white minutes on it at 7:1
    bar_uncoded=QColor("#8A4500"),
    on_bar=QColor("#FFFFFF"),
    level_track=QColor("#FFFFFF"),  # white in a black edge, as the cards are
    level_edge=QColor("#000000"),
    level_speech=QColor("#005A00"),
    level_loud=QColor("#A00000"),
)
