"""The plain, prominent notice after an out-of-limit measurement or a failed check."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.exception_header import RAISE_TEXT
from ui.widgets.touch import button, set_style_property, text


class NoticePanel(QFrame):
    """Says what was recorded, shows it beside the limits, and offers: again, raise an exception
    (pre-filled with the job, the step and the reading), or continue."""

    retry = Signal()
    proceed = Signal()
    raise_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 36, 48, 36)
        column.setSpacing(16)
        self.heading = text("", "notice-title", name="notice-title")
        column.addWidget(self.heading)
        self.step = text("", "notice-step", name="notice-step")
        column.addWidget(self.step)
        facts = QHBoxLayout()
        facts.setSpacing(64)
        self._facts: list[tuple[QLabel, QLabel]] = []
        for number in range(2):
            block = QVBoxLayout()
            block.setSpacing(0)
            caption = text("", "caption-strong", wrap=False)
            value = text("", "fact", wrap=False, name=f"notice-fact-{number}")
            block.addWidget(caption)
            block.addWidget(value)
            facts.addLayout(block)
            self._facts.append((caption, value))
        facts.addStretch(1)
        column.addSpacing(4)
        column.addLayout(facts)
        column.addSpacing(4)
        self.message = text("", "notice-text", name="notice-text")
        column.addWidget(self.message)
        self.hint = text("", "notice-hint", name="notice-hint")
        column.addWidget(self.hint)
        column.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(20)
        self.retry_button = button(
            QCoreApplication.translate("Notice", "Re-measure"), height=96, name="retry"
        )
        self.retry_button.setMinimumWidth(300)
        self.continue_button = button(
            QCoreApplication.translate("Notice", "Continue  →"),
            primary=True,
            height=96,
            name="continue",
        )
        self.continue_button.setMinimumWidth(360)
        self.retry_button.clicked.connect(self.retry)
        self.continue_button.clicked.connect(self.proceed)
        self.raise_button = button(
            QCoreApplication.translate("ExceptionHeader", RAISE_TEXT),
            height=96,
            variant="raise-notice",
            name="notice-raise",
        )
        self.raise_button.setMinimumWidth(300)
        self.raise_button.clicked.connect(self.raise_requested)
        row.addWidget(self.retry_button)
        row.addWidget(self.raise_button)
        row.addStretch(1)
        row.addWidget(self.continue_button)
        column.addLayout(row)

    def show_notice(
        self,
        heading: str,
        step: str,
        facts: Sequence[tuple[str, str, bool]],
        message: str,
        hint: str,
        retry: str,
    ) -> None:
        """`facts`: (caption, value, is_the_problem), e.g. ("MEASURED", "12.8 N·m", True)."""
        self.heading.setText(heading)
        self.step.setText(step)
        self.message.setText(message)
        self.hint.setText(hint)
        self.retry_button.setText(retry)
        self.set_raised(raised=False)
        for index, (caption_label, value_label) in enumerate(self._facts):
            shown = index < len(facts)
            caption_label.setVisible(shown)
            value_label.setVisible(shown)
            if shown:
                caption, value, bad = facts[index]
                caption_label.setText(caption)
                value_label.setText(value)
                set_style_property(value_label, "role", "fact-bad" if bad else "fact")

    def set_raised(self, *, raised: bool) -> None:
        """After an exception was saved from this notice: say so, and do not offer it twice."""
        self.raise_button.setText(
            QCoreApplication.translate("Notice", "✓  Exception raised")
            if raised
            else QCoreApplication.translate("ExceptionHeader", RAISE_TEXT)
        )
        self.raise_button.setEnabled(not raised)
