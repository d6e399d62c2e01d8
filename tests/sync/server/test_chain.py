"""The verdict rules on single events, without a database."""

from __future__ import annotations

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.events import GENESIS_HASH
from sync.server.chain import Link, judge
from tests.sync.server.signed_kiosk import SignedKiosk, new_device_id


@pytest.fixture
def chain() -> SignedKiosk:
    return SignedKiosk(None, new_device_id(), "secret", ManualClock())  # type: ignore[arg-type]


def _link(event: object) -> Link:
    return Link(event.hash, event.prev_hash)  # type: ignore[attr-defined]


def test_a_well_formed_first_event_is_accepted(chain: SignedKiosk) -> None:
    assert judge(chain.event(), chain.device_id, 0, {}).status == "accepted"


def test_the_same_event_again_is_a_duplicate(chain: SignedKiosk) -> None:
    first = chain.event()
    assert judge(first, chain.device_id, 1, {1: _link(first)}).status == "duplicate"


def test_a_different_event_for_a_taken_seq_is_rejected_and_says_history_was_rewritten(
    chain: SignedKiosk,
) -> None:
    first = chain.event()
    other = chain.event(seq=1, payload={"changed": True})
    verdict = judge(other, chain.device_id, 1, {1: _link(first)})
    assert verdict.status == "rejected"
    assert verdict.reason == "seq 1 is taken by a different event (acknowledged history rewritten)"


def test_altered_content_is_rejected(chain: SignedKiosk) -> None:
    event = chain.event()
    altered = event.model_copy(update={"actor": "someone-else"})
    verdict = judge(altered, chain.device_id, 0, {})
    assert verdict.status == "rejected"
    assert "does not match its hash" in (verdict.reason or "")


def test_a_payload_without_canonical_encoding_is_rejected_not_crashed(chain: SignedKiosk) -> None:
    event = chain.event().model_copy(update={"payload": {"value": 1.5}})
    verdict = judge(event, chain.device_id, 0, {})
    assert verdict.status == "rejected"
    assert "canonical" in (verdict.reason or "")


def test_an_event_of_another_device_is_rejected_and_does_not_fill_a_seq(chain: SignedKiosk) -> None:
    stranger = chain.event(device_id=new_device_id())
    verdict = judge(stranger, chain.device_id, 0, {})
    assert (verdict.status, verdict.counts_for_ack) == ("rejected", False)


def test_the_first_event_must_start_from_genesis(chain: SignedKiosk) -> None:
    event = chain.event(seq=1, prev_hash="a" * 64)
    assert judge(event, chain.device_id, 0, {}).status == "rejected"


def test_a_broken_link_to_the_stored_predecessor_is_rejected(chain: SignedKiosk) -> None:
    first, _second = chain.events(2)
    forged = chain.event(seq=2, prev_hash="b" * 64)
    verdict = judge(forged, chain.device_id, 1, {1: _link(first)})
    assert verdict.status == "rejected"
    assert (
        verdict.reason
        == "prev_hash does not match the stored event 1 (acknowledged history rewritten)"
    )


def test_an_event_that_the_stored_successor_does_not_follow_is_rejected(chain: SignedKiosk) -> None:
    _first, second = chain.events(2)
    impostor = chain.event(seq=1, payload={"impostor": True})
    verdict = judge(impostor, chain.device_id, 0, {2: _link(second)})
    assert verdict.status == "rejected"
    assert "does not follow" in (verdict.reason or "")


def test_an_event_after_a_missing_predecessor_is_accepted(chain: SignedKiosk) -> None:
    """A gap (or a quarantined predecessor) never blocks the events after it."""
    events = chain.events(3)
    assert judge(events[2], chain.device_id, 0, {}).status == "accepted"
    assert events[0].prev_hash == GENESIS_HASH
