"""Every endpoint but /health needs a credential; the contract lists them all; errors stay calm."""

from __future__ import annotations

import pytest
import sqlalchemy.exc
from fastapi.testclient import TestClient

from sync.protocol.version import PROTOCOL_VERSION
from sync.server.api.app import create_app
from tests.sync.server.api.routes import PUBLIC, endpoints
from tests.sync.server.conftest import ServerUnderTest


def test_every_endpoint_but_health_refuses_anonymous_requests(server: ServerUnderTest) -> None:
    app = server.app
    checked = []
    for method, path in endpoints(app):
        if (method, path) in PUBLIC:
            continue
        body = b"{}" if method in {"POST", "PUT"} else b""
        answer = server.client.request(
            method, path, content=body, headers={"content-type": "application/json"}
        )
        expected = (
            {422} if path == "/v1/enrol" else {401}
        )  # for enrolment the code is the credential
        assert answer.status_code in expected, (method, path, answer.status_code, answer.text)
        assert answer.json()["detail"]
        checked.append(path)
    assert {"/v1/events", "/v1/master", "/v1/admin/devices", "/v1/devices/me/rotate"} <= set(
        checked
    )


def test_health_answers_anyone(server: ServerUnderTest) -> None:
    assert server.client.get("/health").json() == {"status": "ok", "protocol": PROTOCOL_VERSION}


def test_the_contract_lists_every_endpoint_with_its_bodies(server: ServerUnderTest) -> None:
    contract = server.client.get("/openapi.json").json()
    app = server.app
    listed = {
        (method.upper(), path)
        for path, operations in contract["paths"].items()
        for method in operations
    }
    assert listed == {(m, p.replace("ab" * 32, "{sha256}")) for m, p in endpoints(app)}
    assert len(listed) == 12
    upload = contract["paths"]["/v1/events"]["post"]["requestBody"]["content"]["application/json"]
    assert upload["schema"]["$ref"] == "#/components/schemas/UploadRequest"
    schemas = contract["components"]["schemas"]
    assert {"UploadRequest", "WireEvent", "UploadResponse", "MasterData", "EnrolRequest"} <= set(
        schemas
    )


def test_admin_endpoints_refuse_device_credentials(
    plant_server: ServerUnderTest,
) -> None:
    kiosk = plant_server.enrol()
    assert kiosk.get("/v1/admin/devices").status_code == 401


def test_an_unknown_path_answers_an_error_body(server: ServerUnderTest) -> None:
    answer = server.client.get("/v2/nothing")
    assert (answer.status_code, answer.json()["code"]) == (404, "not_found")


@pytest.fixture
def failing_app(server: ServerUnderTest) -> TestClient:
    app = create_app(server.settings, engine=server.engine, clock=server.clock)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("password=hunter2 at /srv/harmony/secret.py line 12")

    @app.get("/db-down")
    def db_down() -> None:
        raise sqlalchemy.exc.OperationalError("SELECT 1", {}, Exception("connection refused"))

    return TestClient(app, raise_server_exceptions=False)


def test_a_bug_answers_500_without_its_insides(
    failing_app: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    answer = failing_app.get("/boom")
    assert answer.status_code == 500
    assert answer.json() == {
        "detail": "internal error: the server logged it; nothing of this request was stored",
        "code": "internal",
    }
    assert "hunter2" in caplog.text and "Traceback" in caplog.text  # logged, not answered
    caplog.clear()


def test_an_unreachable_database_answers_503_and_asks_for_a_retry(
    failing_app: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    answer = failing_app.get("/db-down")
    assert (answer.status_code, answer.json()["code"]) == (503, "unavailable")
    assert answer.headers["retry-after"] == "5"
    assert "connection refused" not in answer.text
    caplog.clear()
