"""How every drill ends: counting on the server what the kiosk committed.

Every event of the kiosk's journal is on the server exactly once with the same hash, seqs run
from 1 with no gap, the server acknowledged all of it, and every blob the kiosk stored is
complete on the server with content that hashes to its name.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from harmony_kiosk.clock import SystemClock
from harmony_kiosk.device import load_or_create
from harmony_kiosk.services.kiosk import open_database, verify_journal
from harmony_kiosk.store import blob_store, sync_records
from harmony_kiosk.store.database import Database
from harmony_kiosk.store.journal import read_events
from harmony_kiosk.store.schema import blobs

if TYPE_CHECKING:  # the drill's child process imports this module without the server's
    from tests.sync.live_server import LiveServer


@dataclass(frozen=True)
class Count:
    events: int
    blobs: int


def device_id_of(data_dir: Path) -> str:
    return load_or_create(data_dir, SystemClock()).device_id


def kiosk_chain(data_dir: Path) -> list[tuple[int, str]]:
    """(seq, hash) of every event in the kiosk's journal, in seq order."""
    _, database, _ = open_database(data_dir, SystemClock())
    try:
        with database.read() as connection:
            return [(event.seq, event.hash) for event in read_events(connection)]
    finally:
        database.close()


def assert_everything_arrived(
    server: LiveServer, data_dir: Path, *, held: Collection[int] = ()
) -> Count:
    """The count. `held`: seqs the server rightly quarantined instead of storing."""
    device_id = device_id_of(data_dir)
    _, database, _ = open_database(data_dir, SystemClock())  # checks the file's integrity
    try:
        if not held:
            report = verify_journal(database, device_id)
            assert report.first_break is None, report.first_break
        with database.read() as connection:
            chain = [(event.seq, event.hash) for event in read_events(connection)]
            state = sync_records.read_state(connection)
            kiosk_blobs = connection.execute(sa.select(blobs.c.sha256, blobs.c.uploaded_at)).all()
    finally:
        database.close()
    assert [seq for seq, _ in chain] == list(range(1, len(chain) + 1)), "a gap in the journal"
    stored = server.stored_events(device_id)
    expected = [link for link in chain if link[0] not in held]
    if stored != expected:
        missing = sorted(set(expected) - set(stored))
        extra = sorted(set(stored) - set(expected))
        raise AssertionError(
            f"server holds {len(stored)} events, kiosk committed {len(expected)}: "
            f"missing {missing[:5]}, unexpected {extra[:5]}"
        )
    assert (state.acked_seq, state.waiting) == (len(chain), 0)
    for sha256, uploaded_at in kiosk_blobs:
        assert uploaded_at is not None, f"blob {sha256} never marked uploaded"
        assert server.blob_complete(sha256), f"blob {sha256} not complete on the server"
        content = (server.data_dir / "blobs" / sha256[:2] / sha256).read_bytes()
        assert hashlib.sha256(content).hexdigest() == sha256
    return Count(len(chain), len(kiosk_blobs))


def nothing_waiting(database: Database) -> bool:
    """The kiosk holds no event and no blob the server has not acknowledged."""
    with database.read() as connection:
        waiting = sync_records.read_state(connection).waiting
        return waiting == 0 and not blob_store.blobs_to_upload(connection, limit=1)


def assert_blob_files_match_their_names(folder: Path) -> int:
    """Every blob file under its final name holds exactly the content that name promises."""
    checked = 0
    for path in folder.glob("??/*"):
        if path.name.startswith("."):
            continue  # a temporary file the writer never renamed (it died first)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name, path
        checked += 1
    return checked
