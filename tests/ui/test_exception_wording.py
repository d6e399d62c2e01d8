"""How an exception's age reads in its detail, in English and Spanish: never "just now ago"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ui.exception_wording import age_text, raised_text
from ui.language import UiLanguage

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


def _ago(**delta: float) -> str:
    return (NOW - timedelta(**delta)).isoformat().replace("+00:00", "Z")


@pytest.mark.parametrize(
    ("raised", "said"),
    [
        (_ago(seconds=20), "raised just now"),
        (_ago(seconds=-30), "raised just now"),  # a kiosk clock a little ahead of this one
        (_ago(minutes=12), "raised 12 min ago"),
        (_ago(hours=3, minutes=5), "raised 3 h 5 min ago"),
        (_ago(days=2, hours=1), "raised 2 days ago"),
        ("not a time", ""),
    ],
)
def test_the_age_of_an_exception_reads_as_one_sentence(raised: str, said: str) -> None:
    assert raised_text(raised, NOW) == said


def test_the_queue_keeps_its_short_age() -> None:
    assert age_text(_ago(seconds=20), NOW) == "just now"  # a column of its own, no "ago"


def test_in_spanish_too(spanish: UiLanguage) -> None:
    assert raised_text(_ago(seconds=20), NOW) == "reportada ahora mismo"
    assert raised_text(_ago(minutes=12), NOW) == "reportada hace 12 min"
    assert raised_text(_ago(days=2, hours=1), NOW) == "reportada hace 2 días"
