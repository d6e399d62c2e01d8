"""A kiosk's backlog for the sync figures: whole jobs as the kiosk journals them, quickly.

The events follow the catalogue (the journal validates every payload) and the mix of the
operator-action figure: per job, a start, five acknowledged, seven measured and one checked
step, and a completion. The real `Journal` seals them (UUIDv7 ids, HLC stamps, the hash chain)
in one write transaction: the kiosk's own code, without the services and projections around it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from harmony_kiosk.clock import Clock, unix_ms
from harmony_kiosk.device import DeviceIdentity
from harmony_kiosk.domain.ids import uuid7
from harmony_kiosk.services.kiosk import open_database
from harmony_kiosk.store.journal import Journal

ACTOR = "10041"  # María González (resources/demo/operators.toml)
STATION = "LINE1-ST1"
LINE = "LINE1"
_INSTRUCTION = {"instruction_id": "WI-GBX-COVER", "instruction_version": 1}
_INSTRUCTION_HASH = hashlib.sha256(b"WI-GBX-COVER v1").hexdigest()
_ACKNOWLEDGED = 5
_MEASURED = 7


def job_events(job_id: str, work_order_id: str = "WO-26-1187") -> list[tuple[str, dict[str, Any]]]:
    """(type, payload) of one whole job at the cover fit & torque station."""
    step = {"job_id": job_id, **_INSTRUCTION}
    started = {
        "job_id": job_id,
        "work_order_id": work_order_id,
        "station_id": STATION,
        "line_id": LINE,
        **_INSTRUCTION,
        "instruction_hash": _INSTRUCTION_HASH,
    }
    answers: list[tuple[str, dict[str, Any]]] = [
        (
            "step.acknowledged",
            {**step, "step_id": f"read-{n}", "step_kind": "instruction" if n else "confirm"},
        )
        for n in range(_ACKNOWLEDGED)
    ]
    answers += [
        (
            "step.measured",
            {
                **step,
                "step_id": f"torque-{n}",
                "value": f"12.{40 + n}",
                "unit": "Nm",
                "lower": "11.50",
                "upper": "13.50",
                "conforming": True,
            },
        )
        for n in range(_MEASURED)
    ]
    answers.append(("step.checked", {**step, "step_id": "seal-check", "passed": True}))
    return [
        ("job.started", started),
        *answers,
        ("job.completed", {"job_id": job_id, "good": 1, "scrap": 0}),
    ]


def backlog_events(count: int, clock: Clock) -> list[tuple[str, dict[str, Any]]]:
    """`count` events of consecutive jobs (the last job cut short where the count ends)."""
    events: list[tuple[str, dict[str, Any]]] = []
    while len(events) < count:
        events.extend(job_events(uuid7(unix_ms(clock.now()))))
    return events[:count]


def fill_journal(data_dir: Path, clock: Clock, count: int) -> DeviceIdentity:
    """A new kiosk data folder whose journal holds `count` events, none of them sent yet."""
    identity, database, _ = open_database(data_dir, clock)
    journal = Journal(identity.device_id, clock)
    try:
        with database.write() as connection:
            for type_name, payload in backlog_events(count, clock):
                journal.append(connection, type_name, ACTOR, payload)
    finally:
        database.close()
    return identity
