"""Against the real server (its own process on 127.0.0.1): a new kiosk enrols from its screen,
an enrolled one waits calmly for its plant data and opens by itself, a supervisor enrols again
from the maintenance screen, and a revoked kiosk keeps capturing and says it is revoked."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import SystemClock
from tests.conftest import OPERATOR_EN, SUPERVISOR
from tests.sync.live_server import LiveServer
from tests.ui.conftest import Screenshots
from tests.ui.driving import log_in, open_maintenance, settle, tap, wait_for_screen
from ui.app import compose
from ui.main_window import MainWindow
from ui.worker import Worker

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
NETWORK_MS = 30_000  # a sync pass or an enrolment over loopback, with room for a slow machine


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path / "server-data")
    live.data_dir.mkdir(parents=True)
    live.cli("demo")
    live.start()
    try:
        yield live
    finally:
        live.stop()
    assert "Traceback" not in live.log()


@pytest.fixture
def kiosk_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The kiosk's data folder; its secret goes to the file fallback inside it."""
    folder = tmp_path / "kiosk"
    monkeypatch.setenv("HARMONY_KEYRING", "file")
    monkeypatch.setenv("HARMONY_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def opened(qtbot: QtBot, kiosk_dir: Path, worker: Worker) -> Iterator[list[MainWindow]]:
    """Windows the test opens with `_open`; their sync clients stop and kiosks close after."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.sync.stop()
        qtbot.waitUntil(worker.is_idle)
        if window.kiosk is not None:
            window.kiosk.close()


def _open(qtbot: QtBot, kiosk_dir: Path, worker: Worker, windows: list[MainWindow]) -> MainWindow:
    window = compose(kiosk_dir, None, SystemClock(), worker)
    windows.append(window)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _online_and_all_sent(window: MainWindow) -> bool:
    window.sync.monitor.poll()
    picture = window.sync.monitor.latest
    status = picture.status
    return status is not None and status.online and status.waiting == 0


def test_a_new_kiosk_is_enrolled_from_its_screen_and_opens_with_the_servers_plant(
    qtbot: QtBot,
    server: LiveServer,
    kiosk_dir: Path,
    worker: Worker,
    opened: list[MainWindow],
    shots: Screenshots,
) -> None:
    window = _open(qtbot, kiosk_dir, worker, opened)
    wait_for_screen(qtbot, window, window.message)
    settle(qtbot, worker)
    assert window.message.title.text() == "This kiosk is not set up yet"
    assert window.message.sync_pill.text() == "Not enrolled"
    shots.save(window, "01-not-set-up")

    tap(qtbot, window.message.action)  # "Enrol with server": no supervisor exists yet
    screen = window.maintenance
    wait_for_screen(qtbot, window, screen)
    assert screen.is_open()
    qtbot.keyClicks(screen.form.url_field, server.url)
    qtbot.keyClicks(screen.form.code_field, server.enrol_code("LINE1-ST1"))
    tap(qtbot, screen.enrol_button)
    qtbot.waitUntil(lambda: screen.form.message.text().startswith("✓ Enrolled"), timeout=NETWORK_MS)
    assert "as station LINE1-ST1 (line LINE1)" in screen.form.message.text()
    assert screen.form.code_field.text() == ""  # single use: not left on the screen
    qtbot.waitUntil(window.sync.is_running, timeout=NETWORK_MS)
    qtbot.waitUntil(lambda: screen.about.value("Server") == server.url)
    shots.save(window, "02-enrolled")
    assert list((kiosk_dir / "secrets").iterdir())  # the secret: in the file fallback only

    tap(qtbot, screen.back_button)  # Done: the kiosk opens once the plant data is here
    qtbot.waitUntil(window.is_ready, timeout=NETWORK_MS)
    wait_for_screen(qtbot, window, window.login)
    assert window.kiosk is not None
    assert window.kiosk.station.id == "LINE1-ST1"
    qtbot.waitUntil(lambda: _online_and_all_sent(window), timeout=NETWORK_MS)
    qtbot.waitUntil(lambda: window.login.sync_pill.text().startswith("Online · all sent"))

    log_in(qtbot, window, worker, *OPERATOR_EN)  # a committed action: sync is woken for it
    qtbot.waitUntil(
        lambda: (window.sync.monitor.latest.acked_seq or 0) >= 1 and _online_and_all_sent(window),
        timeout=NETWORK_MS,
    )
    assert window.home is not None
    qtbot.waitUntil(lambda: window.home.sync_pill.text().startswith("Online · all sent"))  # type: ignore[union-attr]
    shots.save(window, "03-home-online")


def test_an_enrolled_kiosk_waits_for_its_plant_then_a_supervisor_enrols_again_then_revoked(
    qtbot: QtBot,
    server: LiveServer,
    kiosk_dir: Path,
    worker: Worker,
    opened: list[MainWindow],
    shots: Screenshots,
) -> None:
    code = server.enrol_code("LINE1-ST2")
    enrolled = subprocess.run(
        [sys.executable, "-m", "ui.cli", "enrol", "--server", server.url, "--code", code],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert enrolled.returncode == 0, enrolled.stderr
    assert "as station LINE1-ST2" in enrolled.stdout

    window = _open(qtbot, kiosk_dir, worker, opened)
    qtbot.waitUntil(window.is_waiting, timeout=NETWORK_MS)  # opened before the first pass
    assert window.message.title.text() == "Waiting for plant data from the server…"
    assert server.url in window.message.text.text()
    assert not window.message.action.isVisible()  # nothing to do: it opens by itself
    shots.save(window, "01-waiting-for-plant-data")

    qtbot.waitUntil(window.is_ready, timeout=NETWORK_MS)
    wait_for_screen(qtbot, window, window.login)
    assert window.kiosk is not None
    assert window.kiosk.station.id == "LINE1-ST2"  # the enrolled station, no --station given

    screen = open_maintenance(qtbot, window, worker, *SUPERVISOR)
    assert screen.is_open()
    qtbot.waitUntil(lambda: screen.about.value("Server") == server.url)
    qtbot.keyClicks(screen.form.url_field, server.url)
    qtbot.keyClicks(screen.form.code_field, server.enrol_code("LINE1-ST2"))
    tap(qtbot, screen.enrol_button)
    qtbot.waitUntil(lambda: screen.form.message.text().startswith("✓ Enrolled"), timeout=NETWORK_MS)
    qtbot.waitUntil(window.sync.is_running, timeout=NETWORK_MS)
    qtbot.waitUntil(lambda: _online_and_all_sent(window), timeout=NETWORK_MS)
    shots.save(window, "02-enrolled-again")
    tap(qtbot, screen.back_button)
    wait_for_screen(qtbot, window, window.login)

    server.cli("revoke", window.kiosk.identity.device_id)
    log_in(qtbot, window, worker, *OPERATOR_EN)  # still works: capture is local
    home = window.home
    assert home is not None

    def revoked() -> bool:
        window.sync.monitor.poll()
        return home.sync_pill.text() == "Revoked: capturing locally"

    qtbot.waitUntil(revoked, timeout=NETWORK_MS)
    assert home.sync_pill.tone() == "revoked"
    shots.save(window, "03-revoked")
