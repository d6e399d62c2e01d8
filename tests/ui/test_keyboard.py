"""The on-screen keyboard alone: letters, capitals, Spanish letters, editing keys, its targets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Screenshots
from tests.ui.driving import tap
from tests.ui.exception_driving import type_on_keyboard
from tests.ui.tappables import MIN_TAP_PX
from ui.widgets.keyboard import OnScreenKeyboard


def _form(qtbot: QtBot) -> tuple[QWidget, QLineEdit, QPlainTextEdit, OnScreenKeyboard]:
    form = QWidget()
    column = QVBoxLayout(form)
    line, box = QLineEdit(), QPlainTextEdit()
    keyboard = OnScreenKeyboard()
    for widget in (line, box, keyboard):
        column.addWidget(widget)
    keyboard.attach(line, box)
    qtbot.addWidget(form)
    form.resize(1280, 600)
    form.show()
    qtbot.waitExposed(form)
    return form, line, box, keyboard


def test_keys_type_letters_capitals_and_spanish_into_the_field(
    qtbot: QtBot, shots: Screenshots
) -> None:
    form, line, _box, keyboard = _form(qtbot)
    assert keyboard.target() is line
    type_on_keyboard(qtbot, keyboard, "¿Qué pasó? Ñandú, pingüino ¡ya! 12.8 °")
    assert line.text() == "¿Qué pasó? Ñandú, pingüino ¡ya! 12.8 °"
    # Shift makes one capital; twice holds it (caps lock); a third tap lets go.
    type_on_keyboard(qtbot, keyboard, " ")
    tap(qtbot, keyboard.key("shift"))
    assert keyboard.key("A").text() == "A"
    tap(qtbot, keyboard.key("A"))
    tap(qtbot, keyboard.key("b"))
    tap(qtbot, keyboard.key("shift"))
    tap(qtbot, keyboard.key("shift"))
    assert keyboard.key("shift").text() == "⇪ Caps"
    tap(qtbot, keyboard.key("C"))
    tap(qtbot, keyboard.key("D"))
    tap(qtbot, keyboard.key("shift"))
    assert not keyboard.shifted
    assert line.text().endswith("AbCD")
    # The accents row replaces the numbers until "1 2 3" brings them back.
    tap(qtbot, keyboard.key("accents"))
    assert [keyboard.key(c).text() for c in "áéíóúü"] == list("áéíóúü")
    shots.save(form, "accents-row")
    tap(qtbot, keyboard.key("accents"))
    assert keyboard.key("1").text() == "1"
    for _ in range(2):
        tap(qtbot, keyboard.key("back"))
    assert line.text().endswith("° Ab")


def test_enter_submits_a_line_and_breaks_a_text_box(qtbot: QtBot) -> None:
    _form_widget, line, box, keyboard = _form(qtbot)
    submitted: list[str] = []
    line.returnPressed.connect(lambda: submitted.append(line.text()))
    type_on_keyboard(qtbot, keyboard, "ok")
    tap(qtbot, keyboard.key("enter"))
    assert submitted == ["ok"]
    keyboard.set_target(box)
    type_on_keyboard(qtbot, keyboard, "uno\ndós")
    assert box.toPlainText() == "uno\ndós"
    assert line.text() == "ok"


def test_tapping_a_field_makes_it_the_target(qtbot: QtBot) -> None:
    _form_widget, line, box, keyboard = _form(qtbot)
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton)
    assert keyboard.target() is box
    assert box.property("active") is True
    assert line.property("active") is False
    type_on_keyboard(qtbot, keyboard, "ñ")
    assert box.toPlainText() == "ñ"
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert keyboard.target() is line
    type_on_keyboard(qtbot, keyboard, "ü")
    assert (line.text(), box.toPlainText()) == ("ü", "ñ")


def test_a_disabled_field_takes_nothing_and_every_key_is_glove_sized(qtbot: QtBot) -> None:
    _form_widget, line, _box, keyboard = _form(qtbot)
    line.setEnabled(False)
    tap(qtbot, keyboard.key("q"))
    assert line.text() == ""
    keys = list(keyboard.keys())
    assert len(keys) == 51
    for key in keys:
        assert key.width() >= MIN_TAP_PX and key.height() >= MIN_TAP_PX, key.objectName()
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus  # focus stays in the field
