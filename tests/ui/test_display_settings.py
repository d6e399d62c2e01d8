"""The theme and text size from the maintenance menu: applied to the whole kiosk at once and
kept in kiosk.toml for the next start; only past the supervisor's badge and PIN."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from harmony_kiosk.settings import load_settings
from tests.conftest import SUPERVISOR
from tests.ui.conftest import Screenshots
from tests.ui.driving import open_maintenance, settle, tap
from tests.ui.tappables import problems
from ui import look, theme
from ui.main_window import MainWindow
from ui.worker import Worker


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp)


@pytest.mark.usefixtures("restored")
def test_a_supervisor_switches_to_high_contrast_and_large_text(
    qtbot: QtBot, window: MainWindow, worker: Worker, demo_dir: Path, shots: Screenshots
) -> None:
    screen = window.maintenance
    assert not screen.display_button.isVisible()  # not in front of the guard
    screen = open_maintenance(qtbot, window, worker, *SUPERVISOR)
    assert screen.is_open()
    tap(qtbot, screen.display_button)
    assert screen.pages.currentWidget() is screen.display
    assert not screen.enrol_button.isVisible()
    assert screen.display.theme_row.current() == "standard"

    tap(qtbot, screen.display.theme_row.buttons["high-contrast"])
    assert look.current() == look.Look("high-contrast", "normal")
    assert "#0030B8" in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    settle(qtbot, worker)
    assert screen.display.status.text().startswith("✓ Saved")
    tap(qtbot, screen.display.size_row.buttons["large"])
    settle(qtbot, worker)
    assert look.current() == look.Look("high-contrast", "large")
    saved = load_settings(demo_dir, {})
    assert (saved.theme, saved.text_size) == ("high-contrast", "large")
    QApplication.processEvents()
    assert problems(window) == []
    shots.save(window, "display-high-contrast-large")

    assert screen.display_button.text() == "Kiosk and server"  # no "&": Qt would eat it
    tap(qtbot, screen.display_button)  # back to the kiosk's facts and enrolment
    assert screen.is_open()
    assert screen.enrol_button.isVisible()


@pytest.mark.usefixtures("restored")
def test_the_page_shows_the_look_in_use(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, worker: Worker
) -> None:
    theme.apply(qapp, "standard", "large")
    screen = open_maintenance(qtbot, window, worker, *SUPERVISOR)
    tap(qtbot, screen.display_button)
    assert screen.display.size_row.current() == "large"
    assert screen.display.theme_row.current() == "standard"
    tap(qtbot, screen.display.size_row.buttons["large"])  # the same again: nothing to save
    assert screen.display.status.text() == ""
