"""Events a line shares, flowing down to the line's other kiosks by a server-side cursor.

Cursors are handed out from one counter row whose lock is held until the uploading
transaction commits, so cursors become visible in increasing order: a kiosk that has read up
to N can never later miss an event numbered below N that committed late. Server ids would
not do that on PostgreSQL, where ids are drawn before commit and commits finish out of order.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from harmony_kiosk.domain.catalogue import EVENT_TYPES
from sync.protocol.models import LineEventsResponse, WireEvent
from sync.server.db.schema import events, feed_cursor
from sync.server.db.types import load_json

SharedTypes = Callable[[], frozenset[str]]
MAX_PAGE = 1000


def catalogue_shared_types() -> frozenset[str]:
    """Types the catalogue marks as shared with the line; types unknown here are not shared."""
    return frozenset(event_type.name for event_type in EVENT_TYPES if event_type.shared_with_line)


def reserve_cursors(connection: Connection, count: int) -> range:
    """`count` consecutive cursors; the counter stays locked until the caller commits."""
    last = connection.execute(
        feed_cursor.update()
        .where(feed_cursor.c.id == 1)
        .values(last=feed_cursor.c.last + count)
        .returning(feed_cursor.c.last)
    ).scalar_one()
    return range(int(last) - count + 1, int(last) + 1)


def line_events(
    connection: Connection, line_id: str, reader: str, cursor: int, limit: int
) -> LineEventsResponse:
    """The shared events of `line_id` after `cursor`, from every device but `reader`."""
    rows = connection.execute(
        sa.select(events.c.shared_cursor, events.c.body)
        .where(
            events.c.line_id == line_id,
            events.c.shared_cursor > cursor,
            events.c.device_id != reader,
        )
        .order_by(events.c.shared_cursor)
        .limit(limit + 1)
    ).all()
    page = rows[:limit]
    return LineEventsResponse(
        cursor=int(page[-1].shared_cursor) if page else cursor,
        events=[WireEvent.model_validate(load_json(row.body)) for row in page],
        more=len(rows) > limit,
    )
