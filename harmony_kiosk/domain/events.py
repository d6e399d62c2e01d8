"""Journal events: their fields, their hash, and the rules of an unbroken chain."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from harmony_kiosk.domain.canonical import canonical_bytes

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class Event:
    """One immutable fact recorded by a kiosk (DESIGN.md section 3)."""

    id: str
    device_id: str
    seq: int
    type: str
    schema_version: int
    occurred_at: str
    hlc: str
    actor: str
    payload: Mapping[str, Any]
    prev_hash: str
    hash: str

    def hashed_content(self) -> dict[str, Any]:
        """Everything the hash covers: every field but the hash itself."""
        return {
            "id": self.id,
            "device_id": self.device_id,
            "seq": self.seq,
            "type": self.type,
            "schema_version": self.schema_version,
            "occurred_at": self.occurred_at,
            "hlc": self.hlc,
            "actor": self.actor,
            "payload": dict(self.payload),
            "prev_hash": self.prev_hash,
        }


def event_hash(content: Mapping[str, Any]) -> str:
    """SHA-256 over the canonical encoding of an event's content, as lowercase hex."""
    return hashlib.sha256(canonical_bytes(content)).hexdigest()


def seal(
    *,
    id: str,
    device_id: str,
    seq: int,
    type: str,
    schema_version: int,
    occurred_at: str,
    hlc: str,
    actor: str,
    payload: Mapping[str, Any],
    prev_hash: str,
) -> Event:
    """Build an event and compute its hash."""
    unsealed = Event(
        id, device_id, seq, type, schema_version, occurred_at, hlc, actor, payload, prev_hash, ""
    )
    return Event(**{**unsealed.__dict__, "hash": event_hash(unsealed.hashed_content())})


@dataclass(frozen=True)
class ChainBreak:
    """The first place where a journal stops being one unbroken, untampered chain."""

    seq: int
    problem: str


@dataclass(frozen=True)
class ChainReport:
    """The result of walking a chain: how many events held, and the first break if any."""

    events_checked: int
    first_break: ChainBreak | None


def check_chain(events: Iterable[Event], device_id: str) -> ChainReport:
    """Walk events in seq order; stop at the first gap, broken link, altered event or stranger."""
    expected_seq = 1
    prev_hash = GENESIS_HASH
    for event in events:
        problem = None
        if event.seq != expected_seq:
            problem = ChainBreak(
                expected_seq, f"seq {expected_seq} is missing (next is {event.seq})"
            )
        elif event.device_id != device_id:
            problem = ChainBreak(event.seq, f"recorded by another device ({event.device_id})")
        elif event.prev_hash != prev_hash:
            problem = ChainBreak(event.seq, "prev_hash does not match the hash of the event before")
        elif event_hash(event.hashed_content()) != event.hash:
            problem = ChainBreak(
                event.seq, "content does not match its hash (altered after commit)"
            )
        if problem:
            return ChainReport(expected_seq - 1, problem)
        prev_hash = event.hash
        expected_seq += 1
    return ChainReport(expected_seq - 1, None)
