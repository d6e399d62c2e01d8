"""A photo on an exception: stored by hash, named by the event, queued for upload as a blob."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from harmony_kiosk.errors import InvalidEntry
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.store.blob_store import blobs_to_upload
from harmony_kiosk.store.journal import read_events
from harmony_kiosk.store.schema import blobs

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x11" * 4000 + b"\xff\xd9"


def test_a_photo_is_referenced_by_the_exception_and_queued_for_upload(
    kiosk: Kiosk, operator_session: OperatorSession, tmp_path: Path
) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(JPEG)
    photo = kiosk.attachments.store(source)
    assert photo.media_type == "image/jpeg"
    raised = kiosk.exceptions.raise_exception(
        operator_session, "quality", "high", "Scratch on the cover", photo=photo
    )
    with kiosk.database.read() as connection:
        event = next(e for e in read_events(connection) if e.type == "exception.raised")
        queued = blobs_to_upload(connection)
        media = connection.execute(select(blobs.c.media_type)).scalars().all()
    assert event.payload["exception_id"] == raised.id
    assert event.payload["photo"] == photo.sha256
    assert queued == [(photo.sha256, len(JPEG))]  # the sync client uploads what is queued
    assert media == ["image/jpeg"]
    assert kiosk.attachments.path(photo.sha256).read_bytes() == JPEG


def test_a_recording_is_not_accepted_as_the_photo(
    kiosk: Kiosk, operator_session: OperatorSession, tmp_path: Path
) -> None:
    source = tmp_path / "note.m4a"
    source.write_bytes(b"\x00\x00\x00\x18ftypM4A " * 50)
    note = kiosk.attachments.store(source)
    with pytest.raises(InvalidEntry, match="picture"):
        kiosk.exceptions.raise_exception(operator_session, "quality", "high", photo=note)
    with kiosk.database.read() as connection:
        assert blobs_to_upload(connection) == []
