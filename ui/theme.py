"""The look of the kiosk: the shipped Inter fonts, the QSS theme in resources/themes/, text size.

`kiosk.qss` is the standard theme; `high-contrast.qss` is laid over it (the later rule wins), so
the high-contrast theme only says what differs. Large text scales every `font-size` of the sheet.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from harmony_kiosk import paths
from ui import look

log = logging.getLogger(__name__)
FONT_FAMILY = "Inter"
FONT_FILES = ("Inter-Regular.otf", "Inter-Medium.otf", "Inter-SemiBold.otf", "Inter-Bold.otf")
BODY_PX = 22
BASE_SHEET = "kiosk"
# Not scaled: the header is a fixed 88 px bar whose words are already large (scaled, they would
# not fit it); the keypad's OK key says "Accept" in a key as narrow as a digit's, at 28 px already.
_FIXED_SIZE = re.compile(r"header-|\"clock\"|sync-|stop-chip-|key=\"ok\"")
_FONT_SIZE = re.compile(r"font-size:\s*(\d+)px")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


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


def stylesheet(theme: str = "standard", text_size: str = "normal") -> str:
    """The standard sheet, the theme's overlay after it, font sizes scaled for the text size."""
    chosen = look.Look(theme, text_size)  # an unknown name fails here, before anything changes
    sheet = (themes_dir() / f"{BASE_SHEET}.qss").read_text(encoding="utf-8")
    if theme != "standard":
        sheet += "\n" + (themes_dir() / f"{theme}.qss").read_text(encoding="utf-8")
    return scale_fonts(sheet, chosen.text_scale)


def scale_fonts(sheet: str, scale: float) -> str:
    """Every `font-size: Npx` times `scale`, but the header's (see _FIXED_SIZE)."""
    if scale == 1.0:
        return sheet

    def rule(match: re.Match[str]) -> str:
        selector, body = match.group(1), match.group(2)
        if _FIXED_SIZE.search(selector):
            return match.group(0)
        body = _FONT_SIZE.sub(lambda size: f"font-size: {round(int(size[1]) * scale)}px", body)
        return f"{selector}{{{body}}}"

    return _RULE.sub(rule, _strip_comments(sheet))


def _strip_comments(sheet: str) -> str:
    return re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)


def apply(app: QApplication, theme: str = "standard", text_size: str = "normal") -> None:
    """Fonts first, then the application font, then the stylesheet; painted widgets follow
    the look set here (ui.look)."""
    sheet = stylesheet(theme, text_size)
    chosen = look.Look(theme, text_size)
    load_fonts()
    look.use(chosen)
    font = QFont(FONT_FAMILY)
    font.setPixelSize(look.scaled(BODY_PX))
    # Full hinting off: Inter is designed for unhinted rendering and stays even at these sizes.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyleSheet(sheet)
