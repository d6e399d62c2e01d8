"""The large numeric keypad: digits, clear, backspace and OK, typing into one field at a time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from ui.widgets.fitted_label import fit_label
from ui.widgets.touch import button

KEY_SIZE = 84  # px; gloves need more than the 60 px minimum on a key pressed dozens of times
SPACING = 10
# Word keys as narrow as a digit's: "Siguiente" or "Aceptar" in Spanish may not fit at the
# theme's size, so their font shrinks to the key (ui/widgets/fitted_label.py).
WORD_KEYS = ("ok", "clear")
SEPARATORS = (".", ",")  # what harmony_kiosk.domain.measurement reads as the decimal point


def decimal_separator() -> str:
    """The shown language's decimal separator: "," in Spanish, "." in English. Any other the
    domain would not read, so it falls back to "."."""
    point = QLocale().decimalPoint()
    return point if point in SEPARATORS else "."


class Keypad(QWidget):
    """Digits 0–9, optionally the decimal separator and "−", with ⌫, Clear and OK.

    The separator is the language's when the keypad is made ("," in Spanish; screens are made
    again when the language changes); a field holds one, "." or ",", whichever came first.

    It never takes keyboard focus, so a badge reader or scanner keeps typing into the field.
    Keys are found by name for tests: "0"…"9", "point", "minus", "back", "clear", "ok".
    """

    submitted = Signal()

    def __init__(
        self, *, decimal: bool = False, ok_text: str = "OK", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "keypad")
        self._target: QLineEdit | None = None
        self._keys: dict[str, QPushButton] = {}
        self.separator = decimal_separator()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(SPACING)
        for row, digits in enumerate(("789", "456", "123")):
            for column, digit in enumerate(digits):
                grid.addWidget(self._key(digit, digit), row, column)
        if decimal:
            grid.addWidget(self._key("minus", "−"), 3, 0)
            grid.addWidget(self._key("0", "0"), 3, 1)
            grid.addWidget(self._key("point", self.separator), 3, 2)
        else:
            grid.addWidget(self._key("0", "0"), 3, 0, 1, 3)
        grid.addWidget(self._key("back", "⌫", kind="edit"), 0, 3)
        grid.addWidget(
            self._key("clear", QCoreApplication.translate("Keypad", "Clear"), kind="edit"), 1, 3
        )
        ok = self._key("ok", ok_text, kind="ok")
        ok.setProperty("primary", True)
        grid.addWidget(ok, 2, 3, 2, 1)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setMaximumWidth(4 * 132 + 3 * SPACING)

    def key(self, name: str) -> QPushButton:
        return self._keys[name]

    def set_target(self, target: QLineEdit | None) -> None:
        """The field the keys type into (None: keys do nothing)."""
        self._target = target

    def set_ok_text(self, label: str) -> None:
        self._keys["ok"].setText(label)
        fit_label(self._keys["ok"])

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The grid has placed the keys already (a layout sees the resize before its widget).
        super().resizeEvent(event)
        for name in WORD_KEYS:
            fit_label(self._keys[name])

    def _key(self, name: str, label: str, kind: str = "digit") -> QPushButton:
        key = button(label, height=KEY_SIZE, name=f"key-{name}")
        key.setProperty("key", kind)
        key.setMinimumWidth(KEY_SIZE)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        key.setAutoRepeat(name == "back")
        key.clicked.connect(lambda: self._pressed(name))
        self._keys[name] = key
        return key

    def _pressed(self, name: str) -> None:
        if name == "ok":
            self.submitted.emit()
            return
        target = self._target
        if target is None or not target.isEnabled():
            return
        target.end(False)  # keys always act at the end: predictable with gloves
        if name == "back":
            target.backspace()
        elif name == "clear":
            target.clear()
        elif name == "minus":
            current = target.text()
            target.setText(current[1:] if current.startswith("-") else "-" + current)
        elif name == "point":
            typed = target.text()
            if not any(separator in typed for separator in SEPARATORS):
                point = self.separator
                target.insert(f"0{point}" if not typed.lstrip("-") else point)
        else:
            target.insert(name)
