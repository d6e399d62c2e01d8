"""The journal in SQLite: gapless seq, linked hashes, HLC order, one transaction per action."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import text

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.catalogue import PayloadError
from harmony_kiosk.domain.events import GENESIS_HASH
from harmony_kiosk.domain.hlc import HlcStamp
from harmony_kiosk.services.kiosk import Kiosk, verify_journal
from harmony_kiosk.store.journal import read_events

PAYLOAD = {"badge": "10041", "station_id": "LINE1-ST1", "reason": "operator"}


def test_events_chain_from_seq_1_with_linked_hashes(kiosk: Kiosk) -> None:
    for _ in range(5):
        with kiosk.uow.action() as action:
            action.record("session.logged_out", "10041", PAYLOAD)
    with kiosk.database.read() as connection:
        events = list(read_events(connection))
    assert [event.seq for event in events] == [1, 2, 3, 4, 5]
    assert events[0].prev_hash == GENESIS_HASH
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(events))
    assert {event.device_id for event in events} == {kiosk.identity.device_id}
    report = verify_journal(kiosk.database, kiosk.identity.device_id)
    assert report.first_break is None
    assert report.events_checked == 5


def test_hlc_keeps_increasing_when_the_wall_clock_jumps_back(
    kiosk: Kiosk, clock: ManualClock
) -> None:
    stamps = []
    for jump in (0, -3600, 10, -86400):
        clock.jump_wall(jump)
        with kiosk.uow.action() as action:
            stamps.append(action.record("session.logged_out", "10041", PAYLOAD).hlc)
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 4
    assert all(HlcStamp.parse(stamp) for stamp in stamps)


def test_a_failed_action_leaves_no_event_and_no_gap(kiosk: Kiosk) -> None:
    with kiosk.uow.action() as action:
        action.record("session.logged_out", "10041", PAYLOAD)

    class Interrupted(Exception):
        pass

    with pytest.raises(Interrupted), kiosk.uow.action() as action:
        action.record("session.logged_out", "10041", PAYLOAD)
        raise Interrupted
    with kiosk.uow.action() as action:
        action.record("session.logged_out", "10041", PAYLOAD)
    with kiosk.database.read() as connection:
        assert [event.seq for event in read_events(connection)] == [1, 2]


def test_a_payload_outside_the_catalogue_is_refused_before_anything_is_written(
    kiosk: Kiosk,
) -> None:
    with pytest.raises(PayloadError), kiosk.uow.action() as action:
        action.record("session.logged_out", "10041", {**PAYLOAD, "pin": "4821"})
    with kiosk.database.read() as connection:
        assert connection.execute(text("SELECT count(*) FROM events")).scalar() == 0


def test_the_chain_resumes_after_a_restart(kiosk: Kiosk, clock: ManualClock) -> None:
    from harmony_kiosk.services.kiosk import open_kiosk

    with kiosk.uow.action() as action:
        first = action.record("session.logged_out", "10041", PAYLOAD)
    kiosk.close()
    reopened = open_kiosk(kiosk.data_dir, clock)
    with reopened.uow.action() as action:
        second = action.record("session.logged_out", "10041", PAYLOAD)
    assert second.seq == 2
    assert second.prev_hash == first.hash
    assert second.hlc > first.hlc
    reopened.close()
