"""The soak's measuring function on a short shift: two simulated hours through the real window."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bench.shift import ShiftDriver
from bench.soak import figures
from bench.soak_run import jobs_in_hour, run_shift
from harmony_kiosk.clock import ManualClock
from tests.ui.conftest import open_window
from ui import theme
from ui.worker import Worker


def test_jobs_are_spread_over_the_hours_in_whole_jobs() -> None:
    shares = [jobs_in_hour(hour, 12, 300) for hour in range(1, 13)]
    assert sum(shares) == 300
    assert set(shares) == {25}
    assert [jobs_in_hour(hour, 3, 4) for hour in (1, 2, 3)] == [1, 1, 2]


def test_a_short_shift_runs_through_the_window_and_samples_each_hour(
    qtbot: QtBot, qapp: QApplication, demo_dir: Path, clock: ManualClock
) -> None:
    app = qapp
    theme.apply(app)
    worker = Worker()
    window = open_window(qtbot, demo_dir, clock, worker)
    try:
        driver = ShiftDriver(app, window, worker, clock)
        driver.wait(window.is_ready, "the kiosk to open")
        started = clock.monotonic()
        report = run_shift(driver, hours=2, jobs=4)
    finally:
        qtbot.waitUntil(worker.is_idle)
        worker.shutdown()
        if window.kiosk is not None:
            window.kiosk.close()
    assert [sample.hour for sample in report.samples] == [1, 2]
    assert (report.jobs, report.logins, report.idle_logouts, report.downtimes) == (4, 4, 4, 2)
    assert clock.monotonic() - started >= 2 * 3600  # the kiosk's clock went through two hours
    assert all(sample.rss_kib > 0 and sample.open_fds > 0 for sample in report.samples)
    assert all(sample.threads >= 2 for sample in report.samples)  # ours and the worker's
    assert window.kiosk is not None
    named = {
        figure.name: figure for figure in figures({**dataclasses.asdict(report), "seconds": 1.0})
    }
    assert named["RSS growth, shift hour 1 to 12"].value is not None
    assert named["open file descriptors, hour 2 vs 1"].baseline == report.samples[0].open_fds
    assert named["threads, hour 2 vs 1"].value == report.samples[1].threads
