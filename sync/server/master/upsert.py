"""Insert-or-update by primary key, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection


def upsert(connection: Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Write `rows`; a row whose key exists replaces the stored values."""
    if not rows:
        return
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table)
    keys = [column.name for column in table.primary_key.columns]
    updates = {name: statement.excluded[name] for name in rows[0] if name not in keys}
    connection.execute(
        statement.on_conflict_do_update(index_elements=keys, set_=updates), list(rows)
    )


def insert_missing(connection: Connection, table: sa.Table, row: Mapping[str, Any]) -> bool:
    """Insert `row` unless its key exists (a concurrent insert included); True when inserted."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    key = next(iter(table.primary_key.columns))
    # RETURNING, not rowcount: psycopg reports -1 rows for this statement on PostgreSQL.
    statement = dialect.insert(table).values(**row).on_conflict_do_nothing().returning(key)
    return connection.execute(statement).first() is not None
