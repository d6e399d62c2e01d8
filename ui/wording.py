"""How the kiosk words things for the operator: dates, job status, step language."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from harmony_kiosk.domain.instructions import (
    InstructionVersion,
    MeasurementStep,
    SignatureMeaning,
    Step,
    StepKind,
)
from harmony_kiosk.domain.jobs import JobStatus
from ui.marked import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.jobs import QueueEntry

# English source texts: translated where they are shown (kind_name, meaning_name).
KIND_NAMES = {
    StepKind.INSTRUCTION: QT_TRANSLATE_NOOP("Wording", "Instruction"),
    StepKind.CONFIRM: QT_TRANSLATE_NOOP("Wording", "Confirm"),
    StepKind.MEASUREMENT: QT_TRANSLATE_NOOP("Wording", "Measurement"),
    StepKind.PASSFAIL: QT_TRANSLATE_NOOP("Wording", "Check"),
    StepKind.SCAN: QT_TRANSLATE_NOOP("Wording", "Scan"),
    StepKind.SIGNATURE: QT_TRANSLATE_NOOP("Wording", "Signature"),
}


MEANING_NAMES = {
    SignatureMeaning.PERFORMED: QT_TRANSLATE_NOOP("Wording", "Performed"),
    SignatureMeaning.VERIFIED: QT_TRANSLATE_NOOP("Wording", "Verified"),
    SignatureMeaning.APPROVED: QT_TRANSLATE_NOOP("Wording", "Approved"),
}


def meaning_name(meaning: SignatureMeaning) -> str:
    """What a signature means ("Performed", "Realizado"), as its chip says it."""
    return _tr(MEANING_NAMES[meaning])


def _tr(source: str) -> str:
    return QCoreApplication.translate("Wording", source)


def kind_name(kind: StepKind) -> str:
    return _tr(KIND_NAMES[kind])


def day_text(day: date) -> str:
    """A date an operator reads without thinking about formats: "Fri 27 Nov", "vie 27 nov".

    QLocale of the language shown now (ui.language sets it), not strftime: that follows the C
    locale, which QApplication sets from the system, whatever the operator reads."""
    shown = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
    return shown.replace(".", "")  # some locales abbreviate with a dot ("nov."): not on a chip


def number_text(value: object) -> str:
    """A number as written in the language shown: "12.5" in English, "12,5" in Spanish.

    Measurements are Decimals kept as typed (never through float), so only the marks change."""
    shown = str(value)
    point, minus = QLocale().decimalPoint(), QLocale().negativeSign()
    return shown.replace(".", "\0").replace("-", minus).replace("\0", point)


def limits_text(step: MeasurementStep) -> str:
    """The limits as an operator reads them: "11.5 – 12.5 N·m", "11,5 – 12,5 N·m" in Spanish."""
    unit = f" {step.unit}" if step.unit else ""
    lower, upper = step.lower, step.upper
    if lower is not None and upper is not None:
        return f"{number_text(lower)} – {number_text(upper)}{unit}"
    if lower is not None:
        return f"≥ {number_text(lower)}{unit}"
    if upper is not None:
        return f"≤ {number_text(upper)}{unit}"
    return QCoreApplication.translate("Wording", "no limits")


def due_text(due: date, today: date) -> str:
    """The due date for the queue: "Fri 27 Nov", "Today", or "Overdue · Mon 23 Nov"."""
    if due < today:
        return QCoreApplication.translate("Wording", "Overdue · {day}").format(day=day_text(due))
    if due == today:
        return QCoreApplication.translate("Wording", "Today")
    return day_text(due)


def status_text(entry: QueueEntry, my_badge: str) -> str:
    """Not started / In progress · you / Paused · badge 10057."""
    progress = entry.progress
    if progress.open_job_id is None:
        return QCoreApplication.translate("Wording", "Not started")
    held_by = progress.open_job_held_by
    who = (
        QCoreApplication.translate("Wording", "you")
        if held_by == my_badge
        else QCoreApplication.translate("Wording", "badge {badge}").format(badge=held_by)
    )
    if progress.open_job_status is JobStatus.PAUSED:
        return QCoreApplication.translate("Wording", "Paused · {who}").format(who=who)
    return QCoreApplication.translate("Wording", "In progress · {who}").format(who=who)


def step_title(step: Step, language: str) -> str:
    return (step.title_es if language == "es" else None) or step.title


def step_text(step: Step, language: str) -> str:
    return (step.text_es if language == "es" else None) or step.text


def instruction_title(version: InstructionVersion, language: str) -> str:
    return (version.title_es if language == "es" else None) or version.title


def plural(count: int, word: str) -> str:
    """English only: a text on screen counts with QCoreApplication.translate(context, "%n …",
    "", count) instead, which has each language's plural forms."""
    return f"{count} {word}{'' if count == 1 else 's'}"
