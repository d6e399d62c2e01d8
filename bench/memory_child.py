"""Figure 3's child: the kiosk's QApplication and window, then many whole jobs, then its RSS."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from bench.operator import JobRunner
from bench.plant import OPERATOR, STATION
from bench.rss import current_rss_kib, peak_rss_kib, rusage_maxrss_kib
from harmony_kiosk import paths
from harmony_kiosk.clock import SystemClock
from harmony_kiosk.logs import start_logging
from harmony_kiosk.services.demo import current_demo
from ui import theme
from ui.app import WINDOW_SIZE, compose
from ui.main_window import MainWindow
from ui.worker import Worker

REPORT_PREFIX = "memory "
WAIT_S = 60.0
T = TypeVar("T")


def _spin_until(app: QApplication, done: Callable[[], bool], waiting_for: str) -> None:
    """Let the event loop run until `done()`.

    Not `Worker.wait_idle`: its connect/disconnect per call would add Qt signal traffic the kiosk
    itself does not have.
    """
    deadline = time.monotonic() + WAIT_S
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {waiting_for} (see the kiosk log)")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def _on_worker(app: QApplication, worker: Worker, call: Callable[[], T]) -> T:
    """Run `call` on the kiosk's database thread, as the screens do, and wait for its answer."""
    answers: list[T] = []
    worker.run(call, answers.append)
    _spin_until(app, worker.is_idle, "the kiosk's database worker")
    if not answers:
        raise SystemExit("a database call on the kiosk's worker failed (see the kiosk log)")
    return answers[0]


def _kiosk_window(app: QApplication) -> tuple[Worker, MainWindow]:
    """The window as ui.app.run_gui builds it (log, theme, worker, compose), shown and opened."""
    folder = current_demo(paths.data_root())
    if folder is None:
        raise SystemExit("no demo folder in HARMONY_DATA_DIR: the parent makes one first")
    start_logging(folder)
    app.setApplicationName("Harmony Kiosk")
    theme.apply(app)
    worker = Worker()
    window = compose(folder, STATION, SystemClock(), worker)
    window.resize(*WINDOW_SIZE)
    window.show()
    _spin_until(app, window.is_ready, "the kiosk window to open its kiosk")
    return worker, window


def main() -> int:
    """Run the jobs given on the command line, then print one JSON report line."""
    jobs = int(sys.argv[1])
    app = QApplication(sys.argv[:1])
    worker, window = _kiosk_window(app)
    kiosk = window.kiosk
    assert kiosk is not None
    runner = _on_worker(app, worker, lambda: JobRunner(kiosk.jobs, kiosk.auth.login(*OPERATOR)))
    started = time.monotonic()
    steps = len(_on_worker(app, worker, runner.run_job))
    true_refs = sys.getrefcount(True)  # after a first job has warmed every cache
    for _ in range(jobs - 1):
        steps += len(_on_worker(app, worker, runner.run_job))
    seconds = time.monotonic() - started
    report = {
        "jobs": runner.turn,
        "steps": steps,
        "seconds": seconds,
        "peak_rss_kib": peak_rss_kib(),
        "current_rss_kib": current_rss_kib(),
        "ru_maxrss_kib": rusage_maxrss_kib(),
        # A C extension that drops references to True makes Python 3.11 abort when they run out.
        "true_refs_lost_per_job": (true_refs - sys.getrefcount(True)) / max(1, jobs - 1),
        "built": "the kiosk's MainWindow as ui.app builds it, shown offscreen; jobs on its worker",
    }
    worker.shutdown()
    kiosk.close()
    print(REPORT_PREFIX + json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
