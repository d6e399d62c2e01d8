"""Reading a typed measurement and judging it against the step's limits."""

from __future__ import annotations

from decimal import Decimal

import pytest

from harmony_kiosk.domain.instructions import MeasurementStep
from harmony_kiosk.domain.measurement import limits_text, read_measurement
from harmony_kiosk.errors import InvalidEntry

TORQUE = MeasurementStep(
    id="torque-1",
    title="Torque bolt 1",
    unit="N·m",
    nominal=Decimal("12.0"),
    lower=Decimal("11.5"),
    upper=Decimal("12.5"),
    decimals=1,
)


@pytest.mark.parametrize(
    ("typed", "value", "conforming", "deviation"),
    [
        ("12.0", "12.0", True, None),
        ("12", "12.0", True, None),
        ("11.5", "11.5", True, None),  # limits are inclusive
        ("12.5", "12.5", True, None),
        ("12.6", "12.6", False, "above"),
        ("11.4", "11.4", False, "below"),
        ("12,1", "12.1", True, None),  # a Spanish keyboard's decimal comma
        (" -0.5 ", "-0.5", False, "below"),
    ],
)
def test_values_are_judged_against_inclusive_limits(
    typed: str, value: str, conforming: bool, deviation: str | None
) -> None:
    measured = read_measurement(TORQUE, typed)
    assert measured.text() == value
    assert measured.conforming is conforming
    assert measured.deviation == deviation


@pytest.mark.parametrize("typed", ["", "abc", "12.05", "1e2", "nan", "inf", "9" * 30])
def test_what_is_not_a_plain_number_in_the_steps_precision_is_refused(typed: str) -> None:
    with pytest.raises(InvalidEntry):
        read_measurement(TORQUE, typed)


def test_one_sided_limits() -> None:
    step = MeasurementStep(id="gap", title="Gap", unit="mm", upper=Decimal("0.50"), decimals=2)
    assert read_measurement(step, "-3").conforming
    assert not read_measurement(step, "0.51").conforming
    assert limits_text(step) == "≤ 0.50 mm"
    assert limits_text(TORQUE) == "11.5 – 12.5 N·m"
