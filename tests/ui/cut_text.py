"""Finding words cut off on a screen: a button's label wider than the button, a wrapped label
given less height than its lines need (Spanish runs ~20 % longer than English)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

SLACK_PX = 2  # rounding between a font's metrics and what a layout hands out


def cut_texts(root: QWidget) -> list[str]:
    """What is cut on `root` now, one line each, naming the widget and its words."""
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QPushButton) and widget.text():
            need = _widest_line(widget)
            if need > widget.width() - SLACK_PX:
                found.append(f"button {widget.text()!r}: {need} px in {widget.width()}")
        elif isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK_PX:
                found.append(f"label {widget.text()[:40]!r}: {need} px high in {widget.height()}")
    return found


def _widest_line(button: QPushButton) -> int:
    metrics = QFontMetrics(button.font())
    lines = button.text().replace("&&", "&").split("\n")
    icon = button.iconSize().width() + 8 if not button.icon().isNull() else 0
    return max(metrics.horizontalAdvance(line) for line in lines) + icon
