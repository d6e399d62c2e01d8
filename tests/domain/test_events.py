"""Sealed events and the chain check that finds gaps, broken links and altered content."""

from __future__ import annotations

import dataclasses

from harmony_kiosk.domain.events import GENESIS_HASH, Event, check_chain, event_hash, seal

DEVICE = "0b7c6a8e-2f51-4e0c-9d55-6a1f0f3a9c11"


def make_chain(length: int) -> list[Event]:
    chain: list[Event] = []
    prev = GENESIS_HASH
    for seq in range(1, length + 1):
        event = seal(
            id=f"id-{seq}",
            device_id=DEVICE,
            seq=seq,
            type="job.paused",
            schema_version=1,
            occurred_at="2026-11-25T14:00:00.000Z",
            hlc=f"{seq:018d}-00000",
            actor="10041",
            payload={"job_id": f"job-{seq}"},
            prev_hash=prev,
        )
        chain.append(event)
        prev = event.hash
    return chain


def test_hash_covers_every_field_but_itself() -> None:
    event = make_chain(1)[0]
    assert event.hash == event_hash(event.hashed_content())
    for field in dataclasses.fields(Event):
        if field.name in {"hash", "payload"}:
            continue
        value = getattr(event, field.name)
        changed = dataclasses.replace(
            event, **{field.name: value + 1 if isinstance(value, int) else value + "x"}
        )
        assert event_hash(changed.hashed_content()) != event.hash, field.name


def test_a_whole_chain_verifies() -> None:
    report = check_chain(make_chain(5), DEVICE)
    assert report.first_break is None
    assert report.events_checked == 5


def test_a_gap_is_reported_at_the_missing_seq() -> None:
    chain = make_chain(5)
    report = check_chain(chain[:2] + chain[3:], DEVICE)
    assert report.first_break is not None
    assert report.first_break.seq == 3
    assert "missing" in report.first_break.problem
    assert report.events_checked == 2


def test_altered_payload_is_reported() -> None:
    chain = make_chain(4)
    chain[2] = dataclasses.replace(chain[2], payload={"job_id": "forged"})
    report = check_chain(chain, DEVICE)
    assert report.first_break is not None
    assert report.first_break.seq == 3
    assert "altered" in report.first_break.problem


def test_a_rewritten_event_breaks_the_next_link() -> None:
    chain = make_chain(4)
    forged = seal(**{**chain[1].hashed_content(), "payload": {"job_id": "forged"}})
    chain[1] = forged  # consistent in itself, but the event after it points at the original
    report = check_chain(chain, DEVICE)
    assert report.first_break is not None
    assert report.first_break.seq == 3
    assert "prev_hash" in report.first_break.problem


def test_another_devices_event_is_reported() -> None:
    chain = make_chain(2)
    report = check_chain(chain, "another-device")
    assert report.first_break is not None
    assert report.first_break.seq == 1
