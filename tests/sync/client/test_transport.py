"""TLS against a plant CA, the plant's HTTP proxy, and clocks a week off."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.errors import KnownError
from harmony_kiosk.services.kiosk import open_kiosk
from sync.client.enrol import enrol
from sync.client.transport import ServerAddress
from tests.conftest import OPERATOR
from tests.sync.certificates import make_certificates
from tests.sync.client.conftest import EnrolledFolder, sync_once
from tests.sync.http_proxy import ForwardProxy
from tests.sync.live_server import LiveServer


def test_the_server_certificate_is_checked_against_the_plants_ca(
    tmp_path: Path, clock: ManualClock
) -> None:
    ca, cert, key = make_certificates(tmp_path)
    server = LiveServer(tmp_path / "server", tls=(ca, cert, key))
    server.data_dir.mkdir()
    server.cli("demo")
    server.start()
    try:
        code = server.enrol_code("LINE1-ST1")
        with pytest.raises(KnownError, match="certificate is not trusted"):
            enrol(tmp_path / "untrusting", ServerAddress(server.url), code, clock)
        trusting = tmp_path / "trusting"
        enrolment = enrol(trusting, ServerAddress(server.url, ca), code, clock)
        assert enrolment.ca_bundle == str(ca)
        sync_once(trusting, clock)  # the sync client keeps trusting the same CA
        kiosk = open_kiosk(trusting, clock)
        assert kiosk.station.id == "LINE1-ST1"
        kiosk.close()
    finally:
        server.stop()


def test_the_plants_http_proxy_is_honoured(
    enrolled_folder: EnrolledFolder, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = enrolled_folder("LINE1-ST1")
    kiosk = open_kiosk(data_dir, clock)
    kiosk.auth.login(*OPERATOR)
    kiosk.close()
    with ForwardProxy() as proxy:
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        sync_once(data_dir, clock)
    assert "/v1/events" in proxy.paths
    assert "/v1/master" in proxy.paths


@pytest.mark.parametrize("days", [7, -7])
def test_a_kiosk_clock_a_week_off_still_syncs_and_the_skew_is_recorded(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock, days: int
) -> None:
    data_dir = enrolled_folder("LINE1-ST1")
    clock.jump_wall(days * 86400)
    kiosk = open_kiosk(data_dir, clock)
    kiosk.auth.login(*OPERATOR)
    kiosk.close()
    sync_once(data_dir, clock)
    device_id = json.loads((data_dir / "device.json").read_text())["device_id"]
    assert len(server.stored_events(device_id)) == 1
    skew = timedelta(milliseconds=server.device_row(device_id)["clock_skew_ms"])
    expected = clock.now() - datetime.now(UTC)  # the server compares with its real clock
    assert abs(skew - expected) < timedelta(minutes=2)
