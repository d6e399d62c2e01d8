"""The catalogue of event types: each type, its version, and the schema of its payload.

This is the single documented source: `docs/events.md` is rendered from it
(`python -m harmony_kiosk.domain.catalogue > docs/events.md`) and tests derive their expectations
from it. A type missing here cannot be appended by the kiosk; the server still stores types it
does not know (a newer kiosk may talk to an older server).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

_DECIMAL = re.compile(r"^-?\d{1,15}(\.\d{1,9})?$")
MAX_TEXT = 4000


class FieldKind(StrEnum):
    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    DECIMAL = "decimal"  # a decimal number written as a string, e.g. "12.50"
    CHOICE = "choice"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: FieldKind
    doc: str
    required: bool = True
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventType:
    name: str
    version: int
    doc: str
    fields: tuple[FieldSpec, ...]
    shared_with_line: bool = False  # flows down to the other kiosks of the line (sync)

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)


class PayloadError(ValueError):
    """A payload that does not match its event type's schema (a bug in the caller)."""


def _text(name: str, doc: str, *, required: bool = True) -> FieldSpec:
    return FieldSpec(name, FieldKind.TEXT, doc, required)


def _choice(name: str, doc: str, *choices: str) -> FieldSpec:
    return FieldSpec(name, FieldKind.CHOICE, doc, True, choices)


EXCEPTION_KINDS = ("quality", "safety", "material", "equipment", "other")
EXCEPTION_SEVERITIES = ("low", "medium", "high", "critical")

_STATION = _text("station_id", "the station the kiosk serves")
_EXCEPTION = _text("exception_id", "the exception, as given by exception.raised")
_DOWNTIME = _text("downtime_id", "the stop (UUIDv7), as given by downtime.started")
_JOB = _text("job_id", "the job (UUIDv7), as given by job.started")
_STEP = (
    _JOB,
    _text("instruction_id", "the work instruction"),
    FieldSpec("instruction_version", FieldKind.INT, "the version the job runs"),
    _text("step_id", "the step answered, stable within the instruction"),
)

