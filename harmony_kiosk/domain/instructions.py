"""Work instructions: immutable published versions made of typed steps."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from harmony_kiosk.domain.operators import Role


class StepKind(StrEnum):
    INSTRUCTION = "instruction"
    CONFIRM = "confirm"
    MEASUREMENT = "measurement"
    PASSFAIL = "passfail"
    SCAN = "scan"
    SIGNATURE = "signature"


class SignatureMeaning(StrEnum):
    PERFORMED = "performed"
    VERIFIED = "verified"
    APPROVED = "approved"


@dataclass(frozen=True)
class Step:
    """What every step has; the subclasses add what their kind asks of the operator."""

    id: str
    title: str
    text: str = ""
    image: str | None = None
    required: bool = True
    title_es: str | None = None
    text_es: str | None = None

    @property
    def kind(self) -> StepKind:
        raise NotImplementedError


@dataclass(frozen=True)
class InstructionStep(Step):
    """Information to read; answering it means "read and understood"."""

    @property
    def kind(self) -> StepKind:
        return StepKind.INSTRUCTION


@dataclass(frozen=True)
class ConfirmStep(Step):
    """An action the operator confirms having done."""

    @property
    def kind(self) -> StepKind:
        return StepKind.CONFIRM


@dataclass(frozen=True)
class MeasurementStep(Step):
    """A measured value with limits; outside them the result is nonconforming."""

    unit: str = ""
    nominal: Decimal | None = None
    lower: Decimal | None = None
    upper: Decimal | None = None
    decimals: int = 0

    @property
    def kind(self) -> StepKind:
        return StepKind.MEASUREMENT


@dataclass(frozen=True)
class PassFailStep(Step):
    """A check with two outcomes; a fail is nonconforming."""

    @property
    def kind(self) -> StepKind:
        return StepKind.PASSFAIL


@dataclass(frozen=True)
class ScanStep(Step):
    """A code (serial number, label) scanned or typed; it must match `pattern` whole."""

    pattern: str = ".+"

    @property
    def kind(self) -> StepKind:
        return StepKind.SCAN

    def matches(self, code: str) -> bool:
        return re.fullmatch(self.pattern, code) is not None


@dataclass(frozen=True)
class SignatureStep(Step):
    """An electronic signature: the signer re-enters their PIN and must hold `role`."""

    meaning: SignatureMeaning = SignatureMeaning.PERFORMED
    role: Role = Role.OPERATOR

    @property
    def kind(self) -> StepKind:
        return StepKind.SIGNATURE


@dataclass(frozen=True)
class InstructionVersion:
    """One published, immutable version of a work instruction."""

    instruction_id: str
    version: int
    title: str
    product_id: str
    steps: tuple[Step, ...]
    content_hash: str
    title_es: str | None = None
    images: dict[str, bytes] = field(default_factory=dict, compare=False, hash=False)

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def index_of(self, step_id: str) -> int:
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)
