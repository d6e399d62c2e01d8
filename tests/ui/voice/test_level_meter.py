"""The voice note's level meter paints in the theme's palette, high contrast included."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import look, theme
from ui.voice.level_meter import HEIGHT, LevelMeter

WIDTH = 400


def painted(qtbot: QtBot, peak: float) -> QImage:
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.resize(WIDTH, HEIGHT)
    meter.set_peak(peak)
    return meter.grab().toImage()


@pytest.mark.parametrize("chosen", ["standard", "high-contrast"])
def test_the_meter_takes_its_colours_from_the_theme(
    chosen: str, qtbot: QtBot, qapp: QApplication
) -> None:
    theme.apply(qapp, chosen)
    try:
        colours = look.palette()
        middle = HEIGHT // 2
        speaking = painted(qtbot, 0.1)  # -20 dBFS: two thirds of the bar
        assert speaking.pixelColor(WIDTH // 3, middle) == colours.level_speech
        assert speaking.pixelColor(WIDTH - HEIGHT, middle) == colours.level_track
        # The track's top edge: the outline where the theme has one, else the track itself.
        edge = speaking.pixelColor(WIDTH - HEIGHT, 1)
        assert edge == (colours.level_edge or colours.level_track), edge.name()
        loud = painted(qtbot, 1.0)
        assert loud.pixelColor(WIDTH // 2, middle) == colours.level_loud
    finally:
        theme.apply(qapp)


def test_high_contrast_draws_the_meter_apart_from_the_standard_theme() -> None:
    """The test above would pass on a meter with its own colours if both palettes agreed."""
    standard, high = look.THEMES["standard"], look.THEMES["high-contrast"]
    assert high.level_speech != standard.level_speech
    assert high.level_track != standard.level_track
    assert high.level_edge is not None
