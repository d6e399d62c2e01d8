"""PIN hashes (scrypt, salted) and the five-strikes badge lockout."""

from __future__ import annotations

from harmony_kiosk.domain.lockout import LOCK_SECONDS, BadgeLockout
from harmony_kiosk.domain.operators import Role, pin_problem
from harmony_kiosk.domain.pins import hash_pin, is_pin_hash, verify_pin


def test_pins_are_salted_and_verified() -> None:
    first, second = hash_pin("4821"), hash_pin("4821")
    assert first != second  # a fresh salt each time
    assert "4821" not in first
    assert is_pin_hash(first)
    assert verify_pin("4821", first)
    assert not verify_pin("4822", first)


def test_a_malformed_hash_matches_nothing() -> None:
    for stored in ("", "plain", "scrypt$x$8$1$abc$def", "bcrypt$16384$8$1$AAAA$AAAA"):
        assert not verify_pin("4821", stored)


def test_pin_length_depends_on_roles() -> None:
    assert pin_problem("4821", frozenset({Role.OPERATOR})) is None
    assert pin_problem("482", frozenset({Role.OPERATOR})) is not None
    assert pin_problem("4821", frozenset({Role.QUALITY})) is not None
    assert pin_problem("482105", frozenset({Role.QUALITY})) is None
    assert pin_problem("48a1", frozenset({Role.OPERATOR})) is not None


def test_five_wrong_pins_lock_the_badge_for_five_minutes() -> None:
    lockout = BadgeLockout()
    for attempt in range(4):
        assert lockout.record_failure("10041", now=100.0 + attempt) == 0
    assert lockout.locked_for("10041", 104.0) == 0
    assert lockout.record_failure("10041", now=104.0) == LOCK_SECONDS
    assert lockout.locked_for("10041", 104.0 + 299) == 1.0
    assert lockout.locked_for("other", 105.0) == 0
    assert lockout.locked_for("10041", 104.0 + LOCK_SECONDS) == 0
    assert lockout.failures_left("10041") == 5  # a fresh start once the lock ran out


def test_a_success_resets_the_count() -> None:
    lockout = BadgeLockout()
    for _ in range(4):
        lockout.record_failure("10041", now=1.0)
    lockout.record_success("10041")
    assert lockout.failures_left("10041") == 5
