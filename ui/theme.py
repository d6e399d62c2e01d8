"""The look of the kiosk: the shipped Inter fonts and the QSS theme in resources/themes/."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from harmony_kiosk import paths

log = logging.getLogger(__name__)
FONT_FAMILY = "Inter"
FONT_FILES = ("Inter-Regular.otf", "Inter-Medium.otf", "Inter-SemiBold.otf", "Inter-Bold.otf")
BODY_PX = 22
DEFAULT_THEME = "kiosk"


def themes_dir() -> Path:
    return paths.resources_dir() / "themes"


def load_fonts() -> list[str]:
    """Register the shipped fonts with Qt; returns the families found (empty if none loaded)."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / name))
        if font_id < 0:
            log.warning("font %s could not be loaded; falling back to the system font", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def stylesheet(name: str = DEFAULT_THEME) -> str:
    return (themes_dir() / f"{name}.qss").read_text(encoding="utf-8")


def apply(app: QApplication, name: str = DEFAULT_THEME) -> None:
    """Fonts first, then the application font, then the stylesheet."""
    load_fonts()
    font = QFont(FONT_FAMILY)
    font.setPixelSize(BODY_PX)
    # Full hinting off: Inter is designed for unhinted rendering and stays even at these sizes.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyleSheet(stylesheet(name))
