"""Attachments other kiosks of the line shared, fetched down into this kiosk's blob store.

Bounded per round (the upload of events never waits behind a long photo queue), newest first,
resumable (a partial file grows chunk by chunk across rounds), and verified: only bytes that hash
to the name the event gave them are moved into place.
"""

from __future__ import annotations

import logging

from harmony_kiosk.clock import Clock, to_iso
from harmony_kiosk.disk_space import DiskFull, DiskGauge, DiskUnreadable
from harmony_kiosk.store import blob_store, remote_blobs
from harmony_kiosk.store.blob_store import BlobStore
from harmony_kiosk.store.database import Database
from sync.client.transport import Refused, ServerConnection, SyncFailure
from sync.protocol.models import BLOB_CHUNK_BYTES, BlobStatus

log = logging.getLogger(__name__)
PER_ROUND = 8  # blobs tried per sync pass
WAIT_ROUNDS = 5  # a blob the server cannot give yet is asked for again after this many passes
_SIGNATURES = (  # leading bytes -> media type, for the blob's row (the event names no type)
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG", "image/png"),
    (b"RIFF", "audio/wav"),
    (b"{", "application/json"),
)


class BlobDownloader:
    """One round at a time, called by the sync engine after the line's events came down."""

    def __init__(
        self,
        database: Database,
        connection: ServerConnection,
        blobs: BlobStore,
        clock: Clock,
        disk: DiskGauge | None = None,
        per_round: int = PER_ROUND,
    ) -> None:
        self._database = database
        self._connection = connection
        self._blobs = blobs
        self._clock = clock
        self._disk = disk or DiskGauge(blobs.root)
        self._per_round = per_round
        self._round = 0
        self._waiting: dict[str, int] = {}  # hash -> round from which to ask again

    def download_round(self) -> int:
        """Fetch up to `per_round` missing blobs; returns how many were stored. Never raises a
        SyncFailure: a download that fails is logged and tried again on a later pass."""
        self._round += 1
        skip = frozenset(sha for sha, due in self._waiting.items() if due > self._round)
        with self._database.read() as connection:
            wanted = remote_blobs.missing_blobs(
                connection, self._blobs.exists, self._per_round, skip
            )
        stored = 0
        for number, sha256 in enumerate(wanted):
            try:
                stored += self._fetch(sha256)
            except (DiskFull, DiskUnreadable) as refusal:
                log.warning("skipped %d attachment downloads: %s", len(wanted) - number, refusal)
                break
            except Refused as refused:  # not yet uploaded, or lost on the server
                log.info("attachment %s not downloadable yet: %s", sha256, refused)
                self._waiting[sha256] = self._round + WAIT_ROUNDS
            except SyncFailure as failure:  # offline or server trouble: the next pass goes on
                log.warning("attachment downloads stopped for this pass: %s", failure)
                break
        return stored

    def _fetch(self, sha256: str) -> int:
        path = f"/v1/blobs/{sha256}"
        status = BlobStatus.model_validate_json(self._connection.call("GET", path).content)
        if not status.complete:  # an event may arrive before its blob (DESIGN.md section 4)
            self._waiting[sha256] = self._round + WAIT_ROUNDS
            return 0
        received = self._blobs.partial_size(sha256)
        if received > status.size:
            received = self._blobs.append_partial(sha256, 0, b"")  # not this blob's bytes
        self._disk.check_media(status.size - received)
        while received < status.size:
            last = min(received + BLOB_CHUNK_BYTES, status.size) - 1
            reply = self._connection.call(
                "GET", f"{path}/content", headers={"Range": f"bytes={received}-{last}"}
            )
            # 206 is the asked range; a server that ignores Range sends the whole file (200).
            chunk = reply.content if reply.status_code == 206 else reply.content[received:]
            if not chunk:
                break
            received = self._blobs.append_partial(sha256, received, chunk)
        if not self._blobs.install_partial(sha256):
            log.warning(
                "a downloaded attachment did not match its hash %s: discarded, "
                "it is downloaded again on the next pass",
                sha256,
            )
            return 0
        with self._database.write() as connection:
            blob_store.register_downloaded(
                connection, sha256, status.size, _media_type(self._blobs, sha256), self._now()
            )
        self._waiting.pop(sha256, None)
        log.info("attachment %s downloaded", sha256, extra={"size": status.size})
        return 1

    def _now(self) -> str:
        return to_iso(self._clock.now())


def _media_type(blobs: BlobStore, sha256: str) -> str:
    head = blobs.read(sha256, 0, 12)
    if head[4:8] == b"ftyp":
        return "audio/mp4"
    return next(
        (kind for magic, kind in _SIGNATURES if head.startswith(magic)),
        "application/octet-stream",
    )
