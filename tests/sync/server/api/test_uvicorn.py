"""The real thing over real HTTP: `harmony-server serve` in its own process on 127.0.0.1."""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx2 as httpx
import pytest

from harmony_kiosk.clock import ManualClock
from sync.protocol.models import EnrolRequest
from sync.protocol.version import PROTOCOL_VERSION
from sync.server.cli import main
from sync.server.settings import ENV_DATA_DIR, ENV_DATABASE_URL
from tests.sync.certificates import make_certificates as _certificates
from tests.sync.server.postgres import free_port
from tests.sync.server.signed_kiosk import SignedKiosk, new_device_id

pytestmark = pytest.mark.slow


@contextmanager
def _serving(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *options: str
) -> Iterator[tuple[int, Path]]:
    """The demo plant on a server process; the CLI in this process shares its database."""
    data_dir = tmp_path / "server-data"
    monkeypatch.setenv(ENV_DATA_DIR, str(data_dir))
    monkeypatch.setenv(ENV_DATABASE_URL, database_url)
    assert main(["demo"]) == 0
    port = free_port()
    log_path = tmp_path / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "serve", "--port", str(port), *options],
            env={**os.environ, ENV_DATA_DIR: str(data_dir), ENV_DATABASE_URL: database_url},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            yield port, log_path
        finally:
            process.terminate()
            process.wait(timeout=20)
    assert b"Traceback" not in log_path.read_bytes()


@pytest.fixture
def live_server(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[httpx.Client]:
    with (
        _serving(database_url, tmp_path, monkeypatch) as (port, _log),
        httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client,
    ):
        _wait_until_up(client)
        yield client


def _wait_until_up(client: httpx.Client) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if client.get("/health").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    pytest.fail("the server did not answer /health within 30 s")


def _enrol(client: httpx.Client, capsys: pytest.CaptureFixture[str], station: str) -> SignedKiosk:
    assert main(["enrol-code", "--station", station]) == 0
    code = capsys.readouterr().out.strip()
    device_id = new_device_id()
    request = EnrolRequest(protocol=PROTOCOL_VERSION, code=code, device_id=device_id)
    answer = client.post(
        "/v1/enrol",
        content=request.model_dump_json(),
        headers={"content-type": "application/json", "X-Harmony-Protocol": PROTOCOL_VERSION},
    )
    assert answer.status_code == 200, answer.text
    return SignedKiosk(client, device_id, answer.json()["secret"], ManualClock())


def test_enrol_upload_duplicate_conflict_and_later_events(
    live_server: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk = _enrol(live_server, capsys, "LINE1-ST1")
    first = kiosk.events(3)
    answer = kiosk.upload(first).json()
    assert (answer["acked_seq"], answer["anchor_hash"]) == (3, first[-1].hash)

    again = kiosk.upload(first).json()
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 3

    impostor = kiosk.event(seq=3, payload={"rewritten": True}, prev_hash=first[1].hash)
    later = kiosk.events(2)
    mixed = kiosk.upload([impostor, *later]).json()
    statuses = sorted((r["seq"], r["status"]) for r in mixed["results"])
    assert statuses == [(3, "rejected"), (4, "accepted"), (5, "accepted")]
    assert mixed["acked_seq"] == 5

    assert main(["quarantine", "list"]) == 0
    assert "seq 3 is taken by a different event" in capsys.readouterr().out
    assert kiosk.get("/v1/devices/me").json()["acked_seq"] == 5
    assert kiosk.upload(first, protocol="2.0").status_code == 400


def test_concurrent_uploads_over_http_are_serialized(
    live_server: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk = _enrol(live_server, capsys, "LINE1-ST2")
    chain = kiosk.events(200)
    batches = [chain[start : start + 50] for start in range(0, 200, 25)]
    statuses: list[int] = []
    accepted: list[int] = []
    lock = threading.Lock()

    def send(offset: int) -> None:
        with httpx.Client(base_url=str(live_server.base_url), timeout=30) as own:
            sender = SignedKiosk(own, kiosk.device_id, kiosk.secret, ManualClock())
            for index in range(len(batches)):
                answer = sender.upload(batches[(index + offset) % len(batches)])
                with lock:
                    statuses.append(answer.status_code)
                    if answer.status_code == 200:
                        accepted.extend(
                            r["seq"] for r in answer.json()["results"] if r["status"] == "accepted"
                        )

    threads = [threading.Thread(target=send, args=(offset,)) for offset in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(statuses) == {200}
    assert sorted(accepted) == list(range(1, 201))
    assert kiosk.upload([]).json()["acked_seq"] == 200


def test_oversize_and_streamed_bodies_over_http(live_server: httpx.Client) -> None:
    huge = b"x" * (3 * 1024 * 1024)
    assert live_server.post("/v1/events", content=huge).status_code == 413

    def stream() -> Iterator[bytes]:  # chunked: no Content-Length to go by
        for _ in range(40):
            yield b"y" * (128 * 1024)

    answer = live_server.post("/v1/events", content=stream())
    assert answer.status_code == 413
    assert answer.json()["code"] == "too_large"
    assert live_server.get("/health").status_code == 200


def test_serve_speaks_tls_itself_for_a_pilot(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca, cert, key = _certificates(tmp_path)
    options = ("--host", "127.0.0.1", "--tls-cert", str(cert), "--tls-key", str(key))
    trust = ssl.create_default_context(cafile=str(ca))
    with (
        _serving(database_url, tmp_path, monkeypatch, *options) as (port, _log),
        httpx.Client(base_url=f"https://127.0.0.1:{port}", verify=trust, timeout=10) as client,
    ):
        _wait_until_up(client)
        assert client.get("/health").json()["status"] == "ok"
        with (
            httpx.Client(base_url=f"https://127.0.0.1:{port}", timeout=10) as untrusting,
            pytest.raises(httpx.ConnectError),
        ):
            untrusting.get("/health")
