"""Downtime on the kiosk: one tap to stop, one to run again, timed on the monotonic clock and
shown in every screen's header while it lasts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import Kiosk
from tests.conftest import OPERATOR_EN, TEAM_LEAD
from tests.ui.conftest import Screenshots
from tests.ui.driving import log_in, settle, tap, wait_for_screen
from tests.ui.lead_driving import a_stop
from ui.downtime_watch import DowntimeWatch
from ui.downtime_wording import elapsed_text, minutes_text
from ui.main_window import MainWindow
from ui.worker import Worker


def test_one_tap_stops_the_station_and_one_runs_it_again(
    qtbot: QtBot,
    window: MainWindow,
    worker: Worker,
    clock: ManualClock,
    opened_kiosk: Kiosk,
    shots: Screenshots,
) -> None:
    log_in(qtbot, window, worker, *OPERATOR_EN)
    assert window.lead_pages is not None
    bar, home = window.lead_pages.bar, window.home
    assert home is not None
    assert not bar.board_button.isVisible(), "the line board is for leads"
    assert not home.stop_chip.isVisible()

    tap(qtbot, bar.stop_button)  # one tap: nothing is asked before the stop is recorded
    settle(qtbot, worker)
    running = opened_kiosk.downtime.running()
    assert running is not None
    assert bar.band.isVisible() and not bar.stop_button.isVisible()
    assert home.stop_chip.isVisible()

    clock.advance(754)
    clock.jump_wall(3600)  # the PC's clock is corrected mid-stop: the stopwatch ignores it
    qtbot.waitUntil(lambda: bar.elapsed.text() == "12:34")
    assert home.stop_chip.elapsed.text() == "12:34"
    shots.save(window, "station-stopped")

    # Every other screen says so in its header too, with the same live time.
    tap(qtbot, home.start_button)
    wait_for_screen(qtbot, window, window.runner)
    settle(qtbot, worker)
    assert window.runner is not None
    assert window.runner.stop_chip.isVisible()
    clock.advance(6)
    qtbot.waitUntil(lambda: window.runner.stop_chip.elapsed.text() == "12:40")  # type: ignore[union-attr]
    shots.save(window, "stopped-during-a-step")
    tap(qtbot, window.runner.pause_button)
    wait_for_screen(qtbot, window, home)
    settle(qtbot, worker)

    tap(qtbot, bar.running_button)
    settle(qtbot, worker)
    stopped = opened_kiosk.downtime.on_line(running.started_at, running.started_at + timedelta(1))
    assert [s.duration_s for s in stopped] == [760]  # from the monotonic clock, not the wall
    assert opened_kiosk.downtime.running() is None
    assert not bar.band.isVisible() and bar.stop_button.isVisible()
    assert not home.stop_chip.isVisible()
    assert bar.message.text() == "✓  Running again after 13 min. A team lead codes the stop."
    assert bar.stops_button.text() == "Line stops · 1"  # long enough that it needs a code


def test_a_stop_running_when_the_kiosk_opens_is_shown_on_the_login_screen(
    qtbot: QtBot, window: MainWindow, worker: Worker, clock: ManualClock, opened_kiosk: Kiosk
) -> None:
    """The kiosk restarted while the station was down: the stopwatch goes on from the start."""
    log_in(qtbot, window, worker, *TEAM_LEAD)
    assert window.lead_pages is not None
    tap(qtbot, window.lead_pages.bar.stop_button)
    settle(qtbot, worker)
    clock.advance(125)
    watch = DowntimeWatch(clock)  # what a restarted kiosk has: only the recorded start
    watch.set_running(opened_kiosk.downtime.running())
    assert elapsed_text(watch.elapsed_s()) == "2:05"
    tap(qtbot, window.home.logout_button)  # type: ignore[union-attr]
    wait_for_screen(qtbot, window, window.login)
    assert window.login.stop_chip.isVisible()
    qtbot.waitUntil(lambda: window.login.stop_chip.elapsed.text() == "2:05")


def test_the_stopwatch_reads_like_a_stopwatch() -> None:
    assert [elapsed_text(s) for s in (0, 7, 754, 3723)] == ["0:00", "0:07", "12:34", "1:02:03"]
    assert [minutes_text(s) for s in (45, 754, 3900)] == ["45 s", "13 min", "1 h 05 min"]


def test_the_watch_keeps_its_anchor_when_the_stop_is_read_again(qtbot: QtBot) -> None:
    clock = ManualClock(datetime(2026, 11, 25, 14, tzinfo=UTC))
    watch = DowntimeWatch(clock)
    stop = a_stop(clock.now() - timedelta(seconds=30))
    watch.set_running(stop)
    clock.advance(10)
    clock.jump_wall(600)
    watch.set_running(stop)  # read again (home shown again): not re-anchored on the wall
    assert watch.elapsed_s() == 40
    watch.set_running(None)
    assert watch.elapsed_s() == 0
