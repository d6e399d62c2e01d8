"""What a bench operator answers to each kind of step: mostly good values, now and then not."""

from __future__ import annotations

from decimal import Decimal

from harmony_kiosk.domain.instructions import MeasurementStep, ScanStep

_OUT_OF_LIMITS_EVERY = 40  # one measurement in 40 is nonconforming
_FAILED_CHECK_EVERY = 30  # one pass/fail check in 30 fails


def measured_value(step: MeasurementStep, turn: int) -> str:
    """A value typed on the keypad: mid-tolerance, or just above the upper limit now and then."""
    quantum = Decimal(1).scaleb(-step.decimals)
    low = step.lower if step.lower is not None else step.nominal or Decimal(0)
    high = step.upper if step.upper is not None else low + 10 * quantum
    value = high + quantum if turn % _OUT_OF_LIMITS_EVERY == 0 else (low + high) / 2
    return str(value.quantize(quantum))


def check_passes(turn: int) -> bool:
    return turn % _FAILED_CHECK_EVERY != 0


def scanned_code(step: ScanStep, turn: int) -> str:
    """A code of the shape the step's pattern asks for (the demo plant's serials and labels)."""
    serial = turn % 1_000_000
    for code in (
        f"GBX250-{serial:06d}",
        f"LPN{turn % 10**10:010d}",
        f"PMP45-{serial:06d}-{turn % 100_000:05d}",
        f"SN{serial:06d}",
    ):
        if step.matches(code):
            return code
    raise ValueError(f"the bench has no sample code matching {step.pattern!r}")
