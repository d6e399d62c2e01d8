"""Garbage and oversize input on every endpoint, with and without valid credentials: never a 5xx,
never a stack trace, nothing stored."""

from __future__ import annotations

import json
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.protocol.models import BLOB_SIZE_HEADER, MAX_BATCH_BYTES, MAX_BLOB_CHUNK_BYTES
from sync.server.db.schema import blobs, events, quarantine
from tests.sync.server.api.routes import endpoints
from tests.sync.server.conftest import ServerUnderTest
from tests.sync.server.signed_kiosk import SignedKiosk

FUZZ = settings(
    max_examples=100,
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


def _writing_endpoints(server: ServerUnderTest) -> list[tuple[str, str]]:
    return [(method, path) for method, path in endpoints(server.app) if method in {"POST", "PUT"}]


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
    before = _stored(plant_server)
    targets = _writing_endpoints(plant_server)
    assert ("POST", "/v1/events") in targets and ("PUT", f"/v1/blobs/{'ab' * 32}") in targets

    @FUZZ
    @given(body=BODIES, signed=st.booleans(), size=HEADER_VALUES, target=st.sampled_from(targets))
    def send(body: bytes, signed: bool, size: str, target: tuple[str, str]) -> None:
        method, path = target
        extra = {"content-type": "application/json", BLOB_SIZE_HEADER: size}
        if signed:
            answer = kiosk.request(method, path, body, extra_headers=extra)
        else:
            answer = plant_server.client.request(method, path, content=body, headers=extra)
        _assert_calm(answer)

    send()
    assert _stored(plant_server) == before


@pytest.mark.parametrize("signed", [False, True])
def test_oversize_bodies_are_refused_before_they_are_read(
    plant_server: ServerUnderTest, signed: bool
) -> None:
    kiosk = plant_server.enrol()
    before = _stored(plant_server)
    for method, path in _writing_endpoints(plant_server):
        limit = MAX_BLOB_CHUNK_BYTES if method == "PUT" else MAX_BATCH_BYTES
        body = b"[" + b"1," * (limit // 2) + b"1]"
        if signed:
            answer = kiosk.request(method, path, body)
        else:
            answer = plant_server.client.request(method, path, content=body)
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