EVENT_TYPES: tuple[EventType, ...] = (
    EventType(
        "session.logged_in",
        1,
        "An operator logged in at the kiosk with badge and PIN.",
        (
            _text("badge", "the operator's badge"),
            _STATION,
            _choice("language", "UI language", "en", "es"),
        ),
    ),
    EventType(
        "session.logged_out",
        1,
        "An operator's session ended.",
        (
            _text("badge", "the operator's badge"),
            _STATION,
            _choice("reason", "why it ended", "operator", "idle", "replaced"),
        ),
    ),
    EventType(
        "session.login_refused",
        1,
        "A login was refused. The PIN typed is never recorded.",
        (
            _text("badge", "the badge as typed or read"),
            _STATION,
            _choice("reason", "why", "unknown_badge", "wrong_pin", "locked", "inactive"),
        ),
    ),
    EventType(
        "job.started",
        1,
        "A job began: one run of a work order at a station, pinned to one instruction version.",
        (
            _JOB,
            _text("work_order_id", "the work order run"),
            _STATION,
            _text("line_id", "the station's line"),
            _text("instruction_id", "the instruction the order names"),
            FieldSpec(
                "instruction_version", FieldKind.INT, "the version this job keeps to the end"
            ),
            _text("instruction_hash", "SHA-256 of that version's canonical content"),
        ),
    ),
    EventType("job.paused", 1, "The job was paused; it can be resumed later.", (_JOB,)),
    EventType(
        "job.resumed",
        1,
        "A paused job was taken up again, possibly by another operator.",
        (_JOB, _STATION),
    ),
    EventType(
        "job.completed",
        1,
        "Every step was answered and the counts were reported.",
        (
            _JOB,
            FieldSpec("good", FieldKind.INT, "good units made"),
            FieldSpec("scrap", FieldKind.INT, "units scrapped"),
        ),
    ),
    EventType(
        "step.acknowledged",
        1,
        "An instruction was read, or a confirm step confirmed.",
        (*_STEP, _choice("step_kind", "the step's kind", "instruction", "confirm")),
    ),
    EventType(
        "step.measured",
        1,
        "A measurement was entered and judged against its limits. Nonconforming when outside them.",
        (
            *_STEP,
            FieldSpec("value", FieldKind.DECIMAL, "the value, in the step's precision"),
            _text("unit", "unit of the value", required=False),
            FieldSpec("lower", FieldKind.DECIMAL, "lower limit at the time", required=False),
            FieldSpec("upper", FieldKind.DECIMAL, "upper limit at the time", required=False),
            FieldSpec("conforming", FieldKind.BOOL, "whether the value lies within the limits"),
        ),
    ),
    EventType(
        "step.checked",
        1,
        "A pass/fail check was answered. A fail is nonconforming.",
        (*_STEP, FieldSpec("passed", FieldKind.BOOL, "pass (true) or fail (false)")),
    ),
    EventType(
        "step.scanned",
        1,
        "A code was scanned or typed and matched the step's pattern.",
        (*_STEP, _text("code", "the code as read")),
    ),
    EventType(
        "step.signed",
        1,
        "An electronic signature: the signer re-entered their PIN.",
        (
            *_STEP,
            _text("signer", "badge of the person who signed"),
            _text("signer_name", "their name as shown when signing"),
            _choice("meaning", "what the signature means", "performed", "verified", "approved"),
            _text("role", "the role the step requires, held by the signer"),
            _text("signed_hash", "SHA-256 of the job's answers up to this step (what was signed)"),
        ),
    ),
    EventType(
        "step.skipped",
        1,
        "An optional step was skipped.",
        _STEP,
    ),
    EventType(
        "exception.raised",
        1,
        "Trouble raised at a station, with the context captured for the person who raised it.",
        (
            _text("exception_id", "the exception (UUIDv7), shared by every kiosk of the line"),
            _choice("kind", "what kind of trouble", *EXCEPTION_KINDS),
            _choice("severity", "how bad", *EXCEPTION_SEVERITIES),
            _STATION,
            _text("line_id", "the station's line"),
            _text("text", "what the person said, typed", required=False),
            _text("work_order_id", "the work order running, if any", required=False),
            _text("job_id", "the job running, if any", required=False),
            _text("instruction_id", "the instruction, if raised from a step", required=False),
            FieldSpec("instruction_version", FieldKind.INT, "its version", required=False),
            _text("step_id", "the step it was raised from", required=False),
            FieldSpec("value", FieldKind.DECIMAL, "the measured value", required=False),
            FieldSpec("lower", FieldKind.DECIMAL, "the step's lower limit", required=False),
            FieldSpec("upper", FieldKind.DECIMAL, "the step's upper limit", required=False),
            _text("unit", "unit of the value", required=False),
            FieldSpec("blocking", FieldKind.BOOL, "holds the job until quality releases it", False),
            _text("voice_note", "SHA-256 of a voice note (a blob)", required=False),
            _text("photo", "SHA-256 of a photo (a blob)", required=False),
        ),
        shared_with_line=True,
    ),
    EventType(
        "exception.acknowledged",
        1,
        "A lead has seen the exception and owns it now.",
        (_EXCEPTION, _text("note", "anything said on acknowledging", required=False)),
        shared_with_line=True,
    ),
    EventType(
        "exception.contained",
        1,
        "The trouble is contained: what was done so that it does no more harm.",
        (_EXCEPTION, _text("action", "the containment action")),
        shared_with_line=True,
    ),
    EventType(
        "exception.resolved",
        1,
        "The decision record: what was decided, why, what else was considered, by whom (actor).",
        (
            _EXCEPTION,
            _text("decision", "what was decided"),
            _text("rationale", "why"),
            _text("alternatives", "what else was considered", required=False),
            _text("voice_note", "SHA-256 of a voice note (a blob)", required=False),
        ),
        shared_with_line=True,
    ),
    EventType(
        "exception.cancelled",
        1,
        "The exception was raised in error or is void; the reason is kept.",
        (_EXCEPTION, _text("reason", "why it was cancelled")),
        shared_with_line=True,
    ),
    EventType(
        "exception.released",
        1,
        "Quality released the hold a blocking exception had on its job.",
        (_EXCEPTION, _text("note", "release conditions", required=False)),
        shared_with_line=True,
    ),
    EventType(
        "downtime.started",
        1,
        "The station stopped. Its duration is measured on the kiosk's monotonic clock.",
        (
            _DOWNTIME,
            _STATION,
            _text("line_id", "the station's line"),
            _text("equipment", "the machine that stopped, if known", required=False),
        ),
        shared_with_line=True,
    ),
    EventType(
        "downtime.stopped",
        1,
        "The station runs again.",
        (
            _DOWNTIME,
            FieldSpec("duration_s", FieldKind.INT, "seconds stopped"),
            _choice(
                "duration_source",
                "monotonic: measured on this kiosk; wall: the kiosk restarted in between",
                "monotonic",
                "wall",
            ),
        ),
        shared_with_line=True,
    ),
    EventType(
        "downtime.coded",
        1,
        "A reason was given (or changed: the latest coding stands).",
        (
            _DOWNTIME,
            _text("reason_code", "a code of the plant's reason tree"),
            FieldSpec("planned", FieldKind.BOOL, "a planned stop (not a loss)"),
            _text("note", "what happened, in words", required=False),
            _text("voice_note", "SHA-256 of a voice note (a blob)", required=False),
        ),
        shared_with_line=True,
    ),
    EventType(
        "downtime.split",
        1,
        "One stop was really two: the part after `after_s` becomes a stop of its own.",
        (
            _DOWNTIME,
            _text("new_downtime_id", "the id of the second part"),
            FieldSpec("after_s", FieldKind.INT, "seconds from the start where the split falls"),
        ),
        shared_with_line=True,
    ),
    EventType(
        "handoff.written",
        1,
        "The outgoing lead handed the shift over: the summary the kiosk assembled, their notes.",
        (
            _text("handoff_id", "the handoff (UUIDv7)"),
            _text("line_id", "the line handed over"),
            _text("shift_id", "line/date/name of the shift"),
            _text("summary", "SHA-256 of the summary (a JSON blob: jobs, downtime, exceptions)"),
            _text("notes", "what the outgoing lead wants the next one to know", required=False),
            _text("voice_notes", "SHA-256 of voice notes, separated by spaces", required=False),
        ),
        shared_with_line=True,
    ),
    EventType(
        "handoff.accepted",
        1,
        "The incoming lead acknowledged the handoff with badge and PIN (the actor).",
        (_text("handoff_id", "the handoff accepted"),),
        shared_with_line=True,
    ),
    EventType(
        "exception.settled",
        1,
        "A lead settled conflicting decisions made on two kiosks: the chosen one stands.",
        (
            _EXCEPTION,
            _text("chosen_event_id", "the id of the decision event that stands"),
            _text("note", "why this one", required=False),
        ),
        shared_with_line=True,
    ),
)

