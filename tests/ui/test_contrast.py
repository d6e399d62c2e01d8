"""The high-contrast theme keeps every text/background pair at 7:1 or more (WCAG 2.x, level AAA).

The pairs are read from the theme itself: the painted palette (ui/palettes.py) and each rule of
resources/themes/high-contrast.qss that names a text colour, against its own background or the
white page and cards it sits on.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor

from ui import theme
from ui.palettes import HIGH_CONTRAST, STANDARD, Palette

AAA = 7.0
PAGE = "#FFFFFF"  # the high-contrast page and cards
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HEX = r"(#[0-9A-Fa-f]{6})"


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""
    red, green, blue = (_channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor | str, second: QColor | str) -> float:
    light, dark = sorted((luminance(QColor(first)), luminance(QColor(second))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_ratio_is_computed_as_wcag_defines_it() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


def palette_pairs(palette: Palette) -> dict[str, tuple[QColor, QColor]]:
    """Every (text, background) pair the painted rows, cards and charts draw."""
    pairs = {
        "ink on card": (palette.ink, palette.card),
        "muted on card": (palette.muted, palette.card),
        "ink on selected row": (palette.ink, palette.selected_fill),
        "muted on selected row": (palette.muted, palette.selected_fill),
        "overdue on card": (palette.bad, palette.card),
        "sent on card": (palette.good, palette.card),
        "minutes on a head bar": (palette.on_bar, palette.bar_head),
        "minutes on an uncoded bar": (palette.on_bar, palette.bar_uncoded),
        "minutes on a tail bar": (palette.on_bar, palette.bar_tail),
        "80 % on its tag": (palette.bad, palette.card),
    }
    pairs |= {f"{tone} chip": (ink, fill) for tone, (fill, ink) in palette.chips.items()}
    return pairs


@pytest.mark.parametrize("pair", list(palette_pairs(HIGH_CONTRAST)))
def test_every_painted_pair_is_at_least_7_to_1(pair: str) -> None:
    ink, ground = palette_pairs(HIGH_CONTRAST)[pair]
    assert contrast(ink, ground) >= AAA, f"{pair}: {contrast(ink, ground):.2f}:1"


def sheet_pairs() -> list[tuple[str, str, str]]:
    """(selector, text colour, background) for each rule of the overlay that sets a colour."""
    sheet = (theme.themes_dir() / "high-contrast.qss").read_text(encoding="utf-8")
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    found = []
    for selector, body in _RULE.findall(sheet):
        ink = re.search(rf"(?<![-\w])color:\s*{_HEX}", body)
        if ink is None:
            continue
        ground = re.search(rf"background:\s*{_HEX}", body)
        found.append((" ".join(selector.split()), ink[1], ground[1] if ground else PAGE))
    return found


def test_the_overlay_is_read() -> None:
    """Enough rules found that the test below means something."""
    assert len(sheet_pairs()) >= 60


@pytest.mark.parametrize(("selector", "ink", "ground"), sheet_pairs())
def test_every_styled_pair_is_at_least_7_to_1(selector: str, ink: str, ground: str) -> None:
    if ":disabled" in selector:  # WCAG exempts inactive controls; still kept readable (4.5:1)
        assert contrast(ink, ground) >= 4.5, selector
        return
    # Light text with no background of its own sits on the dark header or a dark fill: the
    # rules that give it are checked where the fill is set.
    if ground == PAGE and luminance(QColor(ink)) > 0.5:
        pytest.skip(f"{selector}: light text on a fill set elsewhere")
    assert contrast(ink, ground) >= AAA, f"{selector}: {contrast(ink, ground):.2f}:1"


# Light words whose background is the bar or band they sit in (set on the frame, not the label).
ON_DARK_FILLS = [
    ("header words on the header", "#FFFFFF", "#000000"),
    ("sync pill, online", "#FFFFFF", "#005A00"),
    ("sync pill, revoked", "#FFFFFF", "#A00000"),
    ("the stopped band", "#FFFFFF", "#A00000"),
    ("the stop chip", "#FFFFFF", "#A00000"),
]


@pytest.mark.parametrize(("where", "ink", "ground"), ON_DARK_FILLS)
def test_light_words_on_dark_fills_are_at_least_7_to_1(where: str, ink: str, ground: str) -> None:
    sheet = (theme.themes_dir() / "high-contrast.qss").read_text(encoding="utf-8")
    assert ground in sheet, f"{where}: {ground} is no longer the theme's fill"
    assert contrast(ink, ground) >= AAA, where


def test_the_standard_palette_is_not_what_high_contrast_checks() -> None:
    """Both palettes are whole: the check above would not pass on the standard one."""
    low = [
        name
        for name, (ink, ground) in palette_pairs(STANDARD).items()
        if contrast(ink, ground) < AAA
    ]
    assert low, "the standard palette already meets 7:1: is the test reading the right one?"


def test_the_level_meter_stands_out_in_high_contrast() -> None:
    """A bar, not text: 3:1 against what it touches (WCAG 1.4.11), here 7:1 like the rest."""
    colours = HIGH_CONTRAST
    assert colours.level_edge is not None
    assert contrast(colours.level_edge, colours.card) >= AAA
    for fill in (colours.level_speech, colours.level_loud):
        assert contrast(fill, colours.level_track) >= AAA, fill.name()
