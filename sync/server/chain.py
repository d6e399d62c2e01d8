"""The verdict on one uploaded event: accepted, a harmless duplicate, or rejected and why.

Pure: it sees the device's stored neighbours of the event and nothing else, so the rules
(DESIGN.md section 4) read in one place and are tested without a database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from harmony_kiosk.domain.events import GENESIS_HASH, Event, event_hash
from sync.protocol.models import WireEvent


@dataclass(frozen=True)
class Link:
    """What the chain check needs of a stored event."""

    hash: str
    prev_hash: str


@dataclass(frozen=True)
class Verdict:
    status: Literal["accepted", "duplicate", "rejected"]
    reason: str | None = None
    # A rejected event of the uploader's own chain still fills its seq for acked_seq (it is
    # quarantined, never lost); one naming another device does not belong to this chain.
    counts_for_ack: bool = True


def to_domain(event: WireEvent) -> Event:
    # Field by field: model_dump's deep copy (hashed_content copies the payload anyway) and
    # pydantic's iteration each cost more than the hash itself.
    return Event(
        id=event.id,
        device_id=event.device_id,
        seq=event.seq,
        type=event.type,
        schema_version=event.schema_version,
        occurred_at=event.occurred_at,
        hlc=event.hlc,
        actor=event.actor,
        payload=event.payload,
        prev_hash=event.prev_hash,
        hash=event.hash,
    )


def recomputed_hash(event: WireEvent) -> str | None:
    """The hash of the event's content with the kiosk's own function; None if it has none."""
    try:
        return event_hash(to_domain(event).hashed_content())
    except (ValueError, RecursionError):  # floats, huge integers: no canonical encoding
        return None


def judge(  # noqa: PLR0911 - one return per rule, in the order they apply
    event: WireEvent, uploader: str, acked_seq: int, stored: Mapping[int, Link]
) -> Verdict:
    """Decide on `event` given the uploader's stored events around its seq."""
    seq = event.seq
    if event.device_id != uploader:
        return Verdict(
            "rejected",
            f"recorded by device {event.device_id}, not by the device that signed it",
            counts_for_ack=False,
        )
    actual = recomputed_hash(event)
    if actual is None:
        return Verdict("rejected", "the content has no canonical encoding (floats or huge numbers)")
    if actual != event.hash:
        return Verdict("rejected", "the content does not match its hash (altered after sealing)")
    existing = stored.get(seq)
    if existing is not None:
        if existing.hash == event.hash:
            return Verdict("duplicate")
        rewrite = " (acknowledged history rewritten)" if seq <= acked_seq else ""
        return Verdict("rejected", f"seq {seq} is taken by a different event{rewrite}")
    if seq == 1 and event.prev_hash != GENESIS_HASH:
        return Verdict("rejected", "the first event must follow the genesis hash")
    before = stored.get(seq - 1)
    if before is not None and before.hash != event.prev_hash:
        rewrite = " (acknowledged history rewritten)" if seq - 1 <= acked_seq else ""
        return Verdict("rejected", f"prev_hash does not match the stored event {seq - 1}{rewrite}")
    after = stored.get(seq + 1)
    if after is not None and after.prev_hash != event.hash:
        return Verdict("rejected", f"the stored event {seq + 1} does not follow this event")
    return Verdict("accepted")
