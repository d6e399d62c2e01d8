"""The dark bar on top of every screen: where you are on the left, who and when on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.touch import text

HEIGHT = 88


class HeaderBar(QFrame):
    """Title and subtitle on the left; extra widgets (person, clock, buttons) on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "header")
        self.setFixedHeight(HEIGHT)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 8, 20, 8)
        row.setSpacing(24)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.title = ElidingLabel("header-title")
        self.subtitle = ElidingLabel("header-subtitle")
        names.addStretch(1)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        names.addStretch(1)
        row.addLayout(names, 1)
        self._right = QHBoxLayout()
        # 16, not 24: with four chips on the right (a step, in Spanish, at 1280 px) the 32 px
        # saved are what keeps the work order's number whole in the title.
        self._right.setSpacing(16)
        row.addLayout(self._right)

    def set_place(self, title: str, subtitle: str) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))

    def add_right(self, widget: QWidget, *, first: bool = False) -> None:
        if first:
            self._right.insertWidget(0, widget, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            self._right.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)


class PersonBadge(QFrame):
    """Who is logged in: name over role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.name = text("", "header-title", wrap=False)
        self.role = text("", "header-subtitle", wrap=False)
        self.name.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.role.setAlignment(Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.name)
        column.addWidget(self.role)

    def set_person(self, name: str, role: str) -> None:
        self.name.setText(name)
        self.role.setText(role)


class ElidingLabel(QLabel):
    """One line that ends in "…" when it does not fit, instead of pushing the header wider."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), int(align), shown)
