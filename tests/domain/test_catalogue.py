"""The event catalogue: documented, enforced, and the source tests derive expectations from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from harmony_kiosk.domain.catalogue import (
    CATALOGUE,
    EVENT_TYPES,
    EventType,
    FieldKind,
    FieldSpec,
    PayloadError,
    render_markdown,
    validate_payload,
)
from harmony_kiosk.store.projector import HANDLERS

DOCS = Path(__file__).resolve().parents[2] / "docs" / "events.md"


def sample_value(spec: FieldSpec) -> Any:
    return {
        FieldKind.TEXT: "x",
        FieldKind.INT: 3,
        FieldKind.BOOL: True,
        FieldKind.DECIMAL: "12.50",
        FieldKind.CHOICE: spec.choices[0] if spec.choices else "",
    }[spec.kind]


def full_payload(event_type: EventType) -> dict[str, Any]:
    return {spec.name: sample_value(spec) for spec in event_type.fields}


def test_docs_events_md_is_rendered_from_the_catalogue() -> None:
    assert DOCS.read_text(encoding="utf-8") == render_markdown(), (
        "docs/events.md is stale: python -m harmony_kiosk.domain.catalogue > docs/events.md"
    )


def test_every_type_is_documented_and_has_a_projection_handler() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for event_type in EVENT_TYPES:
        assert f"`{event_type.name}` (version {event_type.version})" in text
        assert event_type.name in HANDLERS, f"{event_type.name} has no projection handler"
    assert len(CATALOGUE) == len(EVENT_TYPES)


@pytest.mark.parametrize("event_type", EVENT_TYPES, ids=lambda t: t.name)
def test_a_complete_payload_validates(event_type: EventType) -> None:
    assert validate_payload(event_type.name, full_payload(event_type)) is event_type


@pytest.mark.parametrize("event_type", EVENT_TYPES, ids=lambda t: t.name)
def test_each_required_field_is_enforced(event_type: EventType) -> None:
    for spec in event_type.fields:
        payload = full_payload(event_type)
        del payload[spec.name]
        if spec.required:
            with pytest.raises(PayloadError, match=spec.name):
                validate_payload(event_type.name, payload)
        else:
            validate_payload(event_type.name, payload)


@pytest.mark.parametrize("event_type", EVENT_TYPES, ids=lambda t: t.name)
def test_wrong_kinds_and_extra_fields_are_refused(event_type: EventType) -> None:
    with pytest.raises(PayloadError, match="unexpected"):
        validate_payload(event_type.name, {**full_payload(event_type), "pin": "4821"})
    for spec in event_type.fields:
        wrong: Any = 1.5 if spec.kind is not FieldKind.INT else "3"
        with pytest.raises(PayloadError, match=spec.name):
            validate_payload(event_type.name, {**full_payload(event_type), spec.name: wrong})


def test_unknown_types_cannot_be_appended() -> None:
    with pytest.raises(PayloadError, match="unknown event type"):
        validate_payload("job.teleported", {})


def test_decimals_must_be_strings_of_digits() -> None:
    payload = full_payload(CATALOGUE["step.measured"])
    for bad in ("12,5", "1e3", "NaN", "", " 12"):
        with pytest.raises(PayloadError, match="value"):
            validate_payload("step.measured", {**payload, "value": bad})
