"""Content-addressed files (voice notes, photos), named by SHA-256 and written crash-safely.

A blob is written to a temporary file, fsynced, renamed to its hash, and the folder fsynced, all
before the event that references it commits (DESIGN.md section 3).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from harmony_kiosk.store.schema import blobs

_CHUNK = 1024 * 1024


class BlobStore:
    """The blob folder of one data folder: `<data>/blobs/ab/abcdef…`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, data: bytes) -> str:
        """Store bytes; returns their hash. Storing the same bytes twice is harmless."""
        sha256 = hashlib.sha256(data).hexdigest()
        if not self.exists(sha256):
            self._install(sha256, [data])
        return sha256

    def put_file(self, source: Path) -> str:
        """Store a file's content (streamed, so long recordings do not sit in memory)."""
        digest = hashlib.sha256()
        with source.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
        sha256 = digest.hexdigest()
        if not self.exists(sha256):
            self._install(sha256, _chunks_of(source))
        return sha256

    def read(self, sha256: str, offset: int = 0, length: int = -1) -> bytes:
        with self.path(sha256).open("rb") as handle:
            handle.seek(offset)
            return handle.read(length)

    def size(self, sha256: str) -> int:
        return self.path(sha256).stat().st_size

    # --- downloads: a partial file per blob, verified before it is renamed into place ----------
    def partial_path(self, sha256: str) -> Path:
        return self.root / "partial" / f"{sha256}.part"

    def partial_size(self, sha256: str) -> int:
        """Bytes of an interrupted download kept so far: the next try asks from there."""
        try:
            return self.partial_path(sha256).stat().st_size
        except FileNotFoundError:
            return 0

    def append_partial(self, sha256: str, offset: int, chunk: bytes) -> int:
        """Write `chunk` at `offset` of the partial download (fsynced); returns its new size."""
        partial = self.partial_path(sha256)
        partial.parent.mkdir(parents=True, exist_ok=True)
        partial.touch(exist_ok=True)
        with partial.open("r+b") as handle:
            handle.truncate(offset)  # a chunk torn by a crash is written again, not kept
            handle.seek(offset)
            handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        return offset + len(chunk)

    def install_partial(self, sha256: str) -> bool:
        """Move a finished download into place if it hashes to `sha256`; else delete it.

        Only a verified file ever gets the final name: the UI trusts whatever it finds there."""
        partial = self.partial_path(sha256)
        if _hash_of(partial) != sha256:
            partial.unlink(missing_ok=True)
            return False
        final = self.path(sha256)
        final.parent.mkdir(parents=True, exist_ok=True)
        partial.replace(final)  # each chunk was fsynced as it came; only the rename is left
        _fsync_folder(final.parent)
        return True

    def _install(self, sha256: str, chunks: Iterable[bytes]) -> None:
        folder = self.path(sha256).parent
        folder.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".incoming-")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                for chunk in chunks:
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            Path(temporary).replace(self.path(sha256))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _hash_of(source: Path) -> str:
    digest = hashlib.sha256()
    for chunk in _chunks_of(source):
        digest.update(chunk)
    return digest.hexdigest()


def _chunks_of(source: Path) -> Iterator[bytes]:
    with source.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            yield chunk


def register_blob(
    connection: Connection, sha256: str, size: int, media_type: str, now: str
) -> None:
    """Note a stored blob for upload, in the same transaction as the event that references it."""
    statement = sqlite_insert(blobs).values(
        sha256=sha256, size=size, media_type=media_type, created_at=now, uploaded_at=None
    )
    connection.execute(statement.on_conflict_do_nothing(index_elements=["sha256"]))


def register_downloaded(
    connection: Connection, sha256: str, size: int, media_type: str, now: str
) -> None:
    """Note a blob fetched from the server: already there, so never queued for upload."""
    statement = sqlite_insert(blobs).values(
        sha256=sha256, size=size, media_type=media_type, created_at=now, uploaded_at=now
    )
    connection.execute(statement.on_conflict_do_nothing(index_elements=["sha256"]))


def blobs_to_upload(connection: Connection, limit: int = 20) -> list[tuple[str, int]]:
    rows = connection.execute(
        select(blobs.c.sha256, blobs.c.size)
        .where(blobs.c.uploaded_at.is_(None))
        .order_by(blobs.c.created_at)
        .limit(limit)
    )
    return [(row.sha256, row.size) for row in rows]


def mark_uploaded(connection: Connection, sha256: str, now: str) -> None:
    connection.execute(update(blobs).where(blobs.c.sha256 == sha256).values(uploaded_at=now))