CATALOGUE: Mapping[str, EventType] = {event_type.name: event_type for event_type in EVENT_TYPES}


def validate_payload(type_name: str, payload: Mapping[str, Any]) -> EventType:
    """Check a payload against its type's schema; return the type. Raises PayloadError."""
    event_type = CATALOGUE.get(type_name)
    if event_type is None:
        raise PayloadError(f"unknown event type {type_name!r}")
    names = {spec.name for spec in event_type.fields}
    extra = set(payload) - names
    if extra:
        raise PayloadError(f"{type_name}: unexpected fields {sorted(extra)}")
    for spec in event_type.fields:
        if spec.name not in payload or payload[spec.name] is None:
            if spec.required:
                raise PayloadError(f"{type_name}: missing {spec.name}")
            continue
        problem = _field_problem(spec, payload[spec.name])
        if problem:
            raise PayloadError(f"{type_name}.{spec.name}: {problem}")
    return event_type


def _field_problem(spec: FieldSpec, value: Any) -> str | None:
    if spec.kind is FieldKind.BOOL:
        return None if isinstance(value, bool) else "expected true or false"
    if spec.kind is FieldKind.INT:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else "expected an integer"
    if not isinstance(value, str):
        return "expected a string"
    if spec.kind is FieldKind.DECIMAL:
        return None if _DECIMAL.match(value) else "expected a decimal written as a string"
    if spec.kind is FieldKind.CHOICE:
        return None if value in spec.choices else f"expected one of {list(spec.choices)}"
    return None if len(value) <= MAX_TEXT else f"longer than {MAX_TEXT} characters"


def render_markdown() -> str:
    """The catalogue as `docs/events.md`."""
    lines = [
        "# Event catalogue",
        "",
        "Generated from `harmony_kiosk/domain/catalogue.py` "
        "(`python -m harmony_kiosk.domain.catalogue > docs/events.md`); "
        "a test keeps the two equal.",
        "",
        "Every event also carries the envelope of DESIGN.md section 3: `id` (UUIDv7), `device_id`, "
        "`seq`, `type`, `schema_version`, `occurred_at`, `hlc`, `actor`, `payload`, `prev_hash`, "
        "`hash` (SHA-256 over the RFC 8785 encoding of all other fields). "
        "Decimals travel as strings.",
        "",
    ]
    for event_type in EVENT_TYPES:
        shared = " Shared with the line's other kiosks." if event_type.shared_with_line else ""
        lines += [
            f"## `{event_type.name}` (version {event_type.version})",
            "",
            event_type.doc + shared,
            "",
            "| field | kind | required | meaning |",
            "|---|---|---|---|",
        ]
        for spec in event_type.fields:
            kind = spec.kind.value
            if spec.choices:
                kind += ": " + ", ".join(f"`{choice}`" for choice in spec.choices)
            required = "yes" if spec.required else "no"
            lines.append(f"| `{spec.name}` | {kind} | {required} | {spec.doc} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(render_markdown())
