"""Which device may fetch which blob: its own uploads, its line's attachments, plant images.

A blob is named by its hash, and a hash says nothing about who may read it: without this check
any enrolled kiosk could fetch another line's photos by guessing or replaying a hash.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync.server.db.schema import blob_uploaders, events, instruction_versions
from sync.server.master.upsert import insert_missing


def note_uploader(connection: Connection, sha256: str, device_id: str) -> None:
    """Remember that `device_id` sent (part of) this blob; repeats change nothing."""
    insert_missing(connection, blob_uploaders, {"sha256": sha256, "device_id": device_id})


def may_download(connection: Connection, sha256: str, device_id: str, line_id: str) -> bool:
    """True for the uploader, for any blob an event of the device's line names, and for
    instruction images (master data every kiosk of the site takes)."""
    # A SHA-256 in hex is [0-9a-f]{64} (the route checks it): safe inside a LIKE pattern.
    named = f"%{sha256}%"
    uploaded = sa.select(blob_uploaders.c.sha256).where(
        blob_uploaders.c.sha256 == sha256, blob_uploaders.c.device_id == device_id
    )
    image = sa.select(instruction_versions.c.content_hash).where(
        instruction_versions.c.images.like(named)
    )
    # The (line_id, shared_cursor) index narrows the scan to the line's own events.
    attached = sa.select(events.c.server_id).where(
        events.c.line_id == line_id, events.c.body.like(named)
    )
    return any(
        connection.execute(query.limit(1)).first() is not None
        for query in (uploaded, image, attached)
    )
