"""Content-addressed files (voice notes, photos, instruction images), uploaded in resumable chunks.

The database row says how many bytes count; the partial file is cut back to that before each
append, so a crash between writing a chunk and committing its row costs only that chunk. A
blob is complete only after its SHA-256 has been checked and the file renamed into place
(written, fsynced, renamed, folder fsynced): a final file is therefore always a verified one.
Several API processes on different hosts need the blob folder on shared storage.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync.protocol.models import MAX_BLOB_BYTES, BlobStatus
from sync.server.db.schema import blobs
from sync.server.errors import (
    BlobHashMismatch,
    BlobOffsetMismatch,
    InvalidInput,
    NotFound,
    TooLarge,
)
from sync.server.master.upsert import insert_missing

_READ_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BlobStore:
    root: Path

    def final_path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def partial_path(self, sha256: str) -> Path:
        return self.root / "partial" / f"{sha256}.part"

    def status(self, connection: Connection, sha256: str) -> BlobStatus:
        row = connection.execute(sa.select(blobs).where(blobs.c.sha256 == sha256)).first()
        if row is None:
            return BlobStatus(sha256=sha256, size=0, received=0, complete=False)
        return BlobStatus(
            sha256=sha256, size=row.size, received=row.received, complete=row.complete
        )

    def content(self, connection: Connection, sha256: str) -> Path:
        if not self.status(connection, sha256).complete:
            raise NotFound(f"the server holds no complete blob {sha256}")
        return self.final_path(sha256)

    def append(
        self,
        connection: Connection,
        sha256: str,
        size: int,
        offset: int,
        chunk: bytes,
        now: datetime,
    ) -> BlobStatus:
        """Add `chunk` at `offset` (which must be what the server holds); verify when complete."""
        if size > MAX_BLOB_BYTES:
            raise TooLarge(f"a blob may hold at most {MAX_BLOB_BYTES} bytes")
        insert_missing(
            connection,
            blobs,
            {"sha256": sha256, "size": size, "received": 0, "complete": False, "created_at": now},
        )
        row = connection.execute(
            sa.select(blobs).where(blobs.c.sha256 == sha256).with_for_update()
        ).one()
        if row.complete or self.final_path(sha256).exists():
            return self._mark_complete(connection, sha256, row.size, now)
        received = min(int(row.received), self._bytes_on_disk(sha256))
        if row.size != size:
            if offset != 0:
                raise BlobOffsetMismatch(
                    f"the upload in progress announced {row.size} bytes, not {size}: "
                    "restart it at offset 0"
                )
            received = 0  # a fresh start with another size replaces the partial upload
        if offset != received:
            raise BlobOffsetMismatch(
                f"offset {offset} does not match the {received} bytes the server holds: "
                f"continue at offset {received}"
            )
        if offset + len(chunk) > size:
            raise InvalidInput(f"the chunk goes past the announced size of {size} bytes")
        received = self._write(sha256, offset, chunk)
        connection.execute(
            blobs.update().where(blobs.c.sha256 == sha256).values(size=size, received=received)
        )
        if received == size:
            self._verify_and_place(connection, sha256)
            return self._mark_complete(connection, sha256, size, now)
        return BlobStatus(sha256=sha256, size=size, received=received, complete=False)

    def put_complete(self, connection: Connection, data: bytes, now: datetime) -> str:
        """Store a whole file the server already has (an instruction image); return its hash."""
        sha256 = hashlib.sha256(data).hexdigest()
        final = self.final_path(sha256)
        if not final.exists():
            _write_durably(final, data)
        insert_missing(
            connection,
            blobs,
            {
                "sha256": sha256,
                "size": len(data),
                "received": 0,
                "complete": False,
                "created_at": now,
            },
        )
        self._mark_complete(connection, sha256, len(data), now)
        return sha256

    def _bytes_on_disk(self, sha256: str) -> int:
        # Less than the row counts only if the file was lost: resume from what survived.
        try:
            return self.partial_path(sha256).stat().st_size
        except FileNotFoundError:
            return 0

    def _write(self, sha256: str, offset: int, chunk: bytes) -> int:
        partial = self.partial_path(sha256)
        partial.parent.mkdir(parents=True, exist_ok=True)
        partial.touch(exist_ok=True)
        with partial.open("r+b") as handle:
            handle.truncate(offset)  # drop bytes a crash left beyond what the database counts
            handle.seek(offset)
            handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        return offset + len(chunk)

    def _verify_and_place(self, connection: Connection, sha256: str) -> None:
        partial = self.partial_path(sha256)
        actual = hashlib.sha256()
        with partial.open("rb") as handle:
            while block := handle.read(_READ_CHUNK):
                actual.update(block)
        if actual.hexdigest() != sha256:
            partial.unlink(missing_ok=True)
            connection.execute(blobs.delete().where(blobs.c.sha256 == sha256))
            # The caller commits this discard before answering: the next try starts clean.
            raise BlobHashMismatch(
                f"the uploaded bytes hash to {actual.hexdigest()}, not {sha256}: "
                "the server discarded them; upload the file again from offset 0"
            )
        final = self.final_path(sha256)
        final.parent.mkdir(parents=True, exist_ok=True)
        partial.replace(final)
        _fsync_dir(final.parent)

    def _mark_complete(
        self, connection: Connection, sha256: str, size: int, now: datetime
    ) -> BlobStatus:
        connection.execute(
            blobs.update()
            .where(blobs.c.sha256 == sha256, blobs.c.complete.is_(False))
            .values(size=size, received=size, complete=True, completed_at=now)
        )
        with contextlib.suppress(FileNotFoundError):
            self.partial_path(sha256).unlink()
        return BlobStatus(sha256=sha256, size=size, received=size, complete=True)


def _write_durably(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
