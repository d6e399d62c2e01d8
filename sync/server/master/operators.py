"""Operator changes from the admin: a new PIN, or a leaver's badge switched off everywhere."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from harmony_kiosk.domain.operators import Role, pin_problem
from harmony_kiosk.domain.pins import hash_pin
from sync.server.db.schema import operators
from sync.server.db.types import load_json
from sync.server.errors import InvalidInput, NotFound
from sync.server.master import revision


def _roles(connection: Connection, badge: str) -> frozenset[Role]:
    stored = connection.execute(
        sa.select(operators.c.roles).where(operators.c.badge == badge)
    ).scalar_one_or_none()
    if stored is None:
        raise NotFound(f"no operator with badge {badge!r}")
    return frozenset(Role(name) for name in load_json(stored))


def set_pin(connection: Connection, badge: str, pin: str, now: datetime) -> int:
    """Store a slow hash of `pin` (never the PIN); returns the new master-data revision."""
    problem = pin_problem(pin, _roles(connection, badge))
    if problem:
        raise InvalidInput(problem)
    pin_hash = hash_pin(pin)  # slow on purpose: hash before taking the revision lock
    new_revision = revision.bump(connection, now)
    connection.execute(
        operators.update().where(operators.c.badge == badge).values(pin_hash=pin_hash)
    )
    return new_revision


def deactivate(connection: Connection, badge: str, now: datetime) -> int:
    """The badge stops working on every kiosk at its next master-data download."""
    _roles(connection, badge)
    new_revision = revision.bump(connection, now)
    connection.execute(operators.update().where(operators.c.badge == badge).values(active=False))
    return new_revision
