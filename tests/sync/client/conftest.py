"""Kiosk-side sync fixtures: a real server process, enrolled kiosk folders on the demo plant."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import open_database
from sync.client.connect import build_engine
from sync.client.enrol import enrol
from sync.client.transport import ServerAddress
from tests.sync.live_server import LiveServer


@pytest.fixture(autouse=True)
def file_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Secrets go to the kiosk's file keyring inside each test's own data folder."""
    monkeypatch.setenv("HARMONY_KEYRING", "file")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path / "server")
    live.data_dir.mkdir(parents=True)
    live.cli("demo")
    live.start()
    yield live
    live.stop()


EnrolledFolder = Callable[[str], Path]


@pytest.fixture
def enrolled_folder(server: LiveServer, tmp_path: Path, clock: ManualClock) -> EnrolledFolder:
    """Make a kiosk data folder, enrol it for a station, and pull the plant with one sync pass."""

    def make(station: str) -> Path:
        data_dir = tmp_path / f"kiosk-{station}-{len(list(tmp_path.glob('kiosk-*')))}"
        _, database, _ = open_database(data_dir, clock)
        database.close()
        enrol(data_dir, ServerAddress(server.url), server.enrol_code(station), clock)
        sync_once(data_dir, clock)
        return data_dir

    return make


def sync_once(data_dir: Path, clock: ManualClock) -> None:
    built = build_engine(data_dir, clock)
    assert built is not None
    engine, database = built
    try:
        engine.sync_once()
    finally:
        database.close()
