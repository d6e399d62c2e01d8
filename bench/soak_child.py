"""The soak's child: the kiosk's window offscreen on a simulated clock, a whole shift, a report."""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from bench.plant import STATION, make_demo_folder
from bench.shift import ShiftDriver
from bench.soak_run import HourSample, run_shift
from harmony_kiosk.clock import ManualClock
from harmony_kiosk.logs import start_logging
from ui import theme
from ui.app import WINDOW_SIZE, compose
from ui.worker import Worker

REPORT_PREFIX = "soak "


def _progress(taken: HourSample) -> None:
    print(  # the parent shows the child's stderr when it fails
        f"hour {taken.hour}: {taken.rss_kib} KiB, {taken.open_fds} fds, {taken.threads} threads",
        file=sys.stderr,
        flush=True,
    )


def main() -> int:
    """argv: data root, hours, jobs. Prints one JSON report line."""
    data_root, hours, jobs = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    clock = ManualClock()
    folder = make_demo_folder(data_root, clock)
    app = QApplication(sys.argv[:1])
    start_logging(folder)
    app.setApplicationName("Harmony Kiosk")
    theme.apply(app)
    worker = Worker()
    window = compose(folder, STATION, clock, worker)
    window.resize(*WINDOW_SIZE)
    window.show()
    driver = ShiftDriver(app, window, worker, clock)
    driver.wait(window.is_ready, "the kiosk window to open its kiosk")
    started = time.monotonic()
    report = run_shift(driver, hours, jobs, _progress)
    seconds = time.monotonic() - started
    worker.shutdown()
    if window.kiosk is not None:
        window.kiosk.close()
    print(  # read by bench.soak
        REPORT_PREFIX + json.dumps({**dataclasses.asdict(report), "seconds": seconds}),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
