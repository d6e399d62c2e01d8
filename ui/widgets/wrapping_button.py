"""A big button whose words wrap: the tile of the reason and equipment pickers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout

from ui.widgets.touch import button, text


def wrapping_button(*lines: tuple[str, str], height: int) -> QPushButton:
    """A big button whose words wrap (a QPushButton's own text never does): one label per
    (words, theme role), centred; the button's accessible name carries all of them."""
    made = button("", height=height)
    made.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    column = QVBoxLayout(made)
    column.setContentsMargins(12, 6, 12, 6)
    column.setSpacing(0)
    for number, (words, role) in enumerate(lines):
        label = text(words, role)
        vertical = Qt.AlignmentFlag.AlignBottom if number == 0 else Qt.AlignmentFlag.AlignTop
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | vertical)
        if len(lines) == 1:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        column.addWidget(label)
    made.setAccessibleName(" · ".join(words for words, _role in lines))
    return made
