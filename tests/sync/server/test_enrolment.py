"""Enrolment: the kiosk's own id registered once per code; codes expire and are single-use."""

from __future__ import annotations

import sqlalchemy as sa

from sync.protocol.models import EnrolRequest
from sync.protocol.version import PROTOCOL_VERSION
from sync.server.db.schema import devices, enrol_codes
from tests.sync.server.conftest import ServerUnderTest
from tests.sync.server.signed_kiosk import new_device_id


def _enrol(server: ServerUnderTest, code: str, device_id: str, **fields: str):  # type: ignore[no-untyped-def]
    request = EnrolRequest(protocol=PROTOCOL_VERSION, code=code, device_id=device_id, **fields)
    return server.client.post(
        "/v1/enrol", content=request.model_dump_json(), headers={"content-type": "application/json"}
    )


def test_enrolment_registers_the_kiosks_own_id_with_its_station(
    plant_server: ServerUnderTest,
) -> None:
    device_id = new_device_id()
    answer = _enrol(plant_server, plant_server.enrol_code("LINE2-ST1"), device_id, hostname="pc-7")
    assert answer.status_code == 200
    body = answer.json()
    assert (body["device_id"], body["station_id"], body["line_id"], body["site_id"]) == (
        device_id,
        "LINE2-ST1",
        "LINE2",
        "ALC-GDL",
    )
    assert len(body["secret"]) >= 40
    stored = plant_server.scalar(sa.select(devices.c.hostname).where(devices.c.id == device_id))
    assert stored == "pc-7"


def test_only_a_hash_of_the_code_is_stored(plant_server: ServerUnderTest) -> None:
    code = plant_server.enrol_code()
    stored = plant_server.scalar(sa.select(enrol_codes.c.code_hash))
    assert code not in str(stored)
    assert code.replace("-", "") not in str(stored)


def test_a_code_works_once(plant_server: ServerUnderTest) -> None:
    code = plant_server.enrol_code()
    assert _enrol(plant_server, code, new_device_id()).status_code == 200
    refused = _enrol(plant_server, code, new_device_id())
    assert refused.status_code == 403
    assert refused.json()["code"] == "enrol_code_used"
    assert "was used on" in refused.json()["detail"]


def test_the_same_kiosk_retrying_a_lost_answer_gets_a_fresh_secret(
    plant_server: ServerUnderTest,
) -> None:
    code, device_id = plant_server.enrol_code(), new_device_id()
    first = _enrol(plant_server, code, device_id).json()["secret"]
    plant_server.clock.advance(60)
    retried = _enrol(plant_server, code, device_id)
    assert retried.status_code == 200
    assert retried.json()["secret"] != first
    plant_server.clock.advance(20 * 60)
    assert _enrol(plant_server, code, device_id).status_code == 403


def test_an_expired_code_is_refused_with_its_reason(plant_server: ServerUnderTest) -> None:
    code = plant_server.enrol_code(hours=24)
    plant_server.clock.advance(24 * 3600 + 1)
    refused = _enrol(plant_server, code, new_device_id())
    assert refused.status_code == 403
    assert refused.json()["code"] == "enrol_code_expired"
    assert "expired on" in refused.json()["detail"]


def test_a_code_is_still_good_just_before_it_expires(plant_server: ServerUnderTest) -> None:
    code = plant_server.enrol_code(hours=1)
    plant_server.clock.advance(3599)
    assert _enrol(plant_server, code, new_device_id()).status_code == 200


def test_an_unknown_code_is_refused(plant_server: ServerUnderTest) -> None:
    refused = _enrol(plant_server, "ZZZZ-ZZZZ-ZZZZ-ZZZZ", new_device_id())
    assert refused.status_code == 403
    assert refused.json()["code"] == "enrol_code_unknown"


def test_codes_forgive_case_and_dashes(plant_server: ServerUnderTest) -> None:
    code = plant_server.enrol_code()
    typed = code.replace("-", " ").lower()
    assert _enrol(plant_server, typed, new_device_id()).status_code == 200


def test_a_device_id_that_is_not_a_kiosk_id_is_refused(plant_server: ServerUnderTest) -> None:
    refused = _enrol(plant_server, plant_server.enrol_code(), "X" * 36)
    assert refused.status_code == 422


def test_re_enrolment_keeps_the_device_and_its_history(plant_server: ServerUnderTest) -> None:
    kiosk = plant_server.enrol("LINE1-ST1")
    kiosk.upload(kiosk.events(3))
    moved = _enrol(plant_server, plant_server.enrol_code("LINE1-ST2"), kiosk.device_id)
    assert moved.status_code == 200
    assert moved.json()["station_id"] == "LINE1-ST2"
    kiosk.secret = moved.json()["secret"]
    status = kiosk.get("/v1/devices/me").json()
    assert (status["device_id"], status["acked_seq"]) == (kiosk.device_id, 3)


def test_a_revoked_device_is_not_enrolled_again(plant_server: ServerUnderTest) -> None:
    from sync.server.devices import revoke

    kiosk = plant_server.enrol()
    plant_server.write(lambda db: revoke(db, kiosk.device_id, plant_server.clock.now()))
    refused = _enrol(plant_server, plant_server.enrol_code(), kiosk.device_id)
    assert (refused.status_code, refused.json()["code"]) == (403, "device_revoked")


def test_an_unknown_protocol_major_is_refused_at_enrolment(plant_server: ServerUnderTest) -> None:
    request = EnrolRequest(
        protocol="2.0", code=plant_server.enrol_code(), device_id=new_device_id()
    )
    refused = plant_server.client.post(
        "/v1/enrol", content=request.model_dump_json(), headers={"content-type": "application/json"}
    )
    assert refused.status_code == 400
    assert refused.json()["detail"] == "protocol 2.x is not supported by this server (1.x)"


def test_a_newer_kiosk_hears_about_the_protocol_even_if_its_body_does_not_parse_here(
    plant_server: ServerUnderTest,
) -> None:
    body = {"protocol": "2.0", "code": "ABCD-EFGH", "device_id": new_device_id(), "new": 1}
    refused = plant_server.client.post(
        "/v1/enrol", json=body, headers={"X-Harmony-Protocol": "2.0"}
    )
    assert (refused.status_code, refused.json()) == (
        400,
        {
            "detail": "protocol 2.x is not supported by this server (1.x)",
            "code": "protocol_unsupported",
        },
    )
