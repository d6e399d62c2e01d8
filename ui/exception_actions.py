"""Which actions the person logged in may take on an exception, now.

The detail screen shows only these; the service checks the same rules again and refuses the
rest with NotAllowed or RuleViolation (DESIGN.md section 6: checked in the service layer, not
only by hiding a button). The roles come from the domain, so screen and service never disagree.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from harmony_kiosk.domain.exception_merge import TRANSITIONS, MergedException, roles_allowed

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import OperatorSession


class Action(StrEnum):
    """In the order the action bar shows them, left to right."""

    ACKNOWLEDGE = "exception.acknowledged"
    CONTAIN = "exception.contained"
    CANCEL = "exception.cancelled"
    RESOLVE = "exception.resolved"
    RELEASE = "exception.released"
    SETTLE = "exception.settled"


def may(session: OperatorSession, action: Action, merged: MergedException) -> bool:
    """The role allows it and the exception is in a state it applies to."""
    if not any(session.holds(role) for role in roles_allowed(action.value, merged.kind)):
        return False
    if action.value in TRANSITIONS:
        allowed_from, _ = TRANSITIONS[action.value]
        return merged.status in allowed_from and not merged.conflict
    if action is Action.RELEASE:
        return merged.on_hold
    return merged.conflict  # SETTLE


def allowed(session: OperatorSession, merged: MergedException) -> list[Action]:
    return [action for action in Action if may(session, action, merged)]
