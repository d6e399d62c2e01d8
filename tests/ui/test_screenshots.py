"""Every screen in both themes, with normal and large text, at 1280×800 and 1920×1080, saved to
build/screenshots/<theme>[-large]/<width>x<height>/<screen>.png for people to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_touch_targets import LOOKS
from ui import look, theme
from ui.preview import SCREENS
from ui.screenshots import SIZES, save_screens, screenshot_path
from ui.worker import Worker

PAGE = {"standard": QColor("#EEF2F6"), "high-contrast": QColor("#FFFFFF")}


@pytest.mark.parametrize("chosen", LOOKS, ids=lambda c: f"{c.theme}-{c.text_size}")
def test_every_screen_is_saved_in_each_look_and_size(
    chosen: look.Look,
    qtbot: QtBot,
    qapp: QApplication,
    worker: Worker,
    request: pytest.FixtureRequest,
) -> None:
    root = request.config.rootpath / "build" / "screenshots"

    def settle(used: Worker) -> None:
        qtbot.waitUntil(used.is_idle)
        QApplication.processEvents()

    try:
        saved = save_screens(root, chosen, worker=worker, settle=settle)
    finally:
        theme.apply(qapp)
    expected = [screenshot_path(root, chosen, size, name) for name in SCREENS for size in SIZES]
    assert saved == expected
    for path in saved:
        image = QImage(str(path))
        size = tuple(int(part) for part in path.parent.name.split("x"))
        assert (image.width(), image.height()) == size, path
    # The theme was the one asked for: the login screen's page, left of its card.
    login = QImage(str(screenshot_path(root, chosen, SIZES[0], "login")))
    assert login.pixelColor(8, 300) == PAGE[chosen.theme]


def test_only_english_until_the_translations_come(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no 'es' screens yet"):
        save_screens(tmp_path, look.Look(), language="es")
