"""How the kiosk names roles: the header's role and a refusal's "needs a team lead"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from harmony_kiosk.domain.operators import Role
from ui.marked import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import OperatorSession

# English source texts, in the "Wording" context they have always had in the .ts files.
ROLE_NAMES = {
    Role.OPERATOR: QT_TRANSLATE_NOOP("Wording", "Operator"),
    Role.TEAM_LEAD: QT_TRANSLATE_NOOP("Wording", "Team lead"),
    Role.QUALITY: QT_TRANSLATE_NOOP("Wording", "Quality"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Wording", "Supervisor"),
}
# The broadest role first: it is the one the header shows.
_RANK = (Role.SUPERVISOR, Role.QUALITY, Role.TEAM_LEAD, Role.OPERATOR)


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Wording", ROLE_NAMES[role])


def main_role(session: OperatorSession) -> str:
    for role in _RANK:
        if role in session.roles:
            return role_name(role)
    return role_name(Role.OPERATOR)
