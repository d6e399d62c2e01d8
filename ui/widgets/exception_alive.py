"""Whether a widget still exists when a worker's answer arrives for it.

The exception screens read in the background (the queue every few seconds, after each sync
pass); an answer may come back after the window was closed, when only the Python side of the
widget is left. Such an answer is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from shiboken6 import isValid


def alive(widget: QObject) -> bool:
    return bool(isValid(widget))
