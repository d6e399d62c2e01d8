"""Where an exception is raised from: the job and step, and what the raise form shows of them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RaiseContext:
    """Captured for the person, never typed: the service adds station, line, work order,
    instruction version and the step's last out-of-limit value and limits from these ids."""

    job_id: str | None = None
    step_id: str | None = None
    where: str = ""  # "WO-26-1187 · Step 6 · Torque bolt 1"
    measured: str = ""  # "Measured 12.8 N·m · limits 11.5 – 12.5 N·m"
    kind: str | None = None  # chosen in advance: an out-of-limit reading is a quality matter
