"""Routing a scanner's or badge reader's burst of keys to the screen that expects a code.

Scanners type like a keyboard into whatever has focus. An application-level event filter holds
each printable key for a moment and asks the keystroke classifier (harmony_kiosk.domain.
keystrokes) whether the keys came as a scanner's burst ending with Enter. A burst is handed
whole to the nearest `ScanTarget` (the login screen, a scan step); where none takes it, it is
dropped with a short hint, never typed into the focused field. A person's slower keys are
passed on unchanged, in order, to the widget they were typed into. Key times come from the
injected clock, so the tests are exact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from harmony_kiosk.clock import Clock
from harmony_kiosk.domain.keystrokes import KeystrokeClassifier
from ui.widgets.scan_hint import ScanHint

# Held keys go on to their field this long after the last one (real time) if no burst follows:
# a little over the classifier's gap, so a scanner's next key always arrives first.
FLUSH_AFTER_MS = 50
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Shift (capitals) and Keypad (readers that type on the numeric pad) still make plain text.
_COMMAND = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_TOUCHED = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)


@runtime_checkable
class ScanTarget(Protocol):
    """A widget that can take a scanned code; False means "not here, not now"."""

    def take_scan(self, code: str) -> bool: ...


@dataclass(frozen=True)
class _HeldKey:
    receiver: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScanRouter(QObject):
    """Installed on the application for one window; removed with the window (its parent)."""

    def __init__(
        self,
        window: QWidget,
        clock: Clock,
        current: Callable[[], QWidget | None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self._current = current  # the shown screen: asked when no focused widget takes scans
        self._classifier = KeystrokeClassifier()
        self._held: list[_HeldKey] = []
        self._last_at = 0.0
        self.hint = ScanHint(window)
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_AFTER_MS)
        self._flush_timer.timeout.connect(self.flush)
        app = QCoreApplication.instance()
        assert app is not None, "a ScanRouter needs the QApplication"
        app.installEventFilter(self)

    # --- the filter ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _TOUCHED and self._held:
            self.flush()  # a tap: what was typed before it belongs where it was typed
            return False
        # Only keys from the keyboard (or a reader posing as one), not the ones we send on:
        # replayed keys and the on-screen keyboard's keys are not spontaneous.
        if kind != QEvent.Type.KeyPress or not event.spontaneous():
            return False
        if not isinstance(event, QKeyEvent) or not self._in_window(watched):
            return False
        return self._key(watched, event)

    def _key(self, receiver: QObject, event: QKeyEvent) -> bool:
        at = self._clock.monotonic()
        key, modifiers, typed = event.key(), event.modifiers(), event.text()
        if key in _ENTER_KEYS:
            return self._enter(receiver, event, at)
        printable = len(typed) == 1 and typed.isprintable() and not modifiers & _COMMAND
        if not printable:  # Backspace, arrows, shortcuts: a person; keep their order
            self.flush()
            return False
        slow = self._held and at - self._last_at > self._classifier.max_gap_s
        if slow or (self._held and self._held[-1].receiver is not receiver):
            self.flush()
        self._classifier.key(typed, at)
        self._held.append(_HeldKey(receiver, key, modifiers, typed))
        self._last_at = at
        self._flush_timer.start()
        return True

    def _enter(self, receiver: QObject, event: QKeyEvent, at: float) -> bool:
        scan = self._classifier.enter(at)
        if scan is None:
            self.flush()  # typed by a person: their keys first, then their Enter, unchanged
            return False
        self._held.clear()
        self._flush_timer.stop()
        self.route(scan.code, receiver)
        event.accept()
        return True

    # --- where a code goes ---------------------------------------------------------------------
    def route(self, code: str, receiver: QObject | None = None) -> bool:
        """Give `code` to the nearest scan target; True if one took it, else show the hint."""
        target = self._target(receiver)
        if target is not None and target.take_scan(code):
            self.hint.hide()
            return True
        self.hint.say(self.tr("Scan not expected here"))
        return False

    def _target(self, receiver: QObject | None) -> ScanTarget | None:
        """The receiver or its nearest ancestor that takes scans; else the shown screen."""
        widget = receiver if isinstance(receiver, QWidget) else QApplication.focusWidget()
        while widget is not None and widget is not self._window:
            if isinstance(widget, ScanTarget):
                return widget
            widget = widget.parentWidget()
        shown = self._current() if self._current is not None else None
        return shown if isinstance(shown, ScanTarget) else None

    def _in_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self._window

    # --- a person's keys -----------------------------------------------------------------------
    def flush(self) -> None:
        """Send the held keys on to where they were typed, as a person typed them."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        self._classifier.reset()
        for entry in held:
            receiver = entry.receiver if isValid(entry.receiver) else QApplication.focusWidget()
            if receiver is None:
                continue
            press = QKeyEvent(QEvent.Type.KeyPress, entry.key, entry.modifiers, entry.text)
            QApplication.sendEvent(receiver, press)

    @property
    def holding(self) -> str:
        """The keys held back now, waiting to be told apart (for tests)."""
        return "".join(entry.text for entry in self._held)
