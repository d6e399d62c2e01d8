"""Projections are derived: rebuilding them from the journal gives exactly what was there."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk, rebuild_projections
from harmony_kiosk.store.database import Database
from harmony_kiosk.store.schema import PROJECTION_TABLES
from tests.services.job_runner import run_whole_job


def dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    with database.read() as connection:
        return {
            table.name: sorted(tuple(row) for row in connection.execute(select(table)))
            for table in PROJECTION_TABLES
        }


def test_rebuild_gives_back_exactly_the_live_projections(
    kiosk: Kiosk, operator_session: OperatorSession
) -> None:
    run_whole_job(kiosk, operator_session, out_of_limit={"torque-2": "12.8"})
    queue = kiosk.jobs.queue()
    paused = kiosk.jobs.start(operator_session, queue[0].work_order.id)
    kiosk.jobs.acknowledge(operator_session, paused.job.id, paused.version.steps[0].id)
    kiosk.jobs.pause(operator_session, paused.job.id)
    before = dump(kiosk.database)
    assert before["jobs"] and before["step_results"] and before["nonconformances"]
    assert before["signatures"]
    with kiosk.database.write() as connection:  # damage the derived tables
        connection.execute(text("DELETE FROM nonconformances"))
        connection.execute(text("UPDATE jobs SET status = 'running', good = 999"))
    assert dump(kiosk.database) != before
    replayed = rebuild_projections(kiosk.database)
    assert dump(kiosk.database) == before
    with kiosk.database.read() as connection:
        assert replayed == connection.execute(text("SELECT count(*) FROM events")).scalar()
