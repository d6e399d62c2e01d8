"""How the kiosk words things for the operator: roles, dates, job status, step language."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from harmony_kiosk.domain.instructions import InstructionVersion, Step, StepKind
from harmony_kiosk.domain.jobs import JobStatus
from harmony_kiosk.domain.operators import Role

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.jobs import QueueEntry

ROLE_NAMES = {
    Role.OPERATOR: "Operator",
    Role.TEAM_LEAD: "Team lead",
    Role.QUALITY: "Quality",
    Role.SUPERVISOR: "Supervisor",
}
# The broadest role first: it is the one the header shows.
_RANK = (Role.SUPERVISOR, Role.QUALITY, Role.TEAM_LEAD, Role.OPERATOR)

KIND_NAMES = {
    StepKind.INSTRUCTION: "Instruction",
    StepKind.CONFIRM: "Confirm",
    StepKind.MEASUREMENT: "Measurement",
    StepKind.PASSFAIL: "Check",
    StepKind.SCAN: "Scan",
    StepKind.SIGNATURE: "Signature",
}


def role_name(role: Role) -> str:
    return ROLE_NAMES[role]


def main_role(session: OperatorSession) -> str:
    for role in _RANK:
        if role in session.roles:
            return ROLE_NAMES[role]
    return ROLE_NAMES[Role.OPERATOR]


# Spelled out here: strftime follows the C locale, which QApplication sets from the system.
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_text(day: date) -> str:
    """A date an operator reads without thinking about formats: "Fri 27 Nov"."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def due_text(due: date, today: date) -> str:
    """The due date for the queue: "Fri 27 Nov", "Today", or "Overdue · Mon 23 Nov"."""
    if due < today:
        return f"Overdue · {day_text(due)}"
    if due == today:
        return "Today"
    return day_text(due)


def status_text(entry: QueueEntry, my_badge: str) -> str:
    """Not started / In progress · you / Paused · badge 10057."""
    progress = entry.progress
    if progress.open_job_id is None:
        return "Not started"
    who = "you" if progress.open_job_held_by == my_badge else f"badge {progress.open_job_held_by}"
    if progress.open_job_status is JobStatus.PAUSED:
        return f"Paused · {who}"
    return f"In progress · {who}"


def step_title(step: Step, language: str) -> str:
    return (step.title_es if language == "es" else None) or step.title


def step_text(step: Step, language: str) -> str:
    return (step.text_es if language == "es" else None) or step.text


def instruction_title(version: InstructionVersion, language: str) -> str:
    return (version.title_es if language == "es" else None) or version.title


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
