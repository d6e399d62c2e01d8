"""English and Spanish: the switch at login and back at log-out, dates and numbers in the language
shown, and translation files that keep up with the code. Every screen read in Spanish is checked
on the screenshot walk (tests/ui/test_screenshots.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.instructions import MeasurementStep
from tests.conftest import OPERATOR, TORQUE_STATION
from tests.ui.conftest import Screenshots
from tests.ui.driving import log_in, open_maintenance, settle, tap, type_on_keypad
from tests.ui.recovery_driving import log_in_anywhere, run_to_measurement, type_unsaved
from tests.ui.untranslated import english_sources, plant_data, shown_texts, untranslated
from ui.app import compose
from ui.language import UiLanguage
from ui.main_window import MainWindow
from ui.translations import TS_DIR, extract, read_ts
from ui.widgets.answers import MeasurementPanel
from ui.wording import day_text, limits_text, number_text
from ui.worker import Worker

EMILY = ("10078", "7315")  # operator, English (resources/demo/operators.toml)
KEVIN = ("40007", "916372")  # supervisor, English


# --- the tests -------------------------------------------------------------------------------
def test_the_check_catches_an_english_text_and_passes_a_spanish_one(qtbot: QtBot) -> None:
    sources, content = english_sources(), plant_data()
    page = QWidget()
    qtbot.addWidget(page)
    QLabel("Scan your badge, then enter your PIN.", page)
    QLabel("Paso 2 de 5", page)
    QLabel("Step 2 of 5", page)  # a formatted text: its source is "Step {value} of {count}"
    QLabel("Cover fit & torque", page)  # a station's name: the plant's own words
    QLabel("Press the button", page)  # not in the catalogue at all: an English word gives it away
    assert untranslated(shown_texts(page), sources, content) == [
        "Scan your badge, then enter your PIN.",
        "Step 2 of 5",
        "Press the button",
    ]


# Every preview screen read in Spanish (no English left, no target too small, nothing cut off)
# is checked on the screenshot walk, in both themes, both text sizes and both kiosk sizes:
# tests/ui/test_screenshots.py.


def test_maria_reads_spanish_from_login_until_log_out(
    both_languages: None,
    qtbot: QtBot,
    window: MainWindow,
    worker: Worker,
    shots: Screenshots,
) -> None:
    assert _labels(window.login) >= {"Log in", "Badge"}
    log_in(qtbot, window, worker, *OPERATOR)
    home = window.home
    assert home is not None
    assert window.language.current == "es"
    assert home.logout_button.text() == "Cerrar sesión"
    assert "Órdenes de trabajo" in _labels(home)
    assert home.count.text() == "2 órdenes en cola en esta estación"
    assert QLocale().decimalPoint() == ","
    shots.save(window, "home-es")
    sources, content = english_sources(), plant_data()
    assert untranslated(shown_texts(home), sources, content) == []
    screens = window.stack.count()

    tap(qtbot, home.logout_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login)
    assert window.language.current == "en"
    assert _labels(window.login) >= {"Log in", "Badge"}
    assert QLocale().decimalPoint() == "."

    log_in(qtbot, window, worker, *EMILY)  # English: the screens are made again, in English
    assert window.home is not home
    assert window.home is not None
    assert window.home.logout_button.text() == "Log out"
    assert window.stack.count() == screens  # the Spanish ones went: nothing piles up
    shots.save(window, "home-en")
    tap(qtbot, window.home.logout_button)
    settle(qtbot, worker)


def test_a_spanish_kiosk_greets_in_spanish_and_an_english_supervisor_reads_english(
    both_languages: None,
    qtbot: QtBot,
    demo_dir: Path,
    clock: ManualClock,
    worker: Worker,
    shots: Screenshots,
) -> None:
    window = compose(demo_dir, TORQUE_STATION, clock, worker, language="es")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(window.is_ready)
    settle(qtbot, worker)
    try:
        assert _labels(window.login) >= {"Iniciar sesión", "Gafete"}
        assert untranslated(shown_texts(window.login), english_sources(), plant_data()) == []
        shots.save(window, "login-es")
        screen = open_maintenance(qtbot, window, worker, *KEVIN)
        # The maintenance menu is the kiosk's: in its language, whoever opens it.
        assert untranslated(shown_texts(screen), english_sources(), plant_data()) == []
        shots.save(window, "maintenance-es")
        tap(qtbot, screen.back_button)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login)

        type_on_keypad(qtbot, window.login.keypad, EMILY[0])
        tap(qtbot, window.login.keypad.key("ok"))
        type_on_keypad(qtbot, window.login.keypad, "0000")  # a wrong PIN: said in Spanish
        tap(qtbot, window.login.keypad.key("ok"))
        settle(qtbot, worker)
        assert window.login.message.text().startswith("Gafete o PIN no reconocido. Le quedan ")
        window.login.reset()

        log_in(qtbot, window, worker, *EMILY)
        assert window.home is not None
        assert window.home.logout_button.text() == "Log out"
        tap(qtbot, window.home.logout_button)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login)
        assert _labels(window.login) >= {"Iniciar sesión", "Gafete"}
    finally:
        settle(qtbot, worker)
        window.language.release()
        if window.kiosk is not None:
            window.kiosk.close()


def test_dates_and_numbers_follow_the_language(spanish: UiLanguage) -> None:
    friday = date(2026, 11, 27)
    torque = MeasurementStep(
        "s1", "Torque", nominal=Decimal("12.0"), lower=Decimal("11.5"), upper=Decimal("12.5"),
        unit="N·m",
    )  # fmt: skip
    assert day_text(friday) == "vie 27 nov"
    assert number_text(Decimal("12.5")) == "12,5"
    assert limits_text(torque) == "11,5 – 12,5 N·m"
    spanish.use("en")
    assert day_text(friday) == "Fri 27 Nov"
    assert number_text(Decimal("12.5")) == "12.5"
    assert limits_text(torque) == "11.5 – 12.5 N·m"


def test_every_text_of_the_code_is_in_the_spanish_file_and_translated() -> None:
    """`python -m ui.translations update` after adding texts, then translate the new ones."""
    in_code = {key for messages in extract().values() for key in messages}
    written = read_ts(TS_DIR / "harmony_es.ts")
    in_file = {key: m for messages in written.values() for key, m in messages.items()}
    assert sorted(in_code - set(in_file)) == [], "texts missing from harmony_es.ts"
    unfinished = [
        key
        for key, m in in_file.items()
        if not (all(m.forms) if m.plural else m.translation) and key in in_code
    ]
    assert unfinished == [], "texts without a Spanish translation"


def _labels(root: QWidget) -> set[str]:
    return {label.text() for label in root.findChildren(QLabel) if label.isVisibleTo(root)}


def test_marias_draft_survives_the_screens_made_again_for_emily_and_back(
    both_languages: None, qtbot: QtBot, window: MainWindow, worker: Worker, clock: ManualClock
) -> None:
    runner = run_to_measurement(qtbot, window, worker, *OPERATOR)
    assert runner.next_button.text() == "Siguiente  →"
    step_id = runner.current_step().id
    type_unsaved(qtbot, runner, "12,35")  # her keypad's decimal key is a comma
    clock.advance(300)  # the default idle_logout_s
    window.idle.check()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login)
    settle(qtbot, worker)
    assert _labels(window.login) >= {"Log in"}

    log_in(qtbot, window, worker, *EMILY)  # English: made again
    assert window.runner is not runner
    assert window.home is not None
    tap(qtbot, window.home.logout_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login)
    settle(qtbot, worker)

    log_in_anywhere(qtbot, window, worker, *OPERATOR)  # Spanish again, back on her step
    again = window.runner
    assert again is not None
    qtbot.waitUntil(lambda: window.stack.currentWidget() is again)
    settle(qtbot, worker)
    assert again.next_button.text() == "Siguiente  →"
    assert again.current_step().id == step_id
    panel = again.current_panel()
    assert isinstance(panel, MeasurementPanel)
    assert panel.value.text() == "12,35"
