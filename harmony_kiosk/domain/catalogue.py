"""The catalogue of event types: each type, its version, and the schema of its payload.

This is the single documented source: `docs/events.md` is rendered from it
(`python -m harmony_kiosk.domain.catalogue > docs/events.md`) and tests derive their expectations
from it. A type missing here cannot be appended by the kiosk; the server still stores types it
does not know (a newer kiosk may talk to an older server).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from harmony_kiosk.domain.event_schema import (
    DECIMAL_PATTERN,
    EXCEPTION_KINDS,
    EXCEPTION_SEVERITIES,
    MAX_TEXT,
    EventType,
    FieldKind,
    FieldSpec,
    PayloadError,
)
from harmony_kiosk.domain.event_types_line import LINE_EVENT_TYPES
from harmony_kiosk.domain.event_types_station import STATION_EVENT_TYPES

__all__ = [
    "CATALOGUE",
    "EVENT_TYPES",
    "EXCEPTION_KINDS",
    "EXCEPTION_SEVERITIES",
    "EventType",
    "FieldKind",
    "FieldSpec",
    "PayloadError",
    "render_markdown",
    "validate_payload",
]

EVENT_TYPES: tuple[EventType, ...] = STATION_EVENT_TYPES + LINE_EVENT_TYPES
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
        return None if DECIMAL_PATTERN.match(value) else "expected a decimal written as a string"
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
