"""The left half of the step runner: kind, title, the instruction's rich text, limits, picture."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from harmony_kiosk.domain.instructions import MeasurementStep, Step
from ui.widgets.picture import Picture
from ui.widgets.touch import card, set_style_property, text
from ui.wording import kind_name, limits_text, number_text, step_text, step_title


class StepContent(QFrame):
    """What the step asks, in the operator's language where the instruction has it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        chips = QHBoxLayout()
        chips.setSpacing(10)
        self.kind = text("", "chip", wrap=False, name="step-kind")
        self.optional = text(
            QCoreApplication.translate("StepContent", "Optional"), "chip-optional", wrap=False
        )
        chips.addWidget(self.kind)
        chips.addWidget(self.optional)
        chips.addStretch(1)
        column.addLayout(chips)
        self.title = text("", "step-title", name="step-title")
        column.addWidget(self.title)

        self.limits_card = card("limits", name="limits")
        limits = QHBoxLayout(self.limits_card)
        limits.setContentsMargins(24, 14, 24, 14)
        limits.setSpacing(32)
        limit_column = QVBoxLayout()
        limit_column.setAlignment(Qt.AlignmentFlag.AlignTop)
        limit_column.setSpacing(0)
        limit_column.addWidget(
            text(QCoreApplication.translate("StepContent", "LIMITS"), "caption-strong", wrap=False)
        )
        self.limits = text("", "limits-value", wrap=False, name="limits-text")
        limit_column.addWidget(self.limits)
        nominal_column = QVBoxLayout()
        nominal_column.setAlignment(Qt.AlignmentFlag.AlignTop)
        nominal_column.setSpacing(0)
        nominal_column.addWidget(
            text(QCoreApplication.translate("StepContent", "NOMINAL"), "caption-strong", wrap=False)
        )
        self.nominal = text("", "nominal-value", wrap=False, name="nominal-text")
        nominal_column.addWidget(self.nominal)
        limits.addLayout(limit_column)
        limits.addLayout(nominal_column)
        limits.addStretch(1)
        column.addWidget(self.limits_card)

        self.text = text("", "rich", name="step-text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text_area = TextPane(self.text)
        column.addWidget(self.text_area)

        self.picture = Picture()
        self.picture.hide()
        column.addWidget(self.picture, 1)
        column.addStretch(0)

    def show_step(self, step: Step, language: str) -> None:
        set_style_property(self.kind, "kind", step.kind.value)
        self.kind.setText(kind_name(step.kind).upper())
        self.optional.setVisible(not step.required)
        self.title.setText(step_title(step, language))
        body = step_text(step, language).strip()
        self.text.setText(body)
        self.text_area.setVisible(bool(body))
        self.text_area.updateGeometry()
        self.text_area.verticalScrollBar().setValue(0)
        if isinstance(step, MeasurementStep):
            unit = f" {step.unit}" if step.unit else ""
            self.limits.setText(limits_text(step))
            nominal = step.nominal
            self.nominal.setText(f"{number_text(nominal)}{unit}" if nominal is not None else "—")
            self.limits_card.show()
        else:
            self.limits_card.hide()
        self.picture.set_image(None)

    def show_picture(self, data: bytes | None) -> None:
        self.picture.set_image(data)


class TextPane(QScrollArea):
    """The instruction's text at its full height; it scrolls only when the screen is too short.

    Its size hint is the height the text needs at the width it has, so the picture below gets
    what is left, never the text's lines.
    """

    MIN_VISIBLE = 240  # px: about seven lines stay visible even beside a tall picture

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setProperty("role", "text-scroll")
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def _needed(self) -> int:
        width = max(1, self.viewport().width() or self.width())
        return max(0, self._label.heightForWidth(width)) + 4

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._needed())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, min(self._needed(), self.MIN_VISIBLE))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()
