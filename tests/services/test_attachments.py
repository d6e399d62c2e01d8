"""Voice notes are stored by hash before the event that names them, and queued for upload."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.errors import InvalidEntry
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.store.blob_store import blobs_to_upload
from harmony_kiosk.store.journal import read_events
from harmony_kiosk.store.schema import blobs
from tests.conftest import TEAM_LEAD


def recording(
    tmp_path: Path, name: str = "note.m4a", data: bytes = b"\x00\x00\x00\x18ftypM4A "
) -> Path:
    path = tmp_path / name
    path.write_bytes(data * 100)
    return path


def test_a_voice_note_on_a_downtime_is_stored_then_referenced(
    kiosk: Kiosk, operator_session: OperatorSession, clock: ManualClock, tmp_path: Path
) -> None:
    stop = kiosk.downtime.start(operator_session)
    clock.advance(400)
    kiosk.downtime.stop(operator_session)
    note = kiosk.attachments.store(recording(tmp_path))
    assert kiosk.attachments.path(note.sha256).read_bytes() == recording(tmp_path).read_bytes()
    lead = kiosk.auth.login(*TEAM_LEAD)
    coded = kiosk.downtime.code(lead, stop.id, "OTHER", voice_note=note)  # a voice note is enough
    assert coded.voice_note == note.sha256
    with kiosk.database.read() as connection:
        last = list(read_events(connection))[-1]
        assert last.payload["voice_note"] == note.sha256
        assert blobs_to_upload(connection) == [(note.sha256, note.size)]


def test_a_refused_action_registers_no_blob(
    kiosk: Kiosk, operator_session: OperatorSession, tmp_path: Path
) -> None:
    note = kiosk.attachments.store(recording(tmp_path))
    with pytest.raises(InvalidEntry):
        kiosk.exceptions.raise_exception(operator_session, "nonsense", "high", voice_note=note)
    with kiosk.database.read() as connection:
        assert connection.execute(select(blobs)).all() == []


@pytest.mark.parametrize(("name", "data"), [("note.exe", b"MZ"), ("empty.m4a", b"")])
def test_files_that_cannot_be_attached_are_refused(
    kiosk: Kiosk, tmp_path: Path, name: str, data: bytes
) -> None:
    with pytest.raises(InvalidEntry):
        kiosk.attachments.store(recording(tmp_path, name, data))
