"""Which attachments other kiosks of the line shared that this kiosk does not hold yet."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

from sqlalchemy import Connection, or_, select

from harmony_kiosk.store.schema import remote_events

# Payload fields that name blobs (event_types_line.py); `voice_notes` holds several, by spaces.
BLOB_FIELDS = ("photo", "voice_note", "voice_notes", "summary")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_PAGE = 200


def blob_hashes(payload: dict[str, object]) -> list[str]:
    """The blob hashes an event's payload names, in field order, each once."""
    found: list[str] = []
    for field in BLOB_FIELDS:
        value = payload.get(field)
        for word in value.split() if isinstance(value, str) else ():
            if _SHA256.match(word) and word not in found:
                found.append(word)
    return found


def missing_blobs(
    connection: Connection, present: Callable[[str], bool], limit: int, skip: frozenset[str]
) -> list[str]:
    """Up to `limit` hashes named by other kiosks' events and not `present`, newest first:
    what was just raised on the line is what a lead opens next. `skip` is left out (blobs
    the server cannot give yet)."""
    wanted: list[str] = []
    for sha256 in _named_newest_first(connection):
        if len(wanted) >= limit:
            break
        if sha256 not in wanted and sha256 not in skip and not present(sha256):
            wanted.append(sha256)
    return wanted


def _named_newest_first(connection: Connection) -> Iterator[str]:
    # The LIKE narrows the scan to payloads that name a blob field at all (most do not).
    names_a_blob = or_(*(remote_events.c.payload.like(f'%"{field}":"%') for field in BLOB_FIELDS))
    query = (
        select(remote_events.c.payload)
        .where(names_a_blob)
        .order_by(remote_events.c.server_cursor.desc(), remote_events.c.hlc.desc())
    )
    for row in connection.execute(query.execution_options(yield_per=_PAGE)):
        payload = json.loads(row.payload)
        if isinstance(payload, dict):
            yield from blob_hashes(payload)
