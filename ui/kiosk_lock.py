"""Kiosk mode: a frameless full-screen window on top, and the keys that would close it swallowed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
KIOSK_FLAGS = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
_CTRL_KEYS = frozenset({Qt.Key.Key_W, Qt.Key.Key_Q})


def is_escape_key(event: QKeyEvent) -> bool:
    """Escape, Alt+F4, Ctrl+W, Ctrl+Q: what closes a window or quits a program elsewhere."""
    key, mods = event.key(), event.modifiers()
    if key == Qt.Key.Key_Escape:
        return True
    if key == Qt.Key.Key_F4 and mods & Qt.KeyboardModifier.AltModifier:
        return True
    return key in _CTRL_KEYS and bool(mods & Qt.KeyboardModifier.ControlModifier)


class KioskLock(QObject):
    """An application event filter: the keys above never reach a widget or a shortcut.

    Alt+F4 is usually the window manager's, which then asks the window to close: the window's
    closeEvent refuses that (MainWindow.closeEvent); this filter covers the keys Qt sees."""

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease)
        if event.type() in kinds and isinstance(event, QKeyEvent) and is_escape_key(event):
            if event.type() == QEvent.Type.KeyPress:
                log.info("kiosk mode: key %s ignored", event.keyCombination().toCombined())
            event.accept()
            return True
        return False


def lock_window(window: QWidget) -> None:
    """Frameless and on top; shown full screen by the caller."""
    window.setWindowFlags(window.windowFlags() | KIOSK_FLAGS)
