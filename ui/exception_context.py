"""Where an exception is raised from: the job and step, and what the raise form shows of them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class RaiseContext:
    """Captured for the person, never typed: the service adds station, line, work order,
    instruction version and the step's last out-of-limit value and limits from these ids."""

    job_id: str | None = None
    step_id: str | None = None
    where: str = ""  # "WO-26-1187 · Step 6 · Torque bolt 1"
    measured: str = ""  # "Measured 12.8 N·m · limits 11.5 – 12.5 N·m"
    kind: str | None = None  # chosen in advance: an out-of-limit reading is a quality matter


def where_text(work_order_id: str, number: int, title: str) -> str:
    """ "WO-26-1187 · Step 6 · Torque bolt 1", in the language shown."""
    said = QCoreApplication.translate("ExceptionContext", "{order} · Step {number} · {title}")
    return said.format(order=work_order_id, number=number, title=title)


def reading_text(measured: str, limits: str) -> str:
    """ "Measured 12.8 N·m · limits 11.5 – 12.5 N·m", in the language shown."""
    return QCoreApplication.translate(
        "ExceptionContext", "Measured {measured} · limits {limits}"
    ).format(measured=measured, limits=limits)
