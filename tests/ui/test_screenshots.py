"""Every screen in both languages, both themes (the standard one and high contrast, each with
normal and large text), at 1280×800 and 1920×1080, saved to
build/screenshots/<language>/<theme>[-large]/<width>x<height>/<screen>.png for people to look at,
and checked on the same walk: tap targets (tests/ui/test_touch_targets.py), no word cut off
(tests/ui/cut_text.py) and, in Spanish, no English left (tests/ui/untranslated.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.cut_text import cut_texts
from tests.ui.test_touch_targets import LOOKS, check_screen
from tests.ui.untranslated import english_sources, plant_data, shown_texts, untranslated
from ui import language, look, theme
from ui.preview import SCREENS
from ui.screenshots import LANGUAGES, SIZES, save_screens, screenshot_path
from ui.worker import Worker

PAGE = {"standard": QColor("#EEF2F6"), "high-contrast": QColor("#FFFFFF")}


@pytest.mark.parametrize("chosen", LOOKS, ids=lambda c: f"{c.theme}-{c.text_size}")
@pytest.mark.parametrize("shown", LANGUAGES)
def test_every_screen_is_saved_and_checked_in_each_language_look_and_size(
    shown: str,
    chosen: look.Look,
    qtbot: QtBot,
    qapp: QApplication,
    worker: Worker,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    monkeypatch.setattr(language, "LANGUAGES", ("en", "es"))  # as shipped: María reads Spanish
    root = request.config.rootpath / "build" / "screenshots"
    found: list[str] = []
    sources: list[re.Pattern[str]] = english_sources() if shown == "es" else []
    content = plant_data()

    def settle(used: Worker) -> None:
        qtbot.waitUntil(used.is_idle)
        QApplication.processEvents()

    def inspect(screen: QWidget, name: str, size: tuple[int, int]) -> None:
        found.extend(check_screen(screen, name, chosen, size))
        found.extend(f"{name} at {size}: {cut}" for cut in cut_texts(screen))
        if sources and size == SIZES[0]:
            found.extend(
                f"{name}: {t!r}" for t in untranslated(shown_texts(screen), sources, content)
            )

    try:
        saved = save_screens(
            root, chosen, language=shown, worker=worker, settle=settle, inspect=inspect
        )
    finally:
        theme.apply(qapp)
    assert found == [], f"{shown}, {chosen.theme}-{chosen.text_size}"
    expected = [
        screenshot_path(root, chosen, size, name, shown) for name in SCREENS for size in SIZES
    ]
    assert saved == expected
    for path in saved:
        image = QImage(str(path))
        size = tuple(int(part) for part in path.parent.name.split("x"))
        assert (image.width(), image.height()) == size, path
    # The theme was the one asked for: the login screen's page, left of its card.
    login = QImage(str(screenshot_path(root, chosen, SIZES[0], "login", shown)))
    assert login.pixelColor(8, 300) == PAGE[chosen.theme]


def test_the_walk_catches_a_cut_word_and_a_squeezed_text(qtbot: QtBot) -> None:
    """The walk above would be worthless if it could not fail."""
    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    narrow = QPushButton("Siguiente")
    narrow.setFixedWidth(70)
    squeezed = QLabel("Las notas de voz no están disponibles en este quiosco. " * 3)
    squeezed.setWordWrap(True)
    squeezed.setFixedSize(300, 40)
    fine = QPushButton("OK")
    for widget in (narrow, squeezed, fine):
        column.addWidget(widget)
    root.resize(400, 300)
    root.show()
    QApplication.processEvents()
    found = cut_texts(root)
    assert len(found) == 2, found
    assert found[0].startswith("button 'Siguiente'")
    assert found[1].startswith("label 'Las notas de voz")


def test_a_language_without_texts_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no 'fr' screens"):
        save_screens(tmp_path, look.Look(), language="fr")


def test_spanish_not_installed_is_refused_not_saved_as_english(tmp_path: Path) -> None:
    # The UI tests' default (tests/ui/conftest.py): only English installed.
    with pytest.raises(ValueError, match="'es' texts are not installed"):
        save_screens(tmp_path, look.Look(), language="es", names=["login"])
    assert not any(tmp_path.iterdir())


def test_each_language_has_its_own_folder(tmp_path: Path) -> None:
    large = look.Look("high-contrast", "large")
    path = screenshot_path(tmp_path, large, (1280, 800), "handoff", "es")
    assert path == tmp_path / "es" / "high-contrast-large" / "1280x800" / "handoff.png"
