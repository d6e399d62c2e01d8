"""Opening the database: SQLite for a pilot, PostgreSQL for production, same code above them.

SQLite: WAL, synchronous=FULL and foreign keys on every connection, and every transaction opens
with BEGIN IMMEDIATE. A deferred transaction that reads and then writes fails at once with
SQLITE_BUSY when another writer committed in between (no busy wait applies), which would turn
concurrent uploads into 5xx; taking the write lock first makes them queue instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import ConnectionPoolEntry

READ_ONLY = "harmony_read_only"  # execution option: a plain deferred BEGIN on SQLite
_BUSY_TIMEOUT_S = 30
# The API answers from a thread pool of 40 (AnyIO's default): enough connections for all of them.
_POOL = {"pool_size": 10, "max_overflow": 40, "pool_timeout": 30}


def open_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    return sa.create_engine(url, pool_pre_ping=True, **_POOL)


def _sqlite_engine(url: str) -> Engine:
    database = sa.make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": _BUSY_TIMEOUT_S},
        **_POOL,
    )

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Leave transaction control to us (the "begin" hook below), not to pysqlite.
        dbapi_connection.isolation_level = None
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine
