"""The header's "Raise exception" button: one tap from any screen while someone is logged in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from ui.marked import QT_TRANSLATE_NOOP
from ui.widgets.touch import button

RAISE_TEXT = QT_TRANSLATE_NOOP("ExceptionHeader", "⚠  Raise exception")  # translated where shown
# two short lines: the header's title keeps its room
HEADER_TEXT = QT_TRANSLATE_NOOP("ExceptionHeader", "⚠ Raise\nexception")
HEIGHT = 66  # the header is 88 px high; 66 px keeps it above the 60 px minimum


def raise_exception_button() -> QPushButton:
    shown = QCoreApplication.translate("ExceptionHeader", HEADER_TEXT)
    made = button(shown, variant="raise", height=HEIGHT, name="raise-exception")
    made.setMaximumHeight(HEIGHT)
    made.setAccessibleName(QCoreApplication.translate("ExceptionHeader", "Raise exception"))
    return made
