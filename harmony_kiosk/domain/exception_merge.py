"""An exception's lifecycle, merged from every kiosk's events in HLC order.

open → acknowledged → contained → resolved, or cancelled with a reason. Two kiosks acting on one
exception offline both keep their events: the merge orders them by HLC (device id breaks ties),
so every kiosk computes the same state. Two different decisions (two resolutions that differ, or
a resolution and a cancellation) are both kept and flagged for a lead to settle.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from harmony_kiosk.domain.events import Event
from harmony_kiosk.domain.operators import Role


class ExceptionStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    CONTAINED = "contained"
    RESOLVED = "resolved"
    CANCELLED = "cancelled"


_LIVE = frozenset({ExceptionStatus.OPEN, ExceptionStatus.ACKNOWLEDGED, ExceptionStatus.CONTAINED})
# event type -> (states it applies in, state it leads to)
TRANSITIONS: dict[str, tuple[frozenset[ExceptionStatus], ExceptionStatus]] = {
    "exception.acknowledged": (frozenset({ExceptionStatus.OPEN}), ExceptionStatus.ACKNOWLEDGED),
    "exception.contained": (
        frozenset({ExceptionStatus.OPEN, ExceptionStatus.ACKNOWLEDGED}),
        ExceptionStatus.CONTAINED,
    ),
    "exception.resolved": (_LIVE, ExceptionStatus.RESOLVED),
    "exception.cancelled": (_LIVE, ExceptionStatus.CANCELLED),
}
DECISION_TYPES = frozenset({"exception.resolved", "exception.cancelled"})


def roles_allowed(event_type: str, kind: str) -> frozenset[Role]:
    """Who may make a transition (DESIGN.md section 6); a broader role includes a narrower one."""
    quality = kind == "quality"
    if event_type in {"exception.acknowledged", "exception.contained", "exception.cancelled"}:
        return frozenset({Role.TEAM_LEAD, Role.QUALITY}) if quality else frozenset({Role.TEAM_LEAD})
    if event_type == "exception.resolved":
        return (
            frozenset({Role.QUALITY, Role.SUPERVISOR}) if quality else frozenset({Role.SUPERVISOR})
        )
    if event_type == "exception.released":
        return frozenset({Role.QUALITY})
    if event_type == "exception.settled":
        return frozenset({Role.TEAM_LEAD, Role.QUALITY}) if quality else frozenset({Role.TEAM_LEAD})
    return frozenset({Role.OPERATOR})


@dataclass(frozen=True)
class Decision:
    """A resolution or cancellation: what was decided, why, what else was considered, by whom."""

    event_id: str
    kind: str  # "resolved" or "cancelled"
    decided_by: str
    decision: str
    rationale: str
    alternatives: str
    hlc: str
    device_id: str


@dataclass(frozen=True)
class MergedException:
    id: str
    raised: dict[str, Any]
    raised_by: str
    status: ExceptionStatus
    decisions: tuple[Decision, ...]
    conflict: bool  # different decisions were made and no lead has settled them yet
    on_hold: bool  # a blocking exception not yet released by quality
    history: tuple[tuple[str, str, str, str], ...]  # (hlc, device id, type, actor)
    anomalies: tuple[str, ...]  # events that arrived for a state they do not apply to

    @property
    def kind(self) -> str:
        return str(self.raised["kind"])

    @property
    def decision(self) -> Decision | None:
        """The decision in force: the settled one, else the first one (HLC order)."""
        return self.decisions[0] if self.decisions else None


def merge(events: Iterable[Event]) -> MergedException:
    """Fold all events of one exception, from any kiosk, in (HLC, device id) order."""
    ordered = sorted(events, key=lambda event: (event.hlc, event.device_id, event.seq))
    raised = next((e for e in ordered if e.type == "exception.raised"), None)
    if raised is None:
        raise ValueError("an exception's events must include exception.raised")
    status = ExceptionStatus.OPEN
    decisions: list[Decision] = []
    settled: str | None = None
    released = False
    anomalies: list[str] = []
    for event in ordered:
        if event.type in TRANSITIONS:
            allowed_from, target = TRANSITIONS[event.type]
            if event.type in DECISION_TYPES:
                decisions.append(_decision(event))
            if status in allowed_from:
                status = target
            else:
                anomalies.append(f"{event.type} by {event.actor} arrived while {status.value}")
        elif event.type == "exception.released":
            released = True
        elif event.type == "exception.settled":
            settled = str(event.payload["chosen_event_id"])
    distinct = {(d.kind, d.decision.strip().casefold()) for d in decisions}
    if settled is not None:
        chosen = [d for d in decisions if d.event_id == settled]
        decisions = chosen + [d for d in decisions if d.event_id != settled]
        if chosen:
            status = (
                ExceptionStatus.RESOLVED
                if chosen[0].kind == "resolved"
                else ExceptionStatus.CANCELLED
            )
    return MergedException(
        id=str(raised.payload["exception_id"]),
        raised=dict(raised.payload),
        raised_by=raised.actor,
        status=status,
        decisions=tuple(decisions),
        conflict=len(distinct) > 1 and settled is None,
        on_hold=bool(raised.payload.get("blocking")) and not released,
        history=tuple((e.hlc, e.device_id, e.type, e.actor) for e in ordered),
        anomalies=tuple(anomalies),
    )


def _decision(event: Event) -> Decision:
    payload = event.payload
    resolved = event.type == "exception.resolved"
    return Decision(
        event_id=event.id,
        kind="resolved" if resolved else "cancelled",
        decided_by=event.actor,
        decision=str(payload["decision"] if resolved else "cancelled"),
        rationale=str(payload["rationale"] if resolved else payload["reason"]),
        alternatives=str(payload.get("alternatives") or ""),
        hlc=event.hlc,
        device_id=event.device_id,
    )
