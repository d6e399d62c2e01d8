"""An installer's seed (server, station, one-time code) enrols the kiosk at its first start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.enrolment import load_enrolment
from tests.sync.live_server import LiveServer
from ui.opening import open_station


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path / "server-data")
    live.data_dir.mkdir(parents=True)
    live.cli("demo")
    live.start()
    yield live
    live.stop()


def write_seed(path: Path, url: str, code: str) -> None:
    path.write_text(
        f'server_url = "{url}"\nstation = "LINE2-ST1"\nenrolment_code = "{code}"\n',
        encoding="utf-8",
    )


def test_the_first_start_enrols_from_the_seed_and_forgets_the_code(
    server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HARMONY_KEYRING", "file")
    seed = tmp_path / "seed.toml"
    code = server.enrol_code("LINE2-ST1")
    write_seed(seed, server.url, code)
    monkeypatch.setenv("HARMONY_SEED_FILE", str(seed))
    data_dir = tmp_path / "kiosk"
    opened = open_station(data_dir, ManualClock(), None)
    enrolment = load_enrolment(data_dir)
    assert enrolment is not None
    assert (enrolment.server_url, enrolment.station_id) == (server.url, "LINE2-ST1")
    assert code not in seed.read_text(encoding="utf-8")
    assert opened.enrolment == enrolment  # waiting for the plant from the server, or opened


def test_an_unreachable_server_keeps_the_seed_for_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = tmp_path / "seed.toml"
    write_seed(seed, "http://127.0.0.1:9", "ABCDEFGH-1234")
    monkeypatch.setenv("HARMONY_SEED_FILE", str(seed))
    data_dir = tmp_path / "kiosk"
    with pytest.raises(Exception, match="plant"):  # not enrolled, no plant: says so
        open_station(data_dir, ManualClock(), None)
    assert load_enrolment(data_dir) is None
    assert "ABCDEFGH-1234" in seed.read_text(encoding="utf-8")
