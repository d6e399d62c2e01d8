"""Garbage and oversize input on every endpoint, with and without valid credentials (a device's
signature, or an admin token on the admin endpoints): never a 5xx, never a stack trace, nothing
stored."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.protocol.models import BLOB_SIZE_HEADER, MAX_BATCH_BYTES, MAX_BLOB_CHUNK_BYTES
from sync.server.credentials import digest, new_admin_token
from sync.server.db.schema import admin_tokens, blobs, events, quarantine
from tests.sync.server.api.routes import endpoints
from tests.sync.server.conftest import ServerUnderTest
from tests.sync.server.signed_kiosk import SignedKiosk

FUZZ = settings(
    max_examples=300,  # about 25 for each of the twelve endpoints
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=40)
)
JSON = st.recursive(
    _SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
# Bodies shaped like the real ones, so fuzzing reaches past the first validation error.
UPLOAD_LIKE = st.fixed_dictionaries(
    {
        "protocol": st.sampled_from(["1.0", "2.0", "", "1"]) | st.text(max_size=5),
        "device_id": st.text(min_size=36, max_size=36) | st.uuids().map(str),
        "backlog": st.integers(min_value=-5, max_value=2**80),
        "events": st.lists(
            st.fixed_dictionaries(
                {
                    "id": st.text(max_size=36),
                    "device_id": st.uuids().map(str),
                    "seq": st.integers(min_value=-1, max_value=2**64),
                    "type": st.sampled_from(["a.b", "step.checked", "A", ""]),
                    "schema_version": st.integers(min_value=0, max_value=2000),
                    "occurred_at": st.text(max_size=40),
                    "hlc": st.text(max_size=40),
                    "actor": st.text(max_size=70),
                    "payload": st.dictionaries(st.text(max_size=5), JSON, max_size=3),
                    "prev_hash": st.sampled_from(["0" * 64, "f" * 64, "x"]),
                    "hash": st.sampled_from(["0" * 64, "e" * 64, ""]),
                }
            ),
            max_size=3,
        ),
    },
    optional={"oldest_unsent_at": st.text(max_size=50), "stuck": JSON},
)
BODIES = (
    JSON.map(lambda value: json.dumps(value).encode())
    | UPLOAD_LIKE.map(lambda value: json.dumps(value).encode())
    | st.binary(max_size=300)
    | st.text(max_size=200).map(lambda text: text.encode("utf-8", "surrogatepass"))
)
# Never a usable size: a valid size and chunk would be a real (partial) upload, not garbage.
HEADER_VALUES = st.sampled_from(["", "-1", "abc", "99999999999999999999", "1.5", "7x"])


# Query strings too: the parameters the API knows, and others.
QUERIES = st.dictionaries(
    st.sampled_from(["since", "cursor", "limit", "offset", "include_resolved"])
    | st.text(max_size=8),
    st.sampled_from(["-1", "0", "1e9", "true", "99999999999999999999"]) | st.text(max_size=20),
    max_size=3,
).map(urlencode)


def _admin_token(server: ServerUnderTest) -> str:
    token = new_admin_token()
    server.write(
        lambda db: db.execute(
            admin_tokens.insert().values(
                name="fuzz", token_hash=digest(token), created_at=server.clock.now()
            )
        )
    )
    return token


def _send(
    server: ServerUnderTest,
    kiosk: SignedKiosk,
    admin_token: str,
    method: str,
    target: str,
    body: bytes,
    *,
    signed: bool,
    extra: dict[str, str] | None = None,
) -> Any:
    """Without credentials, or with the valid ones the endpoint asks for."""
    headers = dict(extra or {})
    if not signed:
        return server.client.request(method, target, content=body, headers=headers)
    if target.startswith("/v1/admin/"):
        headers["Authorization"] = f"Bearer {admin_token}"
        return server.client.request(method, target, content=body, headers=headers)
    return kiosk.request(method, target, body, extra_headers=headers)


def _assert_calm(answer: Any) -> None:
    assert answer.status_code < 500, (answer.status_code, answer.text)
    assert "Traceback" not in answer.text and 'File "' not in answer.text
    if answer.status_code >= 400:
        assert set(answer.json()) == {"detail", "code"}


def _stored(server: ServerUnderTest) -> list[object]:
    """Row counts of what uploads could add (the plant's own images are blobs already)."""
    return [
        server.scalar(sa.select(sa.func.count()).select_from(table))
        for table in (events, quarantine, blobs)
    ]


@pytest.mark.slow
def test_garbage_bodies_on_every_endpoint(plant_server: ServerUnderTest) -> None:
    kiosk = plant_server.enrol()
    admin_token = _admin_token(plant_server)
    before = _stored(plant_server)
    targets = endpoints(plant_server.app)
    assert ("POST", "/v1/events") in targets and ("PUT", f"/v1/blobs/{'ab' * 32}") in targets
    assert ("GET", "/v1/admin/quarantine") in targets

    @FUZZ
    @given(
        body=BODIES,
        query=QUERIES,
        signed=st.booleans(),
        size=HEADER_VALUES,
        target=st.sampled_from(targets),
    )
    def send(body: bytes, query: str, signed: bool, size: str, target: tuple[str, str]) -> None:
        method, path = target
        extra = {"content-type": "application/json", BLOB_SIZE_HEADER: size}
        where = f"{path}?{query}" if query else path
        answer = _send(
            plant_server, kiosk, admin_token, method, where, body, signed=signed, extra=extra
        )
        _assert_calm(answer)

    send()
    assert _stored(plant_server) == before


@pytest.mark.parametrize("signed", [False, True])
def test_oversize_bodies_are_refused_before_they_are_read(
    plant_server: ServerUnderTest, signed: bool
) -> None:
    kiosk = plant_server.enrol()
    admin_token = _admin_token(plant_server)
    before = _stored(plant_server)
    for method, path in endpoints(plant_server.app):
        limit = MAX_BLOB_CHUNK_BYTES if method == "PUT" else MAX_BATCH_BYTES
        body = b"[" + b"1," * (limit // 2) + b"1]"
        answer = _send(plant_server, kiosk, admin_token, method, path, body, signed=signed)
        assert answer.status_code == 413, (method, path)
        _assert_calm(answer)
    assert _stored(plant_server) == before


def test_a_lying_content_length_is_refused(plant_server: ServerUnderTest) -> None:
    answer = plant_server.client.post(
        "/v1/events", content=b"{}", headers={"content-length": "not-a-number"}
    )
    assert answer.status_code in {400, 413}


@pytest.mark.parametrize(
    "query",
    [
        "/v1/master?since=-1",
        "/v1/master?since=99999999999999999999999",
        "/v1/master?since=abc",
        "/v1/line-events?cursor=-5",
        "/v1/line-events?cursor=18446744073709551617",
        "/v1/line-events?limit=0",
        "/v1/line-events?limit=100000",
        "/v1/blobs/XYZ",
        "/v1/blobs/" + "A" * 64,
        "/v1/blobs/" + "a" * 63 + "/content",
    ],
)
def test_garbage_queries_and_paths_answer_4xx(kiosk: SignedKiosk, query: str) -> None:
    answer = kiosk.get(query)
    assert 400 <= answer.status_code < 500, answer.text
    _assert_calm(answer)


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Harmony-Device": "\x7f" * 36},
        {"X-Harmony-Device": "../../etc/passwd"},
        {"X-Harmony-Signature": b"\xe9" * 64},  # latin-1 bytes, as a broken client may send
        {"X-Harmony-Timestamp": "yesterday"},
        {"X-Harmony-Protocol": "9" * 400},
        {"Authorization": "Bearer " + "x" * 4000},
    ],
)
def test_garbage_credentials_answer_4xx(
    kiosk: SignedKiosk, headers: dict[str, str | bytes]
) -> None:
    signed = kiosk.headers("GET", "/v1/devices/me", b"")
    for path in ("/v1/devices/me", "/v1/admin/devices"):
        answer = kiosk.client.get(path, headers={**signed, **headers})
        assert 400 <= answer.status_code < 500 or answer.status_code == 200
        _assert_calm(answer)
