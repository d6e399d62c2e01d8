"""Who may ask: HMAC-signed kiosks, rotation with an overlap window, revocation, protocol check."""

from __future__ import annotations

from datetime import timedelta

import pytest

from sync.protocol import signing
from sync.server import devices
from sync.server.devices import revoke
from tests.sync.server.conftest import ServerUnderTest
from tests.sync.server.signed_kiosk import SignedKiosk


def test_a_signed_request_is_answered(kiosk: SignedKiosk) -> None:
    assert kiosk.get("/v1/devices/me").status_code == 200


def test_a_wrong_signature_is_refused(kiosk: SignedKiosk) -> None:
    answer = kiosk.get("/v1/devices/me", secret="not-the-secret")
    assert (answer.status_code, answer.json()["code"]) == (401, "bad_signature")


def test_a_body_changed_after_signing_is_refused(kiosk: SignedKiosk) -> None:
    body = kiosk.upload_body(kiosk.events(1))
    headers = kiosk.headers("POST", "/v1/events", body)
    tampered = body.replace(b'"backlog":1', b'"backlog":2')
    assert tampered != body
    answer = kiosk.client.post(
        "/v1/events", content=tampered, headers={**headers, "content-type": "application/json"}
    )
    assert answer.status_code == 401


def test_a_signature_moved_to_another_path_is_refused(kiosk: SignedKiosk) -> None:
    headers = kiosk.headers("GET", "/v1/devices/me", b"")
    assert kiosk.client.get("/v1/master", headers=headers).status_code == 401


def test_another_devices_secret_is_refused(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    other = plant_server.enrol("LINE1-ST2")
    answer = kiosk.get("/v1/devices/me", secret=other.secret)
    assert answer.status_code == 401


def test_an_unknown_device_is_told_to_enrol(kiosk: SignedKiosk) -> None:
    kiosk.device_id = "00000000-0000-4000-8000-000000000000"
    answer = kiosk.get("/v1/devices/me")
    assert (answer.status_code, answer.json()["code"]) == (401, "unknown_device")


@pytest.mark.parametrize("protocol", ["2.0", "7.3", "banana"])
def test_an_unknown_protocol_major_is_refused_with_a_clear_message(
    kiosk: SignedKiosk, protocol: str
) -> None:
    answer = kiosk.upload(kiosk.events(1), protocol=protocol)
    assert answer.status_code == 400
    assert answer.json()["code"] == "protocol_unsupported"
    assert answer.json()["detail"].endswith("is not supported by this server (1.x)")
    if protocol == "2.0":
        assert answer.json()["detail"] == "protocol 2.x is not supported by this server (1.x)"


def test_a_newer_minor_version_is_welcome(kiosk: SignedKiosk) -> None:
    assert kiosk.get("/v1/devices/me", protocol="1.9").status_code == 200


def test_a_device_request_without_the_protocol_header_is_refused(kiosk: SignedKiosk) -> None:
    headers = kiosk.headers("GET", "/v1/devices/me", b"")
    del headers[signing.PROTOCOL_HEADER]
    answer = kiosk.client.get("/v1/devices/me", headers=headers)
    assert answer.status_code == 422
    assert "X-Harmony-Protocol" in answer.json()["detail"]


def test_rotation_keeps_the_old_secret_for_the_overlap_window_then_refuses_it(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    old = kiosk.secret
    answer = kiosk.post("/v1/devices/me/rotate")
    assert answer.status_code == 200
    new = answer.json()["secret"]
    assert new != old
    assert kiosk.get("/v1/devices/me", secret=new).status_code == 200
    plant_server.clock.advance(timedelta(hours=23, minutes=59).total_seconds())
    assert kiosk.get("/v1/devices/me", secret=old).status_code == 200
    plant_server.clock.advance(120)
    assert kiosk.get("/v1/devices/me", secret=old).status_code == 401
    assert kiosk.get("/v1/devices/me", secret=new).status_code == 200


def test_a_rotation_answer_lost_on_the_way_is_given_again(kiosk: SignedKiosk) -> None:
    new = kiosk.post("/v1/devices/me/rotate").json()["secret"]
    # The kiosk never saw `new` and asks again with its old secret: it gets the same one.
    again = kiosk.post("/v1/devices/me/rotate").json()["secret"]
    assert again == new
    kiosk.secret = new
    newest = kiosk.post("/v1/devices/me/rotate").json()["secret"]
    assert newest not in {new, again}


def test_every_device_endpoint_answers_403_to_a_revoked_device(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    plant_server.write(lambda db: revoke(db, kiosk.device_id, plant_server.clock.now()))
    sha = "0" * 64
    answers = [
        kiosk.upload(kiosk.events(1)),
        kiosk.get("/v1/master"),
        kiosk.get("/v1/line-events"),
        kiosk.get("/v1/devices/me"),
        kiosk.post("/v1/devices/me/rotate"),
        kiosk.get(f"/v1/blobs/{sha}"),
        kiosk.get(f"/v1/blobs/{sha}/content"),
    ]
    for answer in answers:
        assert answer.status_code == 403
        assert answer.json()["code"] == "device_revoked"
        assert "revoked" in answer.json()["detail"]


def test_every_signed_request_counts_as_contact_and_measures_the_clock_skew(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    plant_server.clock.advance(600)
    kiosk.clock.jump_wall(600 + 90)  # the kiosk runs 90 s ahead of the server
    assert kiosk.get("/v1/line-events").status_code == 200
    with plant_server.engine.connect() as db:
        seen = devices.get(db, kiosk.device_id)
    assert seen.last_contact_at == plant_server.clock.now()
    assert seen.clock_skew_ms == 90_000
