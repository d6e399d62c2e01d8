"""Coding the line's stops from the kiosk: the reason tree in three taps, search, "Other" with
words, planned or not, recode and split; an operator sees the stops but cannot code them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.downtime import DowntimeView
from harmony_kiosk.services.kiosk import Kiosk
from tests.conftest import OPERATOR_EN, TEAM_LEAD
from tests.ui.conftest import Screenshots
from tests.ui.driving import settle, tap, type_on_keypad
from tests.ui.lead_driving import TapCounter, open_stops, select_stop, type_on_keyboard
from ui.downtime_wording import LEAD_CODES
from ui.place import load_place
from ui.preview_seed import seed_stops
from ui.screens.stops import StopsScreen
from ui.worker import Worker


@pytest.fixture
def stops(kiosk: Kiosk, clock: ManualClock) -> list[DowntimeView]:
    """The demo shift: three coded stops, a short one, two waiting for a code."""
    return seed_stops(kiosk, clock)


def _screen(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock, badge: tuple[str, str]
) -> StopsScreen:
    screen = StopsScreen(worker, kiosk, load_place(kiosk), clock)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.enter(kiosk.auth.login(*badge))
    open_stops(qtbot, screen, worker)
    return screen


def _waiting(stops: list[DowntimeView]) -> list[DowntimeView]:
    return [s for s in stops if s.needs_code]


def test_a_lead_codes_a_stop_in_three_taps(
    qtbot: QtBot,
    kiosk: Kiosk,
    worker: Worker,
    clock: ManualClock,
    stops: list[DowntimeView],
    shots: Screenshots,
) -> None:
    screen = _screen(qtbot, kiosk, worker, clock, TEAM_LEAD)
    assert screen.filter.current() == "needs"  # what waits for a code comes first
    assert screen.model.rowCount() == 2
    newest = _waiting(stops)[-1]
    assert screen.selected_stop() == newest
    tap(qtbot, screen.code_button)
    assert screen.pages.currentWidget() is screen.picker
    assert 6 <= len(screen.picker.tiles) <= 8  # the top level: one big tile per category
    shots.save(screen, "reason-picker-top")

    taps = TapCounter(qtbot)
    taps.tap(screen.picker.tiles["MECH"])
    # The labels in the language shown (English here), whatever Ricardo prefers.
    assert screen.picker.crumb.text() == "Mechanical"
    taps.tap(screen.picker.tiles["MECH-CONV"])
    assert screen.picker.back_button.isVisible()
    shots.save(screen, "reason-picker-level-3")
    taps.tap(screen.picker.tiles["MECH-CONV-JAM"])
    assert taps.count == 3
    assert screen.pages.currentWidget() is screen.coding
    assert screen.coding.path.text() == "Mechanical › Conveyor › Jam / blockage"
    assert screen.coding.planned.current() == "unplanned"  # the reason's own flag
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)

    coded = kiosk.downtime.on_line(newest.started_at, clock.now())[0]
    assert (coded.id, coded.reason_code, coded.planned) == (newest.id, "MECH-CONV-JAM", False)
    assert coded.coded_by == TEAM_LEAD[0]
    assert screen.banner.text() == "✓  Coded: Mechanical › Conveyor › Jam / blockage."
    # The next stop that waits for a code is ready for the lead.
    assert screen.filter.current() == "needs"
    assert screen.model.rowCount() == 1
    assert screen.selected_stop() == _waiting(stops)[0]


def test_back_and_the_breadcrumb_and_a_planned_reason(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock, stops: list[DowntimeView]
) -> None:
    screen = _screen(qtbot, kiosk, worker, clock, TEAM_LEAD)
    tap(qtbot, screen.code_button)
    picker = screen.picker
    tap(qtbot, picker.tiles["ELEC"])
    tap(qtbot, picker.tiles["ELEC-NUTR"])
    assert picker.crumb.text() == "Electrical & controls › Nutrunner / torque tool"
    tap(qtbot, picker.back_button)
    assert picker.crumb.text() == "Electrical & controls"
    tap(qtbot, picker.back_button)
    assert "PLAN" in picker.tiles
    assert not picker.back_button.isVisible()
    tap(qtbot, picker.tiles["PLAN"])
    tap(qtbot, picker.tiles["PLAN-BREAK"])
    assert screen.coding.planned.current() == "planned"
    tap(qtbot, screen.coding.planned.buttons["unplanned"])  # the lead knows better today
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    newest = _waiting(stops)[-1]
    coded = next(s for s in kiosk.downtime.on_line(newest.started_at, clock.now()))
    assert (coded.reason_code, coded.planned) == ("PLAN-BREAK", False)


@pytest.mark.parametrize(
    ("typed", "found"), [("atasco", "MECH-CONV-JAM"), ("jam", "MECH-CONV-JAM")]
)
def test_search_on_the_keyboard_finds_the_reason(
    qtbot: QtBot,
    kiosk: Kiosk,
    worker: Worker,
    clock: ManualClock,
    stops: list[DowntimeView],
    shots: Screenshots,
    typed: str,
    found: str,
) -> None:
    screen = _screen(qtbot, kiosk, worker, clock, TEAM_LEAD)
    tap(qtbot, screen.code_button)
    picker = screen.picker
    assert not picker.dock.isVisible()
    qtbot.mouseClick(picker.search, Qt.MouseButton.LeftButton)
    assert picker.dock.isVisible(), "tapping the search field brings the keyboard up"
    type_on_keyboard(qtbot, picker.dock.keyboard, typed)
    assert picker.search.text() == typed
    names = [b.objectName() for b in picker.result_buttons()]
    assert names == [f"found-{found}"]
    assert screen.size().height() == 800, "the keyboard fits on the screen"
    shots.save(screen, f"search-{typed}")
    tap(qtbot, picker.result_buttons()[0])
    assert not picker.dock.isVisible()
    assert screen.pages.currentWidget() is screen.coding
    assert screen.coding.reason is not None
    assert screen.coding.reason.code == found


def test_search_ignores_accents(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock, stops: list[DowntimeView]
) -> None:
    screen = _screen(qtbot, kiosk, worker, clock, TEAM_LEAD)
    tap(qtbot, screen.code_button)
    screen.picker.search.setText("calibracion")  # typed without the accent
    assert [b.objectName() for b in screen.picker.result_buttons()] == ["found-ELEC-NUTR-CAL"]
    screen.picker.search.setText("zzz")
    assert screen.picker.result_buttons() == []


def test_other_needs_words_before_it_is_saved(
    qtbot: QtBot,
    kiosk: Kiosk,
    worker: Worker,
    clock: ManualClock,
    stops: list[DowntimeView],
    shots: Screenshots,
    tmp_path: Path,
) -> None:
    screen = _screen(qtbot, kiosk, worker, clock, TEAM_LEAD)
    newest = _waiting(stops)[-1]
    tap(qtbot, screen.code_button)
    tap(qtbot, screen.picker.tiles["OTHER"])  # a top-level reason without children: one tap
    form = screen.coding
    assert form.needs_words.isVisible()  # said, in amber, before anything is saved
    assert form.needs_words.text() == "“Other” needs a few words or a voice note."
    assert not form.hint.isVisible()
    shots.save(screen, "other-needs-words")

    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    assert "needs a few words or a voice note" in screen.message.text()  # the service refused
    assert screen.pages.currentWidget() is screen.coding
    assert kiosk.downtime.on_line(newest.started_at, clock.now())[0].reason_code is None

    qtbot.mouseClick(form.note.viewport(), Qt.MouseButton.LeftButton)
    assert form.dock.isVisible()
    assert not form.planned.isVisible(), "the keyboard has the room it needs"
    type_on_keyboard(qtbot, form.dock.keyboard, "hose cut")
    shots.save(screen, "other-typing")
    tap(qtbot, form.done_typing)
    assert not form.dock.isVisible()
    assert not form.needs_words.isVisible()
    assert form.hint.text().startswith("✓")
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    coded = kiosk.downtime.on_line(newest.started_at, clock.now())[0]
    assert (coded.reason_code, coded.note) == ("OTHER", "hose cut")


def test_other_with_a_voice_note_instead_of_words(
    qtbot: QtBot,
    kiosk: Kiosk,
    worker: Worker,
    clock: ManualClock,
    stops: list[DowntimeView],
    tmp_path: Path,
) -> None:
    """The voice-note widget's `saved` attachment goes onto the stop (the recording itself is
    tested for real in tests/ui/voice)."""
    screen = _screen(qtbot, kiosk, worker, clock, TEAM_LEAD)
    tap(qtbot, screen.code_button)
    tap(qtbot, screen.picker.tiles["OTHER"])
    recording = tmp_path / "note.m4a"
    recording.write_bytes(b"\x00\x00\x00\x18ftypM4A " * 40)
    attachment = kiosk.attachments.store(recording)
    assert screen.coding.voice is not None
    screen.coding.voice.saved.emit(attachment)
    assert screen.coding.hint.text().startswith("✓")
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    newest = _waiting(stops)[-1]
    coded = kiosk.downtime.on_line(newest.started_at, clock.now())[0]
    assert (coded.reason_code, coded.voice_note) == ("OTHER", attachment.sha256)


def test_recode_then_split_a_stop_that_was_really_two(
    qtbot: QtBot,
    kiosk: Kiosk,
    worker: Worker,
    clock: ManualClock,
    stops: list[DowntimeView],
    shots: Screenshots,
) -> None:
    screen = _screen(qtbot, kiosk, worker, clock, TEAM_LEAD)
    shortage = next(s for s in stops if s.reason_code == "MAT-SHORT-LINE")  # 22 min, coded
    tap(qtbot, screen.filter.buttons["shift"])
    select_stop(qtbot, screen, shortage.id)
    assert screen.code_button.text() == "Code again  →"
    tap(qtbot, screen.code_button)
    tap(qtbot, screen.picker.tiles["CHG"])
    tap(qtbot, screen.picker.tiles["CHG-MODEL"])
    assert screen.coding.note.toPlainText() == "Gaskets not delivered to the line"  # kept
    tap(qtbot, screen.coding.planned.buttons["planned"])
    tap(qtbot, screen.save_button)
    settle(qtbot, worker)
    recoded = next(s for s in kiosk.downtime.on_line(shortage.started_at, clock.now()))
    assert (recoded.reason_code, recoded.planned) == ("CHG-MODEL", True)
    assert screen.selected_stop() is not None and screen.selected_stop().id == shortage.id  # type: ignore[union-attr]

    tap(qtbot, screen.split_button)
    assert screen.pages.currentWidget() is screen.split
    assert screen.split.slider.maximum() == 21  # whole minutes inside a 22-minute stop
    type_on_keypad(qtbot, screen.split.keypad, "5")
    tap(qtbot, screen.split.keypad.key("ok"))
    assert screen.split.after_s() == 300
    assert screen.split.first.text() == "First stop:  06:45 – 06:50 · 5 min"
    shots.save(screen, "split")
    screen.split.slider.setValue(8)  # the slider, the other way to choose
    assert screen.split.second.text() == "Second stop:  06:53 – 07:07 · 14 min"
    tap(qtbot, screen.split_here)
    settle(qtbot, worker)
    parts = kiosk.downtime.on_line(shortage.started_at, clock.now())[:2]
    assert [p.duration_s for p in parts] == [480, 840]
    assert parts[1].split_from == shortage.id
    assert screen.banner.text().startswith("✓  Split into two stops of 8 min and 14 min.")
    assert screen.selected_stop() == parts[1]


def test_an_operator_sees_the_stops_but_a_lead_codes_them(
    qtbot: QtBot,
    kiosk: Kiosk,
    worker: Worker,
    clock: ManualClock,
    stops: list[DowntimeView],
    shots: Screenshots,
) -> None:
    screen = _screen(qtbot, kiosk, worker, clock, OPERATOR_EN)
    assert screen.model.rowCount() == 2
    assert not screen.code_button.isVisible()
    assert not screen.split_button.isVisible()
    assert screen.details.who.text() == LEAD_CODES
    shots.save(screen, "operator-view")
