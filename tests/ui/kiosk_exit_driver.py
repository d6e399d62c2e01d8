"""Run by tests/ui/test_kiosk_mode.py in its own process: the real run_gui in kiosk mode, a
close() that must be refused, then "Exit kiosk"; prints what it saw, exits with run_gui's code."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from harmony_kiosk.clock import SystemClock
from ui.app import run_gui
from ui.main_window import MainWindow


def main(data_dir: Path, station: str) -> int:
    app = QApplication(sys.argv[:1])

    def drive() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].is_ready():
            QTimer.singleShot(20, drive)
            return
        window = windows[0]
        frameless = window.windowFlags() & Qt.WindowType.FramelessWindowHint
        print("frameless" if frameless else "framed", flush=True)
        window.close()
        print("still open" if window.isVisible() else "closed", flush=True)
        window.maintenance.exit_requested.emit()  # what the supervisor's "Exit kiosk" sends

    QTimer.singleShot(0, drive)
    return run_gui(data_dir, station, False, SystemClock())


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
