"""Blobs go up content-addressed, resume where the server stopped, and are checked by hash."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from harmony_kiosk.clock import ManualClock, to_iso
from harmony_kiosk.services.kiosk import open_database
from harmony_kiosk.store.blob_store import BlobStore, register_blob
from sync.client.connect import build_engine
from sync.protocol.models import BLOB_CHUNK_BYTES, BlobStatus
from tests.sync.client.conftest import EnrolledFolder, sync_once
from tests.sync.live_server import LiveServer


def store_blob(data_dir: Path, clock: ManualClock, data: bytes) -> str:
    sha256 = BlobStore(data_dir / "blobs").put(data)
    _, database, _ = open_database(data_dir, clock)
    with database.write() as connection:
        register_blob(connection, sha256, len(data), "audio/mp4", to_iso(clock.now()))
    database.close()
    return sha256


def test_a_blob_is_stored_by_its_hash_and_uploaded_once(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock
) -> None:
    data_dir = enrolled_folder("LINE1-ST1")
    data = os.urandom(3 * BLOB_CHUNK_BYTES + 1234)
    sha256 = store_blob(data_dir, clock, data)
    assert (data_dir / "blobs" / sha256[:2] / sha256).read_bytes() == data
    sync_once(data_dir, clock)
    assert server.blob_complete(sha256)
    stored = next((server.data_dir / "blobs").rglob(sha256))
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha256


def test_an_interrupted_upload_resumes_where_the_server_stopped(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock
) -> None:
    data_dir = enrolled_folder("LINE1-ST1")
    data = os.urandom(2 * BLOB_CHUNK_BYTES + 99)
    sha256 = store_blob(data_dir, clock, data)
    built = build_engine(data_dir, clock)
    assert built is not None
    engine, database = built
    connection = engine._connection
    # The first chunk got through before the network dropped.
    connection.call(
        "PUT",
        f"/v1/blobs/{sha256}",
        raw=data[:BLOB_CHUNK_BYTES],
        params={"offset": 0},
        headers={"X-Harmony-Blob-Size": str(len(data))},
    )
    status = BlobStatus.model_validate_json(connection.call("GET", f"/v1/blobs/{sha256}").content)
    assert (status.received, status.complete) == (BLOB_CHUNK_BYTES, False)
    assert engine.upload_blobs() == 1
    database.close()
    assert server.blob_complete(sha256)
