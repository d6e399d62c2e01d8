"""The header's "Raise exception" button: one tap from any screen while someone is logged in."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from ui.widgets.touch import button

RAISE_TEXT = "⚠  Raise exception"
HEADER_TEXT = "⚠ Raise\nexception"  # two short lines: the header's title keeps its room
HEIGHT = 66  # the header is 88 px high; 66 px keeps it above the 60 px minimum


def raise_exception_button() -> QPushButton:
    made = button(HEADER_TEXT, variant="raise", height=HEIGHT, name="raise-exception")
    made.setMaximumHeight(HEIGHT)
    made.setAccessibleName("Raise exception")
    return made
