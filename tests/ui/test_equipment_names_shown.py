"""Equipment names in the language shown: stop rows, details, the naming banner, the picker,
the running stop's band and the line board's sentences (Spanish when the plant gives it)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import Kiosk
from tests.conftest import OPERATOR_EN, TEAM_LEAD
from tests.ui.conftest import Screenshots
from tests.ui.driving import settle, tap
from tests.ui.lead_driving import open_stops, select_stop
from ui.language import UiLanguage
from ui.models.stops_model import WHERE_ROLE
from ui.place import load_place
from ui.preview_seed import PAST_STOPS, SHIFT_STOPS, TRANSFER, seed_stops
from ui.screens.line_board import LineBoardScreen
from ui.screens.stops import StopsScreen
from ui.widgets.station_bar import StationBar
from ui.worker import Worker

TRANSFER_ES = "Transportador de transferencia TC-3"  # resources/demo/plant.toml
NUTRUNNER_ES = "Atornilladora TW-07"
PRESS = "L1-PRESS-01"
PRESS_NAMES = {"en": "Bearing press, servo 5 t", "es": "Prensa de rodamientos, servo 5 t"}


def _stops_screen(qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock) -> StopsScreen:
    screen = StopsScreen(worker, kiosk, load_place(kiosk), clock)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.enter(kiosk.auth.login(*TEAM_LEAD))  # Ricardo prefers Spanish, whatever is shown
    open_stops(qtbot, screen, worker)
    return screen


def _rows(screen: StopsScreen) -> set[str]:
    model = screen.model
    return {str(model.data(model.index(row), WHERE_ROLE)) for row in range(model.rowCount())}


@pytest.fixture(params=["en", "es"])
def shown(request: pytest.FixtureRequest) -> str:
    if request.param == "es":
        request.getfixturevalue("spanish")
    return str(request.param)


def test_the_stops_screen_says_the_equipment_in_the_language_shown(
    qtbot: QtBot,
    kiosk: Kiosk,
    worker: Worker,
    clock: ManualClock,
    shots: Screenshots,
    shown: str,
) -> None:
    stops = seed_stops(kiosk, clock)
    screen = _stops_screen(qtbot, kiosk, worker, clock)
    transfer = TRANSFER_ES if shown == "es" else TRANSFER
    shots.save(screen, f"stops-{shown}")
    # Rows: the needs-a-code filter shows the unnamed stops and the nutrunner's, in `shown`.
    assert (NUTRUNNER_ES in _rows(screen)) == (shown == "es")
    # Name the equipment of a stop waiting for a code: picker, banner, details, row.
    unnamed = next(s for s in stops if s.needs_code and s.equipment is None)
    select_stop(qtbot, screen, unnamed.id)
    tap(qtbot, screen.details.equipment_button)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.equipment)
    names = [tile.accessibleName() for tile in screen.equipment.tiles.values()]
    assert f"{PRESS_NAMES[shown]} · {PRESS}" in names  # the picker follows the screen too
    assert f"{transfer} · L1-CONV-03" in names
    shots.save(screen, f"equipment-picker-{shown}")
    tap(qtbot, screen.equipment.tiles[PRESS])
    settle(qtbot, worker)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.list_page)
    banner = "Equipo indicado" if shown == "es" else "Equipment named"
    assert screen.banner.text() == f"✓  {banner}: {PRESS_NAMES[shown]}."
    facts = "Equipo" if shown == "es" else "Equipment"
    assert f"{facts}: {PRESS_NAMES[shown]}" in screen.details.facts.text()
    assert PRESS_NAMES[shown] in _rows(screen)
    other = "es" if shown == "en" else "en"
    assert PRESS_NAMES[other] not in _rows(screen) | {screen.banner.text()}
    shots.save(screen, f"stops-named-{shown}")
    # The reason labels follow the same language (they followed Ricardo's preference).
    tap(qtbot, screen.code_button)
    tap(qtbot, screen.picker.tiles["MECH"])
    assert screen.picker.crumb.text() == {"en": "Mechanical", "es": "Mecánico"}[shown]


def test_the_running_stop_says_its_equipment_in_the_language_shown(
    qtbot: QtBot, kiosk: Kiosk, clock: ManualClock, shown: str
) -> None:
    bar = StationBar()
    qtbot.addWidget(bar)
    stop = kiosk.downtime.start(kiosk.auth.login(*OPERATOR_EN), PRESS)
    bar.show_running(stop)
    assert bar.since.text().endswith(f" · {PRESS_NAMES[shown]}")


def test_the_line_board_says_the_recurring_equipment_in_the_language_shown(
    qtbot: QtBot,
    kiosk: Kiosk,
    worker: Worker,
    clock: ManualClock,
    shots: Screenshots,
    shown: str,
) -> None:
    seed_stops(kiosk, clock, SHIFT_STOPS + PAST_STOPS)
    board = LineBoardScreen(worker, kiosk, load_place(kiosk), clock)
    qtbot.addWidget(board)
    board.resize(1280, 800)
    board.show()
    board.enter(kiosk.auth.login(*TEAM_LEAD))
    settle(qtbot, worker)
    qtbot.waitUntil(lambda: bool(board.patterns))
    said = board.patterns[0].text()
    if shown == "es":
        assert f" en {TRANSFER_ES} ocurrió 4 veces" in said
        assert TRANSFER not in said
    else:
        assert f" on {TRANSFER} happened 4 times" in said
    shots.save(board, f"line-board-{shown}")


def test_spanish_is_not_shown_just_because_the_lead_prefers_it(
    qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock, english: UiLanguage
) -> None:
    """The picker used the lead's language while the screen was English (the preview)."""
    stops = seed_stops(kiosk, clock)
    screen = _stops_screen(qtbot, kiosk, worker, clock)
    unnamed = next(s for s in stops if s.needs_code and s.equipment is None)
    select_stop(qtbot, screen, unnamed.id)
    tap(qtbot, screen.details.equipment_button)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.equipment)
    assert screen.equipment.question.text().startswith("Which machine stopped")
    assert screen.equipment.tiles[PRESS].accessibleName() == f"{PRESS_NAMES['en']} · {PRESS}"
