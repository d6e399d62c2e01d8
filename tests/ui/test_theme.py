"""The theme and text size: the overlay is laid over the standard sheet, large text scales every
font but the header's, and painted widgets follow the look theme.apply sets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui import look, theme
from ui.palettes import HIGH_CONTRAST, STANDARD
from ui.widgets.painted_card import sized_font


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    theme.apply(qapp)


def test_large_text_scales_every_font_but_the_header() -> None:
    sheet = (
        'QLabel[role="title"] { font-size: 36px; }\n'
        'QLabel[role="header-title"] { font-size: 26px; }'
    )
    scaled = theme.scale_fonts(sheet, 1.25)
    assert 'QLabel[role="title"] { font-size: 45px; }' in scaled
    assert 'QLabel[role="header-title"] { font-size: 26px; }' in scaled
    assert theme.scale_fonts(sheet, 1.0) == sheet


def test_the_high_contrast_sheet_is_the_standard_one_with_the_overlay_after_it() -> None:
    standard = theme.stylesheet()
    high = theme.stylesheet("high-contrast")
    assert high.startswith(standard)
    assert "#0030B8" in high[len(standard) :]


def test_an_unknown_theme_or_size_is_refused_before_anything_changes(
    restored: QApplication,
) -> None:
    with pytest.raises(ValueError, match="unknown theme 'neon'"):
        theme.apply(restored, "neon")
    with pytest.raises(ValueError, match="unknown text size 'huge'"):
        theme.apply(restored, "standard", "huge")
    assert look.current() == look.Look()


def test_apply_sets_the_look_painted_widgets_read(restored: QApplication) -> None:
    base = QFont(restored.font())
    assert look.palette() is STANDARD
    assert sized_font(base, 20, QFont.Weight.Bold).pixelSize() == 20
    theme.apply(restored, "high-contrast", "large")
    assert look.palette() is HIGH_CONTRAST
    assert sized_font(base, 20, QFont.Weight.Bold).pixelSize() == 25
    assert restored.font().pixelSize() == round(theme.BODY_PX * 1.25)
    assert "#0030B8" in restored.styleSheet()
    theme.apply(restored)
    assert look.current() == look.Look()
    assert restored.font().pixelSize() == theme.BODY_PX
