"""The step runner's notice after a nonconforming answer: out of limits, or a failed check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from harmony_kiosk.domain.instructions import MeasurementStep, Step
from ui.exception_context import reading_text
from ui.language import shown_language
from ui.notice_wording import failed_check_text, out_of_limits_text
from ui.wording import limits_text as shown_limits
from ui.wording import number_text, step_title

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.jobs import StepOutcome


@dataclass(frozen=True)
class StepNotice:
    """The parts of NoticePanel.show_notice, and the reading a raised exception quotes."""

    heading: str
    where: str
    facts: tuple[tuple[str, str, bool], ...]  # (caption, value, is_the_problem)
    message: str
    hint: str
    retry: str
    reading: str


def step_notice(step: Step, outcome: StepOutcome, number: int, language: str) -> StepNotice:
    """The notice for `step` (shown as step `number`) in the operator's `language`.

    The texts keep the "StepRunner" translation context they had inside the screen."""
    title = step_title(step, language)
    where = QCoreApplication.translate("StepRunner", "Step {value} · {title}").format(
        value=number, title=title
    )
    if isinstance(step, MeasurementStep):
        unit = f" {step.unit}" if step.unit else ""
        measured = f"{number_text(outcome.event.payload.get('value', ''))}{unit}"
        limits = shown_limits(step)
        return StepNotice(
            heading=QCoreApplication.translate("StepRunner", "⚠  Out of limits"),
            where=where,
            facts=(
                (QCoreApplication.translate("StepRunner", "MEASURED"), measured, True),
                (QCoreApplication.translate("StepRunner", "LIMITS"), limits, False),
            ),
            message=out_of_limits_text(step, outcome.event.payload.get("value", "")),
            hint=QCoreApplication.translate(
                "StepRunner",
                "Saved with this job. Measure again if the reading was wrong, or continue.",
            ),
            retry=QCoreApplication.translate("StepRunner", "Re-measure"),
            reading=reading_text(measured, limits),
        )
    return StepNotice(
        heading=QCoreApplication.translate("StepRunner", "⚠  Check failed"),
        where=where,
        facts=(
            (
                QCoreApplication.translate("StepRunner", "RESULT"),
                QCoreApplication.translate("StepRunner", "FAIL"),
                True,
            ),
        ),
        # The sentence is in the language shown, so is the title it quotes.
        message=failed_check_text(step_title(step, shown_language())),
        hint=QCoreApplication.translate(
            "StepRunner", "Saved with this job. Check again if you were wrong, or continue."
        ),
        retry=QCoreApplication.translate("StepRunner", "Check again"),
        reading=QCoreApplication.translate("StepRunner", "Check failed"),
    )
