"""Blobs: resumable chunks, offsets checked, hash verified before the upload counts as complete."""

from __future__ import annotations

import hashlib
import os

import httpx2 as httpx

from sync.protocol.models import BLOB_SIZE_HEADER, MAX_BLOB_CHUNK_BYTES
from tests.sync.server.conftest import ServerUnderTest
from tests.sync.server.signed_kiosk import SignedKiosk


def _put(kiosk: SignedKiosk, sha: str, size: int, offset: int, chunk: bytes) -> httpx.Response:
    return kiosk.request(
        "PUT",
        f"/v1/blobs/{sha}?offset={offset}",
        chunk,
        extra_headers={BLOB_SIZE_HEADER: str(size), "content-type": "application/octet-stream"},
    )


def test_an_unknown_blob_has_nothing_yet(kiosk: SignedKiosk) -> None:
    sha = "1" * 64
    assert kiosk.get(f"/v1/blobs/{sha}").json() == {
        "sha256": sha,
        "size": 0,
        "received": 0,
        "complete": False,
    }


def test_a_blob_uploaded_in_chunks_resumes_where_the_server_stopped(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    first = _put(kiosk, sha, len(data), 0, data[:100_000]).json()
    assert (first["received"], first["complete"]) == (100_000, False)
    # The connection dropped: the kiosk asks where to go on, and goes on from there.
    status = kiosk.get(f"/v1/blobs/{sha}").json()
    assert status == {"sha256": sha, "size": len(data), "received": 100_000, "complete": False}
    _put(kiosk, sha, len(data), 100_000, data[100_000:200_000])
    done = _put(kiosk, sha, len(data), 200_000, data[200_000:]).json()
    assert done == {"sha256": sha, "size": len(data), "received": len(data), "complete": True}
    stored = plant_server.blob_store.final_path(sha)
    assert stored.read_bytes() == data
    assert not plant_server.blob_store.partial_path(sha).exists()
    downloaded = kiosk.get(f"/v1/blobs/{sha}/content")
    assert (downloaded.status_code, downloaded.content) == (200, data)


def test_a_chunk_at_the_wrong_offset_is_refused(kiosk: SignedKiosk) -> None:
    data = os.urandom(1000)
    sha = hashlib.sha256(data).hexdigest()
    _put(kiosk, sha, 1000, 0, data[:400])
    for offset in (0, 300, 500):
        refused = _put(kiosk, sha, 1000, offset, data[offset : offset + 100])
        assert (refused.status_code, refused.json()["code"]) == (409, "blob_offset")
        assert "continue at offset 400" in refused.json()["detail"]
    assert kiosk.get(f"/v1/blobs/{sha}").json()["received"] == 400


def test_content_that_does_not_match_its_hash_is_discarded_and_refused(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    data = os.urandom(2000)
    claimed = hashlib.sha256(b"something else").hexdigest()
    _put(kiosk, claimed, 2000, 0, data[:1000])
    refused = _put(kiosk, claimed, 2000, 1000, data[1000:])
    assert (refused.status_code, refused.json()["code"]) == (422, "blob_hash_mismatch")
    assert kiosk.get(f"/v1/blobs/{claimed}").json()["received"] == 0
    assert not plant_server.blob_store.final_path(claimed).exists()
    assert kiosk.get(f"/v1/blobs/{claimed}/content").status_code == 404


def test_a_blob_is_not_downloadable_before_it_is_complete(kiosk: SignedKiosk) -> None:
    data = os.urandom(100)
    sha = hashlib.sha256(data).hexdigest()
    _put(kiosk, sha, 100, 0, data[:50])
    assert kiosk.get(f"/v1/blobs/{sha}/content").status_code == 404


def test_sending_a_complete_blob_again_is_harmless(kiosk: SignedKiosk) -> None:
    data = os.urandom(100)
    sha = hashlib.sha256(data).hexdigest()
    _put(kiosk, sha, 100, 0, data)
    again = _put(kiosk, sha, 100, 0, data)
    assert again.status_code == 200
    assert again.json()["complete"] is True


def test_an_empty_blob_completes_at_once(kiosk: SignedKiosk) -> None:
    sha = hashlib.sha256(b"").hexdigest()
    assert _put(kiosk, sha, 0, 0, b"").json()["complete"] is True


def test_a_chunk_past_the_announced_size_is_refused(kiosk: SignedKiosk) -> None:
    data = os.urandom(100)
    sha = hashlib.sha256(data).hexdigest()
    assert _put(kiosk, sha, 50, 0, data).status_code == 422


def test_a_chunk_over_the_limit_is_refused_before_it_is_read(kiosk: SignedKiosk) -> None:
    chunk = b"x" * (MAX_BLOB_CHUNK_BYTES + 1)
    sha = hashlib.sha256(chunk).hexdigest()
    refused = _put(kiosk, sha, len(chunk), 0, chunk)
    assert (refused.status_code, refused.json()["code"]) == (413, "too_large")


def test_an_event_may_arrive_before_its_blob(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    data = os.urandom(500)
    sha = hashlib.sha256(data).hexdigest()
    note = kiosk.event("note.recorded", {"voice_note": sha})
    assert kiosk.upload([note]).json()["results"][0]["status"] == "accepted"
    assert _put(kiosk, sha, 500, 0, data).json()["complete"] is True


def test_instruction_images_are_downloadable(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    master = kiosk.get("/v1/master").json()["data"]
    images = {sha for version in master["instruction_versions"] for sha in version["images"]}
    assert images
    for sha in images:
        content = kiosk.get(f"/v1/blobs/{sha}/content").content
        assert hashlib.sha256(content).hexdigest() == sha
