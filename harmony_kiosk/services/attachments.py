"""Voice notes and photos as attachments: stored by hash before the event that names them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection

from harmony_kiosk.clock import Clock, to_iso
from harmony_kiosk.disk_space import DiskGauge
from harmony_kiosk.errors import InvalidEntry
from harmony_kiosk.store.blob_store import BlobStore, register_blob

MEDIA_TYPES = {".m4a": "audio/mp4", ".wav": "audio/wav", ".jpg": "image/jpeg", ".png": "image/png"}
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Attachment:
    """A stored file, named by its SHA-256: events carry the hash, sync uploads the bytes."""

    sha256: str
    size: int
    media_type: str


class Attachments:
    def __init__(self, blobs: BlobStore, clock: Clock, disk: DiskGauge | None = None) -> None:
        self._blobs = blobs
        self._clock = clock
        # A nearly full disk refuses recordings (DiskFull), never an operator's event.
        self._disk = disk or DiskGauge(blobs.root)

    def store(self, source: Path) -> Attachment:
        """Copy a finished recording or photo into the blob store (fsynced, renamed)."""
        media_type = MEDIA_TYPES.get(source.suffix.lower())
        if media_type is None:
            raise InvalidEntry(
                f"{source.suffix or 'This'} files cannot be attached.",
                code="attachment.kind",
                params={"suffix": source.suffix},
            )
        size = source.stat().st_size
        if size == 0:
            raise InvalidEntry("The recording is empty.", code="attachment.empty")
        if size > MAX_BYTES:
            raise InvalidEntry("The file is too large to attach.", code="attachment.too_large")
        self._disk.check_media(size)
        return Attachment(self._blobs.put_file(source), size, media_type)

    def path(self, attachment_sha256: str) -> Path:
        return self._blobs.path(attachment_sha256)

    def register(self, connection: Connection, attachment: Attachment) -> None:
        """Queue the blob for upload, in the transaction of the event that references it."""
        register_blob(
            connection,
            attachment.sha256,
            attachment.size,
            attachment.media_type,
            to_iso(self._clock.now()),
        )
