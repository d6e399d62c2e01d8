"""The cold-start baseline: a bare PySide6 window that quits right after its first paint."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaintWindow(QWidget):
    """An empty window that asks the application to quit once it has painted."""

    def __init__(self) -> None:
        super().__init__()
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            print("shown", flush=True)  # the parent times this line's arrival
            QTimer.singleShot(0, QApplication.quit)


def _peak_rss_kib() -> int:
    """VmHWM: this program's own peak RSS (ru_maxrss may carry the parent's, see bench.rss)."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return -1


def main() -> int:
    """Show the window, quit after its first paint, then print this program's peak RSS."""
    app = QApplication(sys.argv)
    window = FirstPaintWindow()
    window.resize(1280, 800)  # the kiosk's windowed size
    window.show()
    code = app.exec()
    print(f"peak_rss_kib {_peak_rss_kib()}")
    return code


if __name__ == "__main__":
    sys.exit(main())
