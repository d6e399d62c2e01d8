"""Operators, their roles, and what each role may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    OPERATOR = "operator"
    TEAM_LEAD = "team_lead"
    QUALITY = "quality"
    SUPERVISOR = "supervisor"


# Each role may do everything of the roles it includes (DESIGN.md section 6).
_INCLUDES: dict[Role, frozenset[Role]] = {
    Role.OPERATOR: frozenset({Role.OPERATOR}),
    Role.TEAM_LEAD: frozenset({Role.TEAM_LEAD, Role.OPERATOR}),
    Role.QUALITY: frozenset({Role.QUALITY, Role.OPERATOR}),
    Role.SUPERVISOR: frozenset({Role.SUPERVISOR, Role.TEAM_LEAD, Role.OPERATOR}),
}

# Roles whose holders sign or supervise need the longer PIN.
_SIGNING_ROLES = frozenset({Role.TEAM_LEAD, Role.QUALITY, Role.SUPERVISOR})
OPERATOR_PIN_DIGITS = 4
SIGNING_PIN_DIGITS = 6

LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class Operator:
    """A person who can log in at a kiosk. The PIN is only ever held as a slow salted hash."""

    badge: str
    name: str
    roles: frozenset[Role]
    language: str
    pin_hash: str
    active: bool = True

    def holds(self, role: Role) -> bool:
        """Whether this operator may act in `role`, directly or through a broader role."""
        return any(role in _INCLUDES[own] for own in self.roles)

    @property
    def min_pin_digits(self) -> int:
        return SIGNING_PIN_DIGITS if self.roles & _SIGNING_ROLES else OPERATOR_PIN_DIGITS


def pin_problem(pin: str, roles: frozenset[Role]) -> str | None:
    """Why `pin` is not acceptable for someone holding `roles`, or None when it is."""
    needed = SIGNING_PIN_DIGITS if roles & _SIGNING_ROLES else OPERATOR_PIN_DIGITS
    if not pin.isdigit() or not pin.isascii():
        return "a PIN is digits only"
    if len(pin) < needed:
        return f"a PIN needs at least {needed} digits for these roles"
    return None
