"""Our own on-screen keyboard: glove-sized QWERTY keys with Spanish letters, typing into a field.

Qt Virtual Keyboard is GPL-only (DESIGN.md sections 7 and 8), so the kiosk draws its own. Keys
never take focus: they send key events to the field tapped last, so the field behaves exactly as
with a real keyboard (its validator, its length limit, Enter as `returnPressed` or a new line).

Spanish: ñ has its own key beside l, ¿ and ¡ sit on the bottom row, and the "á é í" key swaps the
number row for the accented vowels (tap it again, "1 2 3", for the numbers). Shift makes the next
letter a capital (and , . ? - / % ° type ; : ! + = # @); a second tap holds it (caps lock).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ui.marked import QT_TRANSLATE_NOOP
from ui.widgets.fitted_label import fit_label
from ui.widgets.touch import set_style_property

KEY_HEIGHT = 64  # px; above the 60 px minimum, pressed hundreds of times with gloves
MAX_KEY_HEIGHT = 88
MIN_KEY_WIDTH = 62
SPACING = 6
UNIT = 2  # grid columns per ordinary key: wide keys take 3 (1.5 keys), space 11
DIGITS = "1234567890"
ACCENTS = "áéíóúüñ«»€"  # replaces the digits while the accents row is shown
LETTER_ROWS = ("qwertyuiop", "asdfghjklñ", "zxcvbnm,.?")
BOTTOM_LEFT = "¿¡-"
BOTTOM_RIGHT = "/%°"
# Shift gives the punctuation keys a second character, as on a phone: ¡…! needs its "!".
SHIFTED = {",": ";", ".": ":", "?": "!", "-": "+", "/": "=", "%": "#", "°": "@"}
TextField = QLineEdit | QPlainTextEdit
_SPECIAL = {  # name -> (label, grid columns, theme key kind)
    "back": ("⌫", 3, "edit"),
    "accents": ("á é í", 3, "mode"),
    "enter": (QT_TRANSLATE_NOOP("Keyboard", "Enter"), 3, "mode"),
    "shift": (QT_TRANSLATE_NOOP("Keyboard", "⇧ Shift"), 3, "mode"),
    "space": (QT_TRANSLATE_NOOP("Keyboard", "space"), 11, "letter"),
}
WORD_KEYS = ("accents", "enter", "shift")  # words, in keys one and a half letters wide
_TAKES_TARGET = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress)


class OnScreenKeyboard(QWidget):
    """Five rows: numbers (or accents), three rows of letters, and ¿ ¡ - space / % °.

    `attach(fields…)` names the fields it may type into; the one tapped (or focused) last is the
    target, highlighted with the theme's `active` property. Keys are found by what they type
    ("a", "ñ", "á", "1") or by name ("back", "shift", "accents", "enter", "space").
    """

    typed = Signal(str)  # each character sent, after the field took it
    entered = Signal()  # Enter was tapped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("on-screen-keyboard")
        self.setProperty("role", "keyboard")
        self._fields: list[TextField] = []
        self._watched: dict[QObject, TextField] = {}  # the field, or a text box's viewport
        self._target: TextField | None = None
        self._shift = False
        self._caps = False
        self._accents = False
        self._keys: dict[str, QPushButton] = {}  # name -> key, for the special keys
        self._chars: list[tuple[QPushButton, str]] = []  # character keys and their base char
        self._top_row: list[QPushButton] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(SPACING)
        self._build_rows(grid)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 1)
        # Keys grow with the room they are given, up to MAX_KEY_HEIGHT: larger is easier.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMaximumHeight(5 * MAX_KEY_HEIGHT + 4 * SPACING)
        self._relabel()

    def _build_rows(self, grid: QGridLayout) -> None:
        for column, digit in enumerate(DIGITS):
            key = self._char_key(digit, grid, 0, column * UNIT)
            self._top_row.append(key)
        self._special("back", grid, 0, len(DIGITS) * UNIT)
        for row, letters in enumerate(LETTER_ROWS, start=1):
            start = UNIT + 1 if row == 3 else 0  # Shift (1.5 keys) leads the third letter row
            for column, letter in enumerate(letters):
                self._char_key(letter, grid, row, start + column * UNIT)
        self._special("accents", grid, 1, len(LETTER_ROWS[0]) * UNIT)
        self._special("enter", grid, 2, len(LETTER_ROWS[1]) * UNIT)
        self._special("shift", grid, 3, 0)
        for column, char in enumerate(BOTTOM_LEFT):
            self._char_key(char, grid, 4, column * UNIT)
        self._special("space", grid, 4, len(BOTTOM_LEFT) * UNIT)
        after_space = len(BOTTOM_LEFT) * UNIT + _SPECIAL["space"][1]
        for column, char in enumerate(BOTTOM_RIGHT):
            self._char_key(char, grid, 4, after_space + column * UNIT)

    # --- the fields it types into ---------------------------------------------------------------
    def attach(self, *fields: TextField) -> None:
        """Fields this keyboard may type into; the first becomes the target."""
        for entry in fields:
            if entry not in self._fields:
                self._fields.append(entry)
                for watched in _tapped_parts(entry):
                    watched.installEventFilter(self)
                    self._watched[watched] = entry
        if self._target is None and self._fields:
            self.set_target(self._fields[0])

    def detach(self) -> None:
        """Forget every field (a form about to be filled anew)."""
        for watched in self._watched:
            watched.removeEventFilter(self)
        self._watched = {}
        self._fields = []
        self._target = None

    def set_target(self, target: TextField | None) -> None:
        """Type into `target` from now on, at its end (a gloved tap rarely hits between two
        letters); a tap inside the field later moves the cursor as usual."""
        changed = target is not self._target
        self._target = target
        for entry in self._fields:
            set_style_property(entry, "active", entry is target)
        if target is None:
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if changed and isinstance(target, QPlainTextEdit):
            target.moveCursor(QTextCursor.MoveOperation.End)
        elif changed and isinstance(target, QLineEdit):
            target.end(False)

    def target(self) -> TextField | None:
        if self._target is not None:
            return self._target
        focused = self.window().focusWidget()
        return focused if isinstance(focused, QLineEdit | QPlainTextEdit) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        entry = self._watched.get(watched)
        if entry is not None and event.type() in _TAKES_TARGET and entry is not self._target:
            self.set_target(entry)
        return False

    # --- keys -----------------------------------------------------------------------------------
    def key(self, name: str) -> QPushButton:
        """The key that types `name` now (a letter, digit or accent), or a named special key."""
        if name in self._keys:
            return self._keys[name]
        for key, _base in self._chars:
            if key.property("types") == name:
                return key
        raise KeyError(f"no key types {name!r} in the keyboard's current layer")

    def keys(self) -> Iterable[QPushButton]:
        return [*self._keys.values(), *(key for key, _base in self._chars)]

    @property
    def shifted(self) -> bool:
        return self._shift or self._caps

    @property
    def showing_accents(self) -> bool:
        return self._accents

    def _char_key(self, char: str, grid: QGridLayout, row: int, column: int) -> QPushButton:
        key = _make_key("letter")
        key.clicked.connect(lambda: self._type(str(key.property("types"))))
        grid.addWidget(key, row, column, 1, UNIT)
        self._chars.append((key, char))
        return key

    def _special(self, name: str, grid: QGridLayout, row: int, column: int) -> None:
        label, span, kind = _SPECIAL[name]
        key = _make_key(kind)
        key.setText(QCoreApplication.translate("Keyboard", label))
        key.setObjectName(f"key-{name}")
        key.setAutoRepeat(name == "back")
        key.clicked.connect(lambda: self._pressed(name))
        grid.addWidget(key, row, column, 1, span)
        self._keys[name] = key

    def _pressed(self, name: str) -> None:
        if name == "back":
            self._send(Qt.Key.Key_Backspace, "")
        elif name == "enter":
            self._send(Qt.Key.Key_Return, "\r")
            self.entered.emit()
        elif name == "space":
            self._type(" ")
        elif name == "shift":
            # off -> next letter capital -> caps lock -> off
            self._shift, self._caps = (
                (True, False) if not (self._shift or self._caps) else (False, not self._caps)
            )
            self._relabel()
        elif name == "accents":
            self._accents = not self._accents
            self._relabel()

    def _type(self, char: str) -> None:
        if self._send(Qt.Key.Key_unknown, char):
            self.typed.emit(char)
        if self._shift and char != " ":  # one character, then back to lower case
            self._shift = False
            self._relabel()

    def _send(self, key: Qt.Key, char: str) -> bool:
        target = self.target()
        if target is None or not target.isEnabled() or target.isReadOnly():
            return False
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
        return True

    def _relabel(self) -> None:
        """Each character key shows (and types) its character in the current layer and case."""
        top = ACCENTS if self._accents else DIGITS
        for index, key in enumerate(self._top_row):
            self._chars[index] = (key, top[index])
        for key, base in self._chars:
            shown = base
            if self.shifted:
                shown = base.upper() if base.isalpha() else SHIFTED.get(base, base)
            key.setText(shown)
            key.setProperty("types", shown)
            key.setObjectName(f"key-{shown}")
        self._keys["accents"].setText("1 2 3" if self._accents else _SPECIAL["accents"][0])
        set_style_property(self._keys["accents"], "on", self._accents)
        set_style_property(self._keys["shift"], "on", self.shifted)
        self._keys["shift"].setText(
            QCoreApplication.translate("Keyboard", "⇪ Caps")
            if self._caps
            else QCoreApplication.translate("Keyboard", _SPECIAL["shift"][0])
        )
        for key in self._top_row:
            set_style_property(key, "key", "accent" if self._accents else "letter")
        self._fit_words()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the grid has placed the keys already
        self._fit_words()

    def _fit_words(self) -> None:
        """Shift, Enter and the accents key: their words shrink where large text outgrows them."""
        for name in WORD_KEYS:
            fit_label(self._keys[name])


def _make_key(kind: str) -> QPushButton:
    key = QPushButton()
    key.setProperty("key", kind)
    key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    key.setAutoDefault(False)
    key.setMinimumSize(MIN_KEY_WIDTH, KEY_HEIGHT)
    key.setMaximumHeight(MAX_KEY_HEIGHT)
    key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return key


def _tapped_parts(entry: TextField) -> tuple[QObject, ...]:
    """A tap on a text box lands on its viewport; focus and a line field's taps on itself."""
    if isinstance(entry, QPlainTextEdit):
        return (entry, entry.viewport())
    return (entry,)
