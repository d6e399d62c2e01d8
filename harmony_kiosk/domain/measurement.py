"""Reading a measurement the operator typed, and judging it against the step's limits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from harmony_kiosk.domain.instructions import MeasurementStep
from harmony_kiosk.errors import InvalidEntry

_MAX_LENGTH = 24
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)$")  # no exponents, no NaN


@dataclass(frozen=True)
class MeasuredValue:
    """A value in the step's precision and its verdict."""

    value: Decimal
    conforming: bool
    deviation: str | None  # "below" or "above" the limits, None when within them

    def text(self) -> str:
        return str(self.value)


def read_measurement(step: MeasurementStep, typed: str) -> MeasuredValue:
    """Parse what the operator typed and judge it; refuse what is not a plain number."""
    cleaned = typed.strip().replace(",", ".")
    if not cleaned or len(cleaned) > _MAX_LENGTH:
        raise InvalidEntry("Enter the measured value.", code="measurement.empty")
    if not _PLAIN_NUMBER.match(cleaned):
        raise InvalidEntry(
            f"“{typed.strip()}” is not a number.",
            code="measurement.not_a_number",
            params={"typed": typed.strip()},
        )
    value = Decimal(cleaned)
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite decimals have an int exponent
    if -exponent > step.decimals:
        raise InvalidEntry(
            f"Enter at most {step.decimals} digit(s) after the decimal point."
            if step.decimals
            else "Enter a whole number.",
            code="measurement.decimals" if step.decimals else "measurement.whole",
            params={"decimals": step.decimals},
        )
    value = value.quantize(Decimal(1).scaleb(-step.decimals))
    if step.lower is not None and value < step.lower:
        return MeasuredValue(value, conforming=False, deviation="below")
    if step.upper is not None and value > step.upper:
        return MeasuredValue(value, conforming=False, deviation="above")
    return MeasuredValue(value, conforming=True, deviation=None)


def limits_text(step: MeasurementStep) -> str:
    """The limits as an operator reads them: "11.5 – 12.5 N·m"."""
    unit = f" {step.unit}" if step.unit else ""
    if step.lower is not None and step.upper is not None:
        return f"{step.lower} – {step.upper}{unit}"
    if step.lower is not None:
        return f"≥ {step.lower}{unit}"
    if step.upper is not None:
        return f"≤ {step.upper}{unit}"
    return "no limits"
