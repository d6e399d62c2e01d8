"""Touch-sized building blocks (buttons, text, fields, cards) styled by the theme's properties."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QWidget

MIN_TAP = 64  # px; DESIGN.md section 7 asks for 15 mm, 60 px at 96 dpi
PRIMARY_HEIGHT = 88  # primary actions: 20 mm asks for 80 px
FIELD_HEIGHT = 80


def button(
    text: str,
    *,
    primary: bool = False,
    variant: str = "",
    height: int | None = None,
    name: str = "",
) -> QPushButton:
    """A button sized for a gloved finger. `variant` picks a theme colour (pass, fail, quiet)."""
    widget = QPushButton(text)
    widget.setProperty("primary", primary)
    if variant:
        widget.setProperty("variant", variant)
    if name:
        widget.setObjectName(name)
    widget.setMinimumHeight(height or (PRIMARY_HEIGHT if primary else MIN_TAP + 8))
    widget.setMinimumWidth(MIN_TAP * 2)
    # Keyboard focus stays in the fields: a badge reader or scanner keeps typing where it was.
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setAutoDefault(False)
    return widget


def text(content: str = "", role: str = "body", *, wrap: bool = True, name: str = "") -> QLabel:
    """A label whose size and colour come from the theme: title, subtitle, body, caption…"""
    label = QLabel(content)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def field(*, password: bool = False, name: str = "", placeholder: str = "") -> QLineEdit:
    """A large entry field; tapping it makes it the target of the keypad."""
    widget = QLineEdit()
    widget.setMinimumHeight(FIELD_HEIGHT)
    widget.setMinimumWidth(MIN_TAP * 3)
    widget.setPlaceholderText(placeholder)
    if password:
        widget.setEchoMode(QLineEdit.EchoMode.Password)
    if name:
        widget.setObjectName(name)
    widget.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, on=False)
    return widget


def card(role: str = "card", name: str = "") -> QFrame:
    """A white panel on the page background; `role` picks a tint (card, notice, error…)."""
    frame = QFrame()
    frame.setProperty("role", role)
    if name:
        frame.setObjectName(name)
    return frame


def set_style_property(widget: QWidget, key: str, value: object) -> None:
    """Change a property the stylesheet selects on, and re-apply the style at once."""
    widget.setProperty(key, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
