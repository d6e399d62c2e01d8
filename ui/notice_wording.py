"""What the notice after a nonconforming answer says: the reading against its limits, or the
failed check, in the language shown (the service's own sentence is English, for the record)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from harmony_kiosk.domain.instructions import MeasurementStep
from ui.wording import limits_text, number_text


def out_of_limits_text(step: MeasurementStep, value: object) -> str:
    """ "12,8 N·m está por encima de los límites (11,5 – 12,5 N·m). …" """
    unit = f" {step.unit}" if step.unit else ""
    try:
        reading = Decimal(str(value))
    except InvalidOperation:
        reading = None
    if reading is not None and step.upper is not None and reading > step.upper:
        said = QCoreApplication.translate(
            "NoticeWording", "{value} is above the limits ({limits}). Recorded as nonconforming."
        )
    else:
        said = QCoreApplication.translate(
            "NoticeWording", "{value} is below the limits ({limits}). Recorded as nonconforming."
        )
    return said.format(value=f"{number_text(value)}{unit}", limits=limits_text(step))


def failed_check_text(title: str) -> str:
    return QCoreApplication.translate(
        "NoticeWording", "“{title}” failed. Recorded as nonconforming."
    ).format(title=title)
