"""Shrinking a key's word to fit the key: "Siguiente" or "⇧ Shift" in a key as narrow as a digit."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton

MIN_LABEL_PX = 18  # the smallest text a kiosk shows (tests/ui/test_touch_targets.py)
LABEL_MARGIN = 12  # px: the key's border and a little air either side of the word


def fit_label(key: QPushButton) -> None:
    """The theme's font on `key`, smaller when its word is wider than the key. Called again
    after each resize or new word: it measures at the theme's size every time."""
    if key.styleSheet():
        key.setStyleSheet("")  # the theme's size, which may have changed since
    font = key.font()
    room = key.width() - LABEL_MARGIN
    wide = QFontMetrics(font).horizontalAdvance(key.text())
    if wide <= room or room <= 0 or font.pixelSize() <= 0:
        return
    # The stylesheet sets the keys' font-size, so a widget font would lose to it: only a
    # stylesheet of the key's own is more specific.
    fitted = max(MIN_LABEL_PX, font.pixelSize() * room // wide)
    key.setStyleSheet(f"font-size: {fitted}px;")
