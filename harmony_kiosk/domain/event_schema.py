"""The vocabulary event types are described in: field kinds, field specs, event types."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

DECIMAL_PATTERN = re.compile(r"^-?\d{1,15}(\.\d{1,9})?$")
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


def text_field(name: str, doc: str, *, required: bool = True) -> FieldSpec:
    return FieldSpec(name, FieldKind.TEXT, doc, required)


def choice_field(name: str, doc: str, *choices: str) -> FieldSpec:
    return FieldSpec(name, FieldKind.CHOICE, doc, True, choices)


EXCEPTION_KINDS = ("quality", "safety", "material", "equipment", "other")
EXCEPTION_SEVERITIES = ("low", "medium", "high", "critical")
