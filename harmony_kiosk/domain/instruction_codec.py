"""Instruction versions to and from plain dicts: how they are stored, hashed and (later) sent."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from harmony_kiosk.domain.canonical import canonical_bytes
from harmony_kiosk.domain.instructions import (
    ConfirmStep,
    InstructionStep,
    InstructionVersion,
    MeasurementStep,
    PassFailStep,
    ScanStep,
    SignatureMeaning,
    SignatureStep,
    Step,
    StepKind,
)
from harmony_kiosk.domain.operators import Role

_COMMON = ("id", "title", "text", "image", "required", "title_es", "text_es")


def step_to_dict(step: Step) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(step, name) for name in _COMMON}
    data["kind"] = step.kind.value
    if isinstance(step, MeasurementStep):
        data.update(
            unit=step.unit,
            nominal=_dec_text(step.nominal),
            lower=_dec_text(step.lower),
            upper=_dec_text(step.upper),
            decimals=step.decimals,
        )
    elif isinstance(step, ScanStep):
        data["pattern"] = step.pattern
    elif isinstance(step, SignatureStep):
        data.update(meaning=step.meaning.value, role=step.role.value)
    return data


def step_from_dict(data: Mapping[str, Any]) -> Step:
    common: dict[str, Any] = {name: data.get(name) for name in _COMMON}
    common["text"] = common["text"] or ""
    common["required"] = bool(data.get("required", True))
    kind = StepKind(data["kind"])
    if kind is StepKind.MEASUREMENT:
        return MeasurementStep(
            **common,
            unit=data.get("unit") or "",
            nominal=_dec(data.get("nominal")),
            lower=_dec(data.get("lower")),
            upper=_dec(data.get("upper")),
            decimals=int(data.get("decimals", 0)),
        )
    if kind is StepKind.SCAN:
        return ScanStep(**common, pattern=data["pattern"])
    if kind is StepKind.SIGNATURE:
        return SignatureStep(
            **common, meaning=SignatureMeaning(data["meaning"]), role=Role(data["role"])
        )
    simple: dict[StepKind, type[Step]] = {
        StepKind.INSTRUCTION: InstructionStep,
        StepKind.CONFIRM: ConfirmStep,
        StepKind.PASSFAIL: PassFailStep,
    }
    return simple[kind](**common)


def version_body(
    instruction_id: str,
    version: int,
    title: str,
    product_id: str,
    steps: tuple[Step, ...],
    title_es: str | None,
) -> dict[str, Any]:
    """The content that defines a version; its canonical hash is the version's content hash."""
    return {
        "id": instruction_id,
        "version": version,
        "title": title,
        "title_es": title_es,
        "product": product_id,
        "steps": [step_to_dict(step) for step in steps],
    }


def content_hash(body: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(body)).hexdigest()


def version_from_body(
    body: Mapping[str, Any], images: dict[str, bytes] | None = None
) -> InstructionVersion:
    steps = tuple(step_from_dict(step) for step in body["steps"])
    return InstructionVersion(
        instruction_id=body["id"],
        version=int(body["version"]),
        title=body["title"],
        product_id=body["product"],
        steps=steps,
        content_hash=content_hash(body),
        title_es=body.get("title_es"),
        images=images or {},
    )


def version_to_body(version: InstructionVersion) -> dict[str, Any]:
    return version_body(
        version.instruction_id,
        version.version,
        version.title,
        version.product_id,
        version.steps,
        version.title_es,
    )


def _dec(text: Any) -> Decimal | None:
    return None if text is None else Decimal(str(text))


def _dec_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)
