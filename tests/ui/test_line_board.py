"""The line board: the Pareto of the shift's (day's, week's) losses drawn with QPainter, the
pattern sentences, and the open exceptions."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.shifts import Shift
from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.services.patterns import ParetoBar
from tests.conftest import OPERATOR_EN, TEAM_LEAD
from tests.ui.conftest import Screenshots
from tests.ui.driving import settle, tap
from ui.lead_reads import Period, period_bounds
from ui.place import load_place
from ui.preview_seed import PAST_STOPS, SHIFT_STOPS, seed_stops
from ui.screens.line_board import LineBoardScreen
from ui.widgets.pareto_chart import OTHERS, axis_step, axis_top, chart_bars
from ui.worker import Worker

GDL = ZoneInfo("America/Mexico_City")


@pytest.fixture
def board(qtbot: QtBot, kiosk: Kiosk, worker: Worker, clock: ManualClock) -> LineBoardScreen:
    seed_stops(kiosk, clock, SHIFT_STOPS + PAST_STOPS)
    kiosk.exceptions.raise_exception(
        kiosk.auth.login(*OPERATOR_EN), "equipment", "high", "Nutrunner reads low"
    )
    screen = LineBoardScreen(worker, kiosk, load_place(kiosk), clock)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.enter(kiosk.auth.login(*TEAM_LEAD))
    settle(qtbot, worker)
    return screen


def test_the_board_shows_the_shifts_pareto(
    qtbot: QtBot, board: LineBoardScreen, shots: Screenshots
) -> None:
    chart = board.chart
    assert [(bar.label, bar.minutes) for bar in chart.shown] == [
        ("Not coded yet", 30.0),  # the short 3-minute stop and the two waiting for a code
        ("Not delivered to line", 22.0),
        ("Jam / blockage", 12.0),
        ("Out of calibration", 6.0),
    ]
    assert [round(bar.cumulative, 2) for bar in chart.shown] == [0.43, 0.74, 0.91, 1.0]
    assert [bar.head for bar in chart.shown] == [True, True, True, False]  # 80 % in three
    assert chart.shown[0].uncoded
    heights = [rect.height() for rect in chart.bar_rects()]
    assert heights == sorted(heights, reverse=True) and heights[-1] > 0
    assert board.sentence.text().startswith("3 reasons make 91% of the 70 min lost:")
    said = [label.text() for label in board.patterns]
    assert said[0] == (
        "↻  Mechanical › Conveyor › Jam / blockage on Transfer conveyor TC-3 happened 4 times "
        "in the last 7 days (57 min in all)."
    )
    assert said[1].startswith("↗  Mechanical › Conveyor › Jam / blockage is rising: 4 stops")
    assert board.open_count.text() == "1"
    assert board.period.buttons["shift"].text() == "Shift A"
    shots.save(board, "line-board-shift")


def test_the_week_adds_the_earlier_days(
    qtbot: QtBot, board: LineBoardScreen, worker: Worker, shots: Screenshots
) -> None:
    tap(qtbot, board.period.buttons["week"])
    settle(qtbot, worker)
    assert board.board is not None and board.board.label == "Last 7 days"
    labels = [bar.label for bar in board.chart.shown]
    assert labels[0] == "Jam / blockage"  # 12 + 15 + 9 + 21 min over the week
    assert "Model changeover" in labels
    shots.save(board, "line-board-week")


def test_the_tail_of_a_long_pareto_is_one_bar() -> None:
    bars = [ParetoBar(f"C{n}", f"Top › Reason {n}", 10.0 - n, (n + 1) / 10) for n in range(9)]
    shown = chart_bars(bars, limit=6)
    assert len(shown) == 6
    assert shown[-1].label == OTHERS
    assert shown[-1].minutes == sum(b.minutes for b in bars[5:])
    assert shown[-1].cumulative == 1.0
    assert [b.label for b in shown[:2]] == ["Reason 0", "Reason 1"]


def test_the_axis_reads_in_round_numbers() -> None:
    assert (axis_step(30), axis_top(30)) == (10.0, 30.0)
    assert (axis_step(57), axis_top(57)) == (20.0, 60.0)
    assert (axis_step(3), axis_top(3)) == (1.0, 3.0)
    assert axis_top(0) == 5.0


def test_the_periods_of_the_board() -> None:
    now = datetime(2026, 11, 25, 15, 42, tzinfo=UTC)  # 09:42 in Guadalajara
    start = datetime.combine(now.date(), time(12), tzinfo=UTC)
    shift = Shift("LINE1", "A", now.date(), start, start.replace(hour=20))
    assert period_bounds(Period.SHIFT, now, shift, GDL) == (start, shift.end, "Shift A")
    midnight = datetime(2026, 11, 25, 6, tzinfo=UTC)  # 00:00 local
    assert period_bounds(Period.DAY, now, shift, GDL) == (midnight, now, "Today")
    week = period_bounds(Period.WEEK, now, shift, GDL)
    assert (now - week[0]).days == 7 and week[2] == "Last 7 days"
