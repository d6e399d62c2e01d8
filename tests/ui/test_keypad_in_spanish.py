"""The keypad in Spanish: its decimal key is the language's ("," for María), a measurement typed
with either separator is read as the same value, and its long words fit their narrow keys."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.instructions import StepKind
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk
from tests.ui.driving import settle, tap, type_on_keypad
from ui.language import UiLanguage
from ui.place import load_place
from ui.preview_jobs import answer_until, start_first_job
from ui.screens.step_runner import StepRunnerScreen
from ui.widgets.answers import MeasurementPanel
from ui.widgets.fitted_label import LABEL_MARGIN, MIN_LABEL_PX
from ui.widgets.keypad import Keypad
from ui.worker import Worker


def _keypad_on_field(qtbot: QtBot) -> tuple[QWidget, Keypad, QLineEdit]:
    """A keypad typing into a field, in a window the test keeps (or Qt deletes them)."""
    holder = QWidget()
    keypad = Keypad(decimal=True, parent=holder)
    target = QLineEdit(holder)
    column = QVBoxLayout(holder)
    column.addWidget(target)
    column.addWidget(keypad)
    qtbot.addWidget(holder)
    holder.show()
    keypad.set_target(target)
    return holder, keypad, target


def test_the_decimal_key_reads_a_point_in_english(qtbot: QtBot) -> None:
    _window, keypad, target = _keypad_on_field(qtbot)
    assert keypad.key("point").text() == "."
    type_on_keypad(qtbot, keypad, "12.5")
    assert target.text() == "12.5"


def test_the_decimal_key_reads_a_comma_in_spanish(qtbot: QtBot, spanish: UiLanguage) -> None:
    _window, keypad, target = _keypad_on_field(qtbot)
    assert keypad.key("point").text() == ","
    tap(qtbot, keypad.key("point"))
    assert target.text() == "0,"
    type_on_keypad(qtbot, keypad, "5,")
    assert target.text() == "0,5"  # one separator only


def test_a_point_typed_first_is_the_only_separator(qtbot: QtBot, spanish: UiLanguage) -> None:
    """A USB keyboard or scanner may type "." into a Spanish field: the key adds no second one."""
    _window, keypad, target = _keypad_on_field(qtbot)
    qtbot.keyClicks(target, "12.")
    tap(qtbot, keypad.key("point"))
    type_on_keypad(qtbot, keypad, "5")
    assert target.text() == "12.5"


def test_a_long_word_shrinks_to_its_key_and_a_short_one_keeps_the_theme_size(
    qtbot: QtBot, spanish: UiLanguage
) -> None:
    window, keypad, _target = _keypad_on_field(qtbot)
    ok, clear = keypad.key("ok"), keypad.key("clear")
    window.resize(4 * 110, 400)
    qtbot.waitUntil(lambda: ok.width() < 120)
    theme_px = ok.font().pixelSize()
    keypad.set_ok_text("Siguiente")
    shrunk = ok.font().pixelSize()
    assert MIN_LABEL_PX <= shrunk < theme_px
    assert QFontMetrics(ok.font()).horizontalAdvance("Siguiente") <= ok.width() - LABEL_MARGIN
    assert clear.text() == "Borrar"
    assert QFontMetrics(clear.font()).horizontalAdvance("Borrar") <= clear.width()
    keypad.set_ok_text("OK")
    assert ok.font().pixelSize() == theme_px
    keypad.set_ok_text("Aceptar")
    assert ok.font().pixelSize() < theme_px
    window.resize(4 * 200, 400)  # the keypad's widest: room again, the theme's size again
    qtbot.waitUntil(lambda: ok.font().pixelSize() == theme_px)


def _measurement_runner(
    qtbot: QtBot,
    kiosk: Kiosk,
    session: OperatorSession,
    worker: Worker,
    clock: ManualClock,
) -> tuple[StepRunnerScreen, MeasurementPanel]:
    view = answer_until(kiosk, session, start_first_job(kiosk, session), StepKind.MEASUREMENT)
    runner = StepRunnerScreen(worker, kiosk.jobs, load_place(kiosk), clock)
    qtbot.addWidget(runner)
    runner.resize(1280, 800)
    runner.show()
    runner.open(session, view)
    settle(qtbot, worker)
    panel = runner.current_panel()
    assert isinstance(panel, MeasurementPanel)
    return runner, panel


@pytest.mark.parametrize(
    ("typed", "by_keypad"),
    [("12,1", True), ("12.1", False)],
    ids=["comma-on-the-keypad", "point-on-a-keyboard"],
)
def test_a_spanish_measurement_is_saved_with_either_separator(
    typed: str,
    by_keypad: bool,
    qtbot: QtBot,
    spanish: UiLanguage,
    kiosk: Kiosk,
    operator_session: OperatorSession,
    worker: Worker,
    clock: ManualClock,
) -> None:
    runner, panel = _measurement_runner(qtbot, kiosk, operator_session, worker, clock)
    if by_keypad:
        type_on_keypad(qtbot, panel.keypad, typed)
    else:
        qtbot.keyClicks(panel.value, typed)
    assert panel.value.text() == typed
    step_index = runner.index
    tap(qtbot, panel.keypad.key("ok"))
    settle(qtbot, worker)
    assert runner.index == step_index + 1, panel.error.text()
    assert runner.view is not None
    record = runner.view.job.records["torque-1"]
    assert record.value == "12.1"  # the journal keeps the number, not the typing
    assert record.conforming is True


def test_too_many_decimals_after_a_comma_are_refused_in_spanish(
    qtbot: QtBot,
    spanish: UiLanguage,
    kiosk: Kiosk,
    operator_session: OperatorSession,
    worker: Worker,
    clock: ManualClock,
) -> None:
    runner, panel = _measurement_runner(qtbot, kiosk, operator_session, worker, clock)
    type_on_keypad(qtbot, panel.keypad, "12,06")
    step_index = runner.index
    tap(qtbot, panel.keypad.key("ok"))
    settle(qtbot, worker)
    assert runner.index == step_index
    assert panel.error.isVisible()
    assert panel.error.text() == "Escriba como máximo 1 decimal."
