"""Logging in and out with badge + PIN, the badge lockout, and checking an e-signature's signer."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from harmony_kiosk.clock import Clock
from harmony_kiosk.domain.lockout import LOCK_SECONDS, MAX_FAILURES, BadgeLockout
from harmony_kiosk.domain.operators import Operator, Role
from harmony_kiosk.domain.pins import verify_pin
from harmony_kiosk.errors import LoginRefused, NotAllowed
from harmony_kiosk.services.unit_of_work import UnitOfWork
from harmony_kiosk.store import master_data

log = logging.getLogger(__name__)
MAX_BADGE_LENGTH = 32
_MAX_PIN = 12


@dataclass(frozen=True)
class OperatorSession:
    """Who is logged in at this kiosk."""

    badge: str
    name: str
    roles: frozenset[Role]
    language: str

    def holds(self, role: Role) -> bool:
        return Operator(self.badge, self.name, self.roles, self.language, pin_hash="").holds(role)


def _minutes_text(seconds: float) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


class AuthService:
    """Badge + PIN checks for one station. PIN hashes are checked outside any write lock."""

    def __init__(self, uow: UnitOfWork, clock: Clock, station_id: str) -> None:
        self._uow = uow
        self._clock = clock
        self._station_id = station_id
        self._lockout = BadgeLockout()

    def login(self, badge: str, pin: str) -> OperatorSession:
        """Open a session, or record why not and raise LoginRefused."""
        badge = badge.strip()
        try:
            operator = self.check_credentials(badge, pin)
        except LoginRefused as refusal:
            with self._uow.action() as action:
                action.record(
                    "session.login_refused",
                    badge or "-",
                    {"badge": badge, "station_id": self._station_id, "reason": refusal.reason},
                )
            raise
        with self._uow.action() as action:
            action.record(
                "session.logged_in",
                operator.badge,
                {
                    "badge": operator.badge,
                    "station_id": self._station_id,
                    "language": operator.language,
                },
            )
        log.info("operator logged in", extra={"badge": operator.badge})
        return OperatorSession(operator.badge, operator.name, operator.roles, operator.language)

    def logout(self, session: OperatorSession, reason: str = "operator") -> None:
        with self._uow.action() as action:
            action.record(
                "session.logged_out",
                session.badge,
                {"badge": session.badge, "station_id": self._station_id, "reason": reason},
            )

    def check_signer(self, badge: str, pin: str, role: Role) -> Operator:
        """The operator whose badge + PIN were given, if they hold `role`; else raise."""
        operator = self.check_credentials(badge.strip(), pin)
        if not operator.holds(role):
            role_name = role.value.replace("_", " ")
            raise NotAllowed(
                f"{operator.name} does not hold the {role_name} role this signature needs.",
                code="signature.role",
                params={"name": operator.name, "role": role.value},
            )
        return operator

    def check_credentials(self, badge: str, pin: str) -> Operator:
        """Verify badge + PIN against the stored hash, counting failures toward the lockout.

        An unknown badge and a wrong PIN get the same answer, so the screen does not tell a
        stranger which badge numbers exist.
        """
        now = self._clock.monotonic()
        if not badge or len(badge) > MAX_BADGE_LENGTH or not badge.isprintable():
            raise LoginRefused("Scan your badge or type its number.", reason="unknown_badge")
        locked = self._lockout.locked_for(badge, now)
        if locked:
            raise LoginRefused(
                f"This badge is locked for {_minutes_text(locked)} "
                f"after {MAX_FAILURES} wrong PINs.",
                reason="locked",
                locked_for_s=locked,
            )
        with self._uow.reading() as connection:
            operator = master_data.operator(connection, badge)
        if operator is None or len(pin) > _MAX_PIN or not verify_pin(pin, operator.pin_hash):
            reason = "unknown_badge" if operator is None else "wrong_pin"
            lock = self._lockout.record_failure(badge, now)
            if lock:
                raise LoginRefused(
                    "Badge or PIN not recognised. This badge is now locked for "
                    f"{_minutes_text(LOCK_SECONDS)}.",
                    reason=reason,
                    locked_for_s=lock,
                )
            left = self._lockout.failures_left(badge)
            tries = "try" if left == 1 else "tries"
            raise LoginRefused(
                f"Badge or PIN not recognised. {left} {tries} left.",
                reason=reason,
                tries_left=left,
            )
        if not operator.active:
            raise LoginRefused(
                "This badge is no longer active. Please see your team lead.", reason="inactive"
            )
        self._lockout.record_success(badge)
        return operator
