"""Login with badge + PIN, the lockout, and what the journal keeps of it (never a PIN)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.operators import Role
from harmony_kiosk.errors import LoginRefused
from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.store.journal import read_events
from tests.conftest import OPERATOR, QUALITY


def payloads(kiosk: Kiosk) -> list[tuple[str, dict[str, object]]]:
    with kiosk.database.read() as connection:
        return [(event.type, dict(event.payload)) for event in read_events(connection)]


def test_login_opens_a_session_and_records_it(kiosk: Kiosk) -> None:
    session = kiosk.auth.login(*OPERATOR)
    assert session.name == "María González"
    assert session.language == "es"
    assert session.holds(Role.OPERATOR) and not session.holds(Role.QUALITY)
    kiosk.auth.logout(session)
    assert [kind for kind, _ in payloads(kiosk)] == ["session.logged_in", "session.logged_out"]
    with kiosk.database.read() as connection:
        assert connection.execute(text("SELECT count(*) FROM station_sessions")).scalar() == 0


def test_a_badge_reader_s_trailing_whitespace_is_ignored(kiosk: Kiosk) -> None:
    assert kiosk.auth.login(" 10041\n", "4821").badge == "10041"


def test_wrong_pin_and_unknown_badge_get_the_same_answer(kiosk: Kiosk) -> None:
    with pytest.raises(LoginRefused) as wrong_pin:
        kiosk.auth.login("10041", "0000")
    with pytest.raises(LoginRefused) as unknown:
        kiosk.auth.login("99999", "0000")
    assert (
        wrong_pin.value.message
        == unknown.value.message
        == "Badge or PIN not recognised. 4 tries left."
    )
    reasons = [p["reason"] for kind, p in payloads(kiosk) if kind == "session.login_refused"]
    assert reasons == ["wrong_pin", "unknown_badge"]


def test_five_wrong_pins_lock_the_badge_for_five_minutes(kiosk: Kiosk, clock: ManualClock) -> None:
    for _ in range(4):
        with pytest.raises(LoginRefused):
            kiosk.auth.login("10041", "1111")
    with pytest.raises(LoginRefused, match="now locked for 5 minutes"):
        kiosk.auth.login("10041", "1111")
    with pytest.raises(LoginRefused, match="locked for 5 minutes") as locked:
        kiosk.auth.login(*OPERATOR)  # even the right PIN waits
    assert locked.value.reason == "locked"
    clock.advance(4 * 60)
    with pytest.raises(LoginRefused, match="locked for 1 minute"):
        kiosk.auth.login(*OPERATOR)
    assert kiosk.auth.login(*QUALITY).badge == QUALITY[0]  # other badges are unaffected
    clock.advance(61)
    assert kiosk.auth.login(*OPERATOR).badge == OPERATOR[0]


def test_the_lockout_follows_the_monotonic_clock_not_the_wall_clock(
    kiosk: Kiosk, clock: ManualClock
) -> None:
    for _ in range(5):
        with pytest.raises(LoginRefused):
            kiosk.auth.login("10041", "1111")
    clock.jump_wall(24 * 3600)  # someone sets the PC's date forward
    with pytest.raises(LoginRefused, match="locked"):
        kiosk.auth.login(*OPERATOR)


def test_no_pin_ever_reaches_the_journal(kiosk: Kiosk) -> None:
    kiosk.auth.login(*OPERATOR)
    with pytest.raises(LoginRefused):
        kiosk.auth.login("10041", "975312")
    with kiosk.database.read() as connection:
        raw = connection.execute(text("SELECT group_concat(payload, '|') FROM events")).scalar()
    assert "4821" not in raw and "975312" not in raw
    assert all("pin" not in payload for _, payload in payloads(kiosk))


def test_an_inactive_badge_cannot_log_in(kiosk: Kiosk) -> None:
    with kiosk.database.write() as connection:
        connection.execute(text("UPDATE operators SET active = 0 WHERE badge = '10041'"))
    with pytest.raises(LoginRefused, match="no longer active"):
        kiosk.auth.login(*OPERATOR)
