"""The master-data revision: one number that moves with every change kiosks must download."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync.server.db.schema import master_revision


def bump(connection: Connection, now: datetime) -> int:
    """Count one change, in the caller's transaction.

    Call it first: the row lock it takes makes concurrent admin changes queue, so each sees
    the other's work and no two changes share a revision.
    """
    connection.execute(
        master_revision.update()
        .where(master_revision.c.id == 1)
        .values(revision=master_revision.c.revision + 1, changed_at=now)
    )
    return current(connection)


def current(connection: Connection) -> int:
    value = connection.execute(
        sa.select(master_revision.c.revision).where(master_revision.c.id == 1)
    ).scalar_one()
    return int(value)
