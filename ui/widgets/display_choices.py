"""The maintenance page for the theme and the text size: applied at once, kept in kiosk.toml."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from harmony_kiosk.errors import KnownError
from harmony_kiosk.settings_file import save_setting
from ui import look, theme
from ui.refusal_wording import refusal_text
from ui.widgets.choice_row import ChoiceRow
from ui.widgets.touch import button, card, set_style_property, text
from ui.worker import Worker

log = logging.getLogger(__name__)
HEADER_BUTTON_HEIGHT = 66  # in the 88 px header, like "Raise exception"; above the 60 px minimum


def display_button() -> QPushButton:
    """The maintenance header's way to this page and back (the action bar is full)."""
    made = button("", variant="header-tool", height=HEADER_BUTTON_HEIGHT, name="display-settings")
    made.setMaximumHeight(HEADER_BUTTON_HEIGHT)
    return made


def _save_look(data_dir: Path, chosen: look.Look) -> None:
    save_setting(data_dir, "theme", chosen.theme)
    save_setting(data_dir, "text_size", chosen.text_size)


class DisplayChoices(QWidget):
    """Two segmented rows, theme and text size; a tap restyles the whole kiosk and is saved."""

    def __init__(self, worker: Worker, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._data_dir = data_dir
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        panel = card(name="display-card")
        outer.addWidget(panel)
        outer.addStretch(1)
        column = QVBoxLayout(panel)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(12)
        column.addWidget(text(self.tr("Display"), "card-title"))
        column.addWidget(text(self.tr("Theme"), "field-label"))
        self.theme_row = ChoiceRow(
            [("standard", self.tr("Standard")), ("high-contrast", self.tr("High contrast"))],
            name="display-theme",
            min_width=260,
        )
        column.addWidget(self.theme_row)
        column.addWidget(text(self.tr("Text size"), "field-label"))
        self.size_row = ChoiceRow(
            [("normal", self.tr("Normal text")), ("large", self.tr("Large text"))],
            name="display-text-size",
            min_width=260,
        )
        column.addWidget(self.size_row)
        self.status = text("", "status", name="display-status")
        column.addWidget(self.status)
        self.theme_row.picked.connect(self._choose)
        self.size_row.picked.connect(self._choose)

    @staticmethod
    def open_text() -> str:
        return QCoreApplication.translate("DisplayChoices", "Display")

    @staticmethod
    def close_text() -> str:
        return QCoreApplication.translate("DisplayChoices", "Kiosk and server")

    def showEvent(self, event: QShowEvent) -> None:
        shown = look.current()
        self.theme_row.set_current(shown.theme)
        self.size_row.set_current(shown.text_size)
        self._say("", "status")
        super().showEvent(event)

    def _choose(self, _key: str) -> None:
        chosen = look.Look(self.theme_row.current(), self.size_row.current())
        if chosen == look.current():
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, chosen.theme, chosen.text_size)
        log.info("display set to %s, %s text", chosen.theme, chosen.text_size)
        self._worker.run(partial(_save_look, self._data_dir, chosen), self._saved, self._refused)

    def _saved(self, _none: None) -> None:
        self._say(self.tr("✓ Saved: the kiosk keeps this display from now on."), "success")

    def _refused(self, error: KnownError) -> None:
        self._say(
            self.tr("Shown now, but not kept for the next start: {reason}").format(
                reason=refusal_text(error)
            ),
            "error",
        )

    def _say(self, words: str, role: str) -> None:
        self.status.setText(words)
        set_style_property(self.status, "role", role)
        self.status.setVisible(bool(words))
