"""The composition root: start-up of the GUI, in one visible sequence, wiring every part."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from harmony_kiosk import single_instance
from harmony_kiosk.clock import Clock
from harmony_kiosk.logs import start_logging
from harmony_kiosk.settings import KioskSettings, load_settings
from ui import theme
from ui.crash_guard import CrashGuard
from ui.main_window import MainWindow
from ui.opening import Opened, open_station
from ui.started import seconds_since_start
from ui.sync_link import SyncLink
from ui.worker import Worker

log = logging.getLogger(__name__)
WINDOW_SIZE = (1280, 800)
EXIT_WHEN_SHOWN = "HARMONY_EXIT_WHEN_SHOWN"


def compose(
    data_dir: Path,
    station_id: str | None,
    clock: Clock,
    worker: Worker,
    *,
    idle_logout_s: int = KioskSettings.idle_logout_s,
    language: str = KioskSettings.language,
) -> MainWindow:
    """The main window with the login screen; the kiosk opens on `worker` once the event loop
    runs, so the window is shown first and the opening never delays it. An enrolled folder's
    sync client starts once the kiosk has opened (or is waiting for its plant data); its station
    is the enrolled one unless `station_id` names another."""
    sync = SyncLink(data_dir, clock, worker)
    window = MainWindow(worker, clock, sync, idle_logout_s=idle_logout_s, language=language)
    sync.setParent(window)

    def opener() -> Opened:
        return open_station(data_dir, clock, station_id)

    QTimer.singleShot(0, window, lambda: window.start(opener))
    return window


def run_gui(data_dir: Path, station_id: str | None, windowed: bool, clock: Clock) -> int:
    """Start the kiosk's GUI on `data_dir` and run until it is closed; returns the exit code."""
    try:
        instance = single_instance.acquire(data_dir)
    except single_instance.AlreadyRunning as running:
        print(f"harmony-kiosk: {running}; this start leaves it be.", file=sys.stderr)  # noqa: T201
        return 0
    settings = load_settings(data_dir)  # a bad setting stops here, naming the key (a KnownError)
    log_path = start_logging(data_dir)
    log.info("starting the kiosk GUI", extra={"data_dir": str(data_dir), "log": str(log_path)})
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Harmony Kiosk")
    theme.apply(app, settings.theme, settings.text_size)
    worker = Worker()
    window = compose(
        data_dir,
        station_id,
        clock,
        worker,
        idle_logout_s=settings.idle_logout_s,
        language=settings.language,
    )
    guard = install_crash_guard(window)
    window.exited.connect(app.quit)
    if os.environ.get(EXIT_WHEN_SHOWN) == "1":
        probe = _ExitWhenShown(app, window)
        window.login.installEventFilter(probe)
    if windowed:
        window.resize(*WINDOW_SIZE)
        window.show()
    else:
        window.lockdown.enter_kiosk_mode()  # frameless, on top, closed only from maintenance
        window.showFullScreen()
    code = app.exec()
    guard.uninstall()
    window.sync.stop()  # the pass in flight may finish; nothing new starts
    worker.shutdown()
    app.processEvents()  # answers still queued (the kiosk opened as we quit) are delivered
    if window.kiosk is not None:
        window.kiosk.close()
    if window.keeper is not None:
        window.keeper.close()
    log.info("kiosk GUI closed with code %s", code)
    instance.release()
    return int(code)


class _ExitWhenShown(QObject):
    """For the start-up benchmark: print `shown` at the login screen's first paint, `ready`
    once the kiosk has opened behind it (a badge can log in from then on), then quit."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self._shown = False
        window.ready.connect(self._ready)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._shown:
            self._shown = True
            print(f"shown {seconds_since_start():.4f}", flush=True)  # noqa: T201 (read by bench)
            if self._window.is_ready():
                self._ready()
        return False

    def _ready(self) -> None:
        if self._shown:
            print(f"ready {seconds_since_start():.4f}", flush=True)  # noqa: T201 (read by bench)
            QTimer.singleShot(0, self._app.quit)


def install_crash_guard(window: MainWindow) -> CrashGuard:
    """An exception escaping a GUI slot or any thread is a bug: logged, then the calm message
    and a way back to the station home, never an exit or a traceback on screen."""
    guard = CrashGuard(window)
    guard.crashed.connect(window.show_crash)  # queued when it comes from another thread
    guard.install()
    return guard
