"""Attachments shared on the line come down to its other kiosks, verified, resumable, bounded."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest
import sqlalchemy as sa

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.disk_space import DiskGauge, DiskUse
from harmony_kiosk.store.blob_store import BlobStore
from harmony_kiosk.store.schema import blobs
from sync.client.blob_download import BlobDownloader
from sync.client.connect import build_engine
from tests.sync.client.conftest import EnrolledFolder, sync_once
from tests.sync.client.shared_attachments import raise_with_attachments
from tests.sync.live_server import LiveServer


def server_file(server: LiveServer, sha256: str) -> Path:
    return server.data_dir / "blobs" / sha256[:2] / sha256


def local_rows(data_dir: Path, clock: ManualClock) -> dict[str, tuple[str, bool]]:
    """sha256 -> (media type, uploaded) as the kiosk's blob table has them."""
    built = build_engine(data_dir, clock)
    assert built is not None
    _, database = built
    with database.read() as connection:
        rows = connection.execute(sa.select(blobs)).all()
    database.close()
    return {row.sha256: (row.media_type, row.uploaded_at is not None) for row in rows}


def test_the_voice_note_and_photo_reach_the_other_kiosk_of_the_line(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock, tmp_path: Path
) -> None:
    first, second = enrolled_folder("LINE1-ST1"), enrolled_folder("LINE1-ST2")
    raised = raise_with_attachments(first, clock, tmp_path / "made")
    sync_once(first, clock)
    other_line = enrolled_folder("LINE2-ST1")
    sync_once(second, clock)
    sync_once(other_line, clock)
    held = BlobStore(second / "blobs")
    for sha256 in (raised.voice_sha256, raised.photo_sha256):
        assert hashlib.sha256(held.read(sha256)).hexdigest() == sha256
        assert held.read(sha256) == BlobStore(first / "blobs").read(sha256)
        assert not BlobStore(other_line / "blobs").exists(sha256)  # not its line's
    # Recorded as already on the server: kiosk B never sends them back up.
    rows = local_rows(second, clock)
    assert rows[raised.voice_sha256] == ("audio/wav", True)
    assert rows[raised.photo_sha256] == ("image/jpeg", True)
    assert not list((second / "blobs" / "partial").glob("*"))


def test_a_corrupted_download_is_rejected_and_fetched_again_later(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock, tmp_path: Path
) -> None:
    first, second = enrolled_folder("LINE1-ST1"), enrolled_folder("LINE1-ST2")
    raised = raise_with_attachments(first, clock, tmp_path / "made")
    sync_once(first, clock)
    stored = server_file(server, raised.photo_sha256)
    genuine = stored.read_bytes()
    stored.write_bytes(genuine[:-7] + b"garbage")  # the disk under the server went bad
    sync_once(second, clock)
    held = BlobStore(second / "blobs")
    assert not held.exists(raised.photo_sha256)
    assert not held.partial_path(raised.photo_sha256).exists()
    assert raised.photo_sha256 not in local_rows(second, clock)
    assert held.exists(raised.voice_sha256)  # one bad file holds back no other
    stored.write_bytes(genuine)  # restored from the server's backup
    sync_once(second, clock)
    assert held.read(raised.photo_sha256) == genuine


def test_an_interrupted_download_resumes_from_its_partial_file(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock, tmp_path: Path
) -> None:
    first, second = enrolled_folder("LINE1-ST1"), enrolled_folder("LINE1-ST2")
    raised = raise_with_attachments(first, clock, tmp_path / "made")
    sync_once(first, clock)
    held = BlobStore(second / "blobs")
    genuine = server_file(server, raised.photo_sha256).read_bytes()
    # A partial file of the right length but wrong bytes: a download that resumes keeps it and
    # fails the hash; one that started over would not notice it.
    held.append_partial(raised.photo_sha256, 0, b"\x00" * 100)
    sync_once(second, clock)
    assert not held.exists(raised.photo_sha256)
    held.append_partial(raised.photo_sha256, 0, genuine[:100])  # the genuine first bytes
    sync_once(second, clock)
    assert held.read(raised.photo_sha256) == genuine


def test_a_nearly_full_disk_skips_downloads_and_says_so(
    server: LiveServer,
    enrolled_folder: EnrolledFolder,
    clock: ManualClock,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    first, second = enrolled_folder("LINE1-ST1"), enrolled_folder("LINE1-ST2")
    raised = raise_with_attachments(first, clock, tmp_path / "made")
    sync_once(first, clock)
    built = build_engine(second, clock)
    assert built is not None
    engine, database = built
    held = BlobStore(second / "blobs")
    full = DiskGauge(second, measure=lambda _folder: DiskUse(96, 100))
    engine.downloads = BlobDownloader(database, engine._connection, held, clock, full)
    try:
        with caplog.at_level(logging.WARNING, logger="sync.client.blob_download"):
            report = engine.sync_once()
    finally:
        database.close()
    assert (report.line_events_received, report.blobs_downloaded) == (1, 0)
    assert not held.exists(raised.photo_sha256) and not held.exists(raised.voice_sha256)
    assert "skipped 2 attachment downloads" in caplog.text
    assert "almost full" in caplog.text
