"""Writing accepted event rows in one go (COPY on PostgreSQL): what is read back is what went in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from sync.server.db.schema import events
from sync.server.event_insert import insert_events
from sync.server.ingest import event_row
from tests.sync.server.conftest import ServerUnderTest
from tests.sync.server.signed_kiosk import SignedKiosk

# Text that COPY's text format must escape (tab, newline, backslash) and some that is not ASCII.
AWKWARD = {"note": "tab\there\nnew line \\N \\. é€😀 \u007f", "quote": 'say "hi"'}


def _stored(server: ServerUnderTest) -> list[sa.Row[tuple[object, ...]]]:
    with server.engine.connect() as db:
        return list(db.execute(sa.select(events).order_by(events.c.seq)))


def test_rows_read_back_exactly_as_they_were_written(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    chain = [kiosk.event(payload=AWKWARD), kiosk.event("exception.raised"), kiosk.event()]
    # A zone other than UTC: the column keeps the instant, as UtcDateTime does for a statement.
    now = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2)))
    rows = [event_row(event, "LINE1", now) for event in chain]
    rows[1]["shared_cursor"] = 41
    plant_server.write(lambda db: insert_events(db, rows))

    stored = _stored(plant_server)
    assert [row.seq for row in stored] == [1, 2, 3]
    for row, written in zip(stored, rows, strict=True):
        for name, value in written.items():
            expected = value.astimezone(UTC) if name == "received_at" else value
            assert getattr(row, name) == expected, name
    assert [row.shared_cursor for row in stored] == [None, 41, None]


def test_an_empty_batch_writes_nothing(plant_server: ServerUnderTest) -> None:
    plant_server.write(lambda db: insert_events(db, []))
    assert _stored(plant_server) == []


def test_a_taken_seq_fails_as_a_database_error_and_stores_nothing(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    """Ingest never sends a taken seq (it checks under the device's lock); if it ever did, the
    unique constraint refuses the whole batch as a DBAPIError, which the API answers 503."""
    first, second = kiosk.event(), kiosk.event()
    now = datetime.now(UTC)
    plant_server.write(lambda db: insert_events(db, [event_row(first, "LINE1", now)]))
    again = [event_row(second, "LINE1", now), event_row(first, "LINE1", now)]
    with pytest.raises(sa.exc.DBAPIError):
        plant_server.write(lambda db: insert_events(db, again))
    assert [row.seq for row in _stored(plant_server)] == [1]
