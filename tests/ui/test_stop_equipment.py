"""Naming the machine that stopped from the stop's details: a lead picks it by touch."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.store.journal import read_events
from tests.conftest import OPERATOR_EN, SUPERVISOR, TEAM_LEAD
from tests.ui.conftest import Screenshots
from tests.ui.driving import settle, tap
from tests.ui.lead_driving import open_stops, select_stop
from ui.language import UiLanguage
from ui.place import load_place
from ui.preview_seed import NUTRUNNER, TRANSFER, seed_stops
from ui.screens.stops import StopsScreen
from ui.worker import Worker

CONVEYOR = "L1-CONV-03"  # TRANSFER's code in LINE1's list (resources/demo/plant.toml)


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


def test_a_lead_names_the_equipment_of_a_stop_by_touch(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock, shots: Screenshots
) -> None:
    stops = seed_stops(kiosk, clock)
    unnamed = next(s for s in stops if s.needs_code and s.equipment is None)
    screen = _screen(qtbot, kiosk, worker, clock, SUPERVISOR)  # a lead too; English names
    select_stop(qtbot, screen, unnamed.id)
    button = screen.details.equipment_button
    assert button.isVisible()
    assert button.text() == "Name the equipment…"
    shots.save(screen, "stop-details-name-equipment")
    tap(qtbot, button)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.equipment)
    tiles = screen.equipment.tiles
    # LINE1's list from the plant files, no stations; each tile says the name and the code.
    assert set(tiles) == {item.id for item in kiosk.downtime.equipment_of_line()}
    assert len(tiles) == 7
    assert tiles[CONVEYOR].accessibleName() == f"{TRANSFER} · {CONVEYOR}"
    assert tiles["L1-NUT-02"].accessibleName() == f"{NUTRUNNER} · L1-NUT-02"
    assert screen.cancel_button.isVisible()
    shots.save(screen, "equipment-picker")
    tap(qtbot, tiles[CONVEYOR])
    settle(qtbot, worker)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.list_page)
    assert screen.banner.text() == f"✓  Equipment named: {TRANSFER}."
    assert screen.selected_stop() is not None
    assert screen.selected_stop().equipment == TRANSFER  # type: ignore[union-attr]
    assert f"Equipment: {TRANSFER}" in screen.details.facts.text()
    assert screen.details.equipment_button.text() == "Change the equipment…"
    with kiosk.database.read() as connection:
        last = list(read_events(connection))[-1]
    assert last.type == "downtime.equipment_named"
    assert last.payload == {
        "downtime_id": unnamed.id,
        "equipment": TRANSFER,
        "equipment_id": CONVEYOR,
    }
    # Open again: the conveyor is the one drawn as chosen.
    tap(qtbot, screen.details.equipment_button)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.equipment)
    chosen = [code for code, tile in screen.equipment.tiles.items() if tile.property("primary")]
    assert chosen == [CONVEYOR]
    shots.save(screen, "equipment-picker-chosen")


def test_a_spanish_speaking_lead_sees_the_spanish_names(
    qtbot: QtBot,
    kiosk: Kiosk,
    worker: Worker,
    clock: ManualClock,
    shots: Screenshots,
    spanish: UiLanguage,
) -> None:
    stops = seed_stops(kiosk, clock)
    unnamed = next(s for s in stops if s.needs_code and s.equipment is None)
    # Ricardo Mendoza reads Spanish: the names follow the screen's language, shown here.
    screen = _screen(qtbot, kiosk, worker, clock, TEAM_LEAD)
    select_stop(qtbot, screen, unnamed.id)
    tap(qtbot, screen.details.equipment_button)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.equipment)
    shown = [tile.accessibleName() for tile in screen.equipment.tiles.values()]
    assert "Prensa de rodamientos, servo 5 t · L1-PRESS-01" in shown
    assert shown == sorted(shown, key=str.casefold)  # alphabetical in the lead's language
    shots.save(screen, "equipment-picker-es")


def test_cancel_leaves_the_stop_as_it_was(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock
) -> None:
    stops = seed_stops(kiosk, clock)
    unnamed = next(s for s in stops if s.needs_code and s.equipment is None)
    screen = _screen(qtbot, kiosk, worker, clock, TEAM_LEAD)
    select_stop(qtbot, screen, unnamed.id)
    tap(qtbot, screen.details.equipment_button)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.equipment)
    tap(qtbot, screen.cancel_button)
    assert screen.pages.currentWidget() is screen.list_page
    settle(qtbot, worker)
    with kiosk.database.read() as connection:
        types = {e.type for e in read_events(connection)}
    assert "downtime.equipment_named" not in types


def test_an_operator_is_not_offered_the_equipment_button(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock
) -> None:
    seed_stops(kiosk, clock)
    screen = _screen(qtbot, kiosk, worker, clock, OPERATOR_EN)
    assert screen.selected_stop() is not None
    assert not screen.details.equipment_button.isVisible()
