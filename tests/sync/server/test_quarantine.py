"""Quarantine entries: listed, exported whole, retried without ever overwriting a stored event."""

from __future__ import annotations

import sqlalchemy as sa

from sync.server import quarantine
from sync.server.db.schema import events
from sync.server.db.schema import quarantine as quarantine_rows
from sync.server.db.types import dump_json
from sync.server.line_feed import catalogue_shared_types
from tests.sync.server.conftest import SHARED_TYPE, ServerUnderTest
from tests.sync.server.signed_kiosk import SignedKiosk


def test_entries_keep_the_event_exactly_as_received(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    event = kiosk.event()
    tampered = event.model_copy(update={"actor": "99999"})
    kiosk.upload([tampered])
    with plant_server.engine.connect() as db:
        (entry,) = quarantine.entries(db)
    assert (entry.device_id, entry.seq, entry.hash) == (kiosk.device_id, 1, event.hash)
    assert entry.event == tampered.model_dump()
    assert (
        entry.as_json()["reason"] == "the content does not match its hash (altered after sealing)"
    )


def test_retry_accepts_what_the_rules_accept_now(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    """An entry an older server held back by mistake is accepted on retry, as it was sent."""
    wrongly_held = kiosk.event(SHARED_TYPE, {"text": "held by an old rule"})
    plant_server.write(
        lambda db: db.execute(
            quarantine_rows.insert().values(
                device_id=kiosk.device_id,
                seq=1,
                hash=wrongly_held.hash,
                reason="old rule",
                body=dump_json(wrongly_held.model_dump()),
                counts_for_ack=True,
                received_at=plant_server.clock.now(),
                retries=0,
            )
        )
    )
    outcomes = plant_server.write(
        lambda db: quarantine.retry(db, [], plant_server.clock.now(), catalogue_shared_types())
    )
    assert outcomes == [(1, "accepted on retry")]
    stored = plant_server.scalar(
        sa.select(events.c.hash).where(events.c.device_id == kiosk.device_id)
    )
    assert stored == wrongly_held.hash
    with plant_server.engine.connect() as db:
        assert quarantine.entries(db) == []
        (resolved,) = quarantine.entries(db, include_resolved=True)
    assert (resolved.resolution, resolved.retries) == ("accepted on retry", 1)
    # Sent again by the kiosk, it is now a plain duplicate.
    assert kiosk.upload([wrongly_held]).json()["results"][0]["status"] == "duplicate"


def test_retry_leaves_what_is_still_wrong_and_counts_the_attempt(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    original = kiosk.events(1)
    kiosk.upload(original)
    kiosk.upload([kiosk.event(seq=1, payload={"rewritten": True})])
    outcomes = plant_server.write(
        lambda db: quarantine.retry(db, [1, 77], plant_server.clock.now(), catalogue_shared_types())
    )
    assert outcomes == [
        (1, "still rejected: seq 1 is taken by a different event (acknowledged history rewritten)"),
        (77, "not an open quarantine entry"),
    ]
    with plant_server.engine.connect() as db:
        (entry,) = quarantine.entries(db)
    assert entry.retries == 1
    stored = plant_server.scalar(sa.select(events.c.hash).where(events.c.seq == 1))
    assert stored == original[0].hash
