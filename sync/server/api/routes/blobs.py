"""Blobs: how much the server holds, resumable chunked upload, and download of complete ones."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query
from fastapi.responses import FileResponse

from sync.protocol.models import MAX_BLOB_BYTES, BlobStatus
from sync.server.api.deps import ContextDep, DbDep, DeviceAuth, NowDep, SignedDep
from sync.server.blob_access import may_download, note_uploader
from sync.server.errors import BlobHashMismatch, NotFound

log = logging.getLogger(__name__)
router = APIRouter()
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]


@router.get("/v1/blobs/{sha256}", response_model=BlobStatus)
def status(device: DeviceAuth, sha256: Sha256, db: DbDep, context: ContextDep) -> BlobStatus:
    """How many bytes the server holds: resume the upload from `received`."""
    del device
    return context.blob_store.status(db, sha256)


@router.put(
    "/v1/blobs/{sha256}",
    response_model=BlobStatus,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/octet-stream": {"schema": {"type": "string"}}},
        }
    },
)
def put_chunk(
    device: DeviceAuth,
    sha256: Sha256,
    signed: SignedDep,
    db: DbDep,
    now: NowDep,
    context: ContextDep,
    x_harmony_blob_size: Annotated[int, Header(ge=0, le=MAX_BLOB_BYTES)],
    offset: Annotated[int, Query(ge=0, le=MAX_BLOB_BYTES)] = 0,
) -> BlobStatus:
    """Append the body at `offset`; complete only once the whole file hashes to `sha256`."""
    try:
        answer = context.blob_store.append(
            db, sha256, x_harmony_blob_size, offset, signed.body, now
        )
    except BlobHashMismatch:
        db.commit()  # keep the discard: the next attempt starts from zero
        raise
    note_uploader(db, sha256, device.id)
    db.commit()
    return answer


@router.get(
    "/v1/blobs/{sha256}/content",
    response_class=FileResponse,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def content(device: DeviceAuth, sha256: Sha256, db: DbDep, context: ContextDep) -> FileResponse:
    """The bytes of a complete blob (instruction images, shared attachments), to a device
    that uploaded it or whose line's events name it; 404 to any other, as if it did not exist."""
    if not may_download(db, sha256, device.id, device.device.line_id):
        raise NotFound(f"the server holds no complete blob {sha256}")
    path = context.blob_store.content(db, sha256)
    if not path.is_file():
        log.error("blob %s is complete in the database but its file is missing", sha256)
        raise NotFound(f"the server lost the file of blob {sha256}")
    return FileResponse(path, media_type="application/octet-stream")
