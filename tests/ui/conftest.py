"""Fixtures for the UI tests: themed app, a real worker, the real window, screenshot folders."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import Kiosk
from tests.conftest import TORQUE_STATION
from ui import language, theme
from ui.app import compose
from ui.language import UiLanguage
from ui.main_window import MainWindow
from ui.translations import build
from ui.worker import Worker

_UI_TESTS = Path(__file__).parent
# The offscreen platform says this once per top-level window; it is not a problem of ours.
_QT_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A Qt warning (a bad stylesheet, a layout loop) fails a UI test, as in qutebrowser."""
    for item in items:
        if _UI_TESTS in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(_QT_NOISE))


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> UiLanguage:
    """The texts as a kiosk shows them by default: English, with the plural forms of the
    `%n` texts ("1 order", "2 orders") that come from the compiled English translation."""
    build(only_stale=True)  # `make translations` does it too; a fresh checkout may not have
    language = UiLanguage("en")
    language.use_default()
    return language


@pytest.fixture(autouse=True)
def english_screens(monkeypatch: pytest.MonkeyPatch, english: UiLanguage) -> Iterator[None]:
    """The UI tests read English screens whoever logs in (María and Ricardo prefer Spanish):
    a language the kiosk has no texts for falls back to its default, English. The tests of
    the Spanish screens (tests/ui/test_languages.py) put Spanish back.

    Every language a test switched to is taken out afterwards: a window Python still holds
    keeps its translator installed, and the next test would read Spanish where it expects
    English (a failure far from its cause, and only in some orders)."""
    monkeypatch.setattr(language, "LANGUAGES", ("en",))
    switched: list[UiLanguage] = []
    use = UiLanguage.use

    def recorded(self: UiLanguage, code: str | None) -> str:
        switched.append(self)
        return use(self, code)

    monkeypatch.setattr(UiLanguage, "use", recorded)
    yield
    for chosen in switched:
        if chosen is not english:
            with contextlib.suppress(RuntimeError):  # its window is gone, and its translator
                chosen.release()
    english.release()
    english.use_default()


@pytest.fixture
def both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The kiosk's two languages, as shipped (the other UI tests keep to English)."""
    monkeypatch.setattr(language, "LANGUAGES", ("en", "es"))


@pytest.fixture
def spanish(both_languages: None) -> Iterator[UiLanguage]:
    """Spanish installed, as for María; English again afterwards."""
    chosen = UiLanguage("es")
    assert chosen.use_default() == "es", "the Spanish texts are not compiled"
    yield chosen
    chosen.release()


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> QApplication:
    """Fonts and stylesheet as the kiosk has them: sizes depend on them."""
    theme.apply(qapp)
    return qapp


@pytest.fixture
def crashes() -> list[str]:
    """Unexpected errors the worker reported; a test that causes one on purpose empties it."""
    return []


@pytest.fixture
def worker(qtbot: QtBot, crashes: list[str]) -> Iterator[Worker]:
    """The real database worker; a crash (an unexpected exception) fails the test."""
    made = Worker()
    made.crashed.connect(lambda: crashes.append("crashed"))
    yield made
    qtbot.waitUntil(made.is_idle)
    made.shutdown()
    assert not crashes, "the worker reported an unexpected error (see the log above)"


def open_window(qtbot: QtBot, data_dir: Path, clock: ManualClock, worker: Worker) -> MainWindow:
    window = compose(data_dir, TORQUE_STATION, clock, worker)
    window.idle.check_by_hand()  # idle time only where a test asks (tests/ui/test_idle_logout.py)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def window(
    qtbot: QtBot, demo_dir: Path, clock: ManualClock, worker: Worker
) -> Iterator[MainWindow]:
    """The real app wiring on a fresh demo folder at LINE1-ST1, opened and on the login screen."""
    made = open_window(qtbot, demo_dir, clock, worker)
    qtbot.waitUntil(made.is_ready)
    qtbot.waitUntil(worker.is_idle)
    yield made
    qtbot.waitUntil(worker.is_idle)
    if made.kiosk is not None:
        made.kiosk.close()


@pytest.fixture
def opened_kiosk(window: MainWindow) -> Kiosk:
    assert window.kiosk is not None
    return window.kiosk


class Screenshots:
    """Saves what a widget paints into this test's output folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.saved: list[Path] = []

    def save(self, widget: QWidget, name: str) -> Path:
        QApplication.processEvents()
        path = self.folder / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not write {path}"
        self.saved.append(path)
        return path


@pytest.fixture
def shots(request: pytest.FixtureRequest) -> Screenshots:
    """`$HARMONY_TEST_OUTPUT/<test name>/`, by default build/test-output/<test name>/."""
    base = os.environ.get("HARMONY_TEST_OUTPUT")
    root = Path(base) if base else request.config.rootpath / "build" / "test-output"
    folder = root / request.node.name.replace("/", "_")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    return Screenshots(folder)
