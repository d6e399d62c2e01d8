"""Finding what a finger can hit on a screen, and judging its size (DESIGN.md section 7)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QWidget

MIN_TAP_PX = 60  # 15 mm at 96 dpi
MIN_PRIMARY_PX = 80  # 20 mm


@dataclass(frozen=True)
class Target:
    """One thing that takes a tap, where it is on the screen."""

    name: str
    rect: QRect
    primary: bool

    def problem(self, screen: QRect) -> str | None:
        size = f"{self.rect.width()}×{self.rect.height()}"
        if self.rect.width() < MIN_TAP_PX or self.rect.height() < MIN_TAP_PX:
            return f"{self.name} is {size}, under {MIN_TAP_PX} px"
        if self.primary and self.rect.height() < MIN_PRIMARY_PX:
            return f"primary {self.name} is {size}, under {MIN_PRIMARY_PX} px high"
        if not screen.contains(self.rect):
            return f"{self.name} at {self.rect.getRect()} reaches outside the screen"
        return None


def _name(widget: QWidget) -> str:
    label = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__}({widget.objectName() or label!r})"


def tappable_targets(root: QWidget) -> list[Target]:
    """Visible buttons, entry fields, and the rows of list views, in `root`'s coordinates."""
    found: list[Target] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton | QLineEdit):
            top_left = widget.mapTo(root, QPoint(0, 0))
            rect = QRect(top_left, widget.size())
            found.append(Target(_name(widget), rect, widget.property("primary") is True))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            viewport = widget.viewport()
            model = widget.model()
            for row in range(model.rowCount()):
                row_rect = widget.visualRect(model.index(row, 0))
                shown = row_rect.intersected(viewport.rect())
                if shown.isEmpty() or shown != row_rect:
                    continue  # scrolled out of sight, or partly (either way): judged once in
                top_left = viewport.mapTo(root, row_rect.topLeft())
                found.append(
                    Target(f"row {row} of {_name(widget)}", QRect(top_left, row_rect.size()), False)
                )
    return found


def problems(root: QWidget) -> list[str]:
    screen = root.rect()
    return [problem for target in tappable_targets(root) if (problem := target.problem(screen))]
