"""Start-up checks of the database file: integrity first, then a backup, then the upgrade.

A file that fails `PRAGMA integrity_check` is never written to: the kiosk stops and says where
the file is, so IT can recover what is in it. Before any schema upgrade a copy is taken with
SQLite's backup API (a plain file copy of a WAL database can be torn).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from harmony_kiosk.errors import DatabaseUnusable
from harmony_kiosk.store.database import Database

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration. Start-up compares it with the database's revision through sqlite3 alone,
# so Alembic (a quarter of a second to import) loads only when there is an upgrade to run.
# tests/store/test_migrations.py checks it against Alembic's own head.
HEAD_REVISION = "0010"


@dataclass(frozen=True)
class UpgradeReport:
    """What start-up did to the schema."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def check_integrity(path: Path) -> None:
    """Raise DatabaseUnusable unless SQLite vouches for the whole file. Opens it read-only."""
    if not path.exists():
        return
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _unusable(path, str(error)) from None
    findings = [row[0] for row in rows]
    if findings != ["ok"]:
        raise _unusable(path, "; ".join(findings[:5]))


def _unusable(path: Path, detail: str) -> DatabaseUnusable:
    log.error("database failed its integrity check", extra={"path": str(path), "detail": detail})
    return DatabaseUnusable(
        f"The kiosk's database failed its integrity check and was left untouched for IT: "
        f"{path} ({detail})",
        str(path),
        detail,
    )


def alembic_config() -> Config:
    from alembic.config import Config  # noqa: PLC0415 - only when migrating (see HEAD_REVISION)

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """Alembic's own idea of the newest revision (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - see HEAD_REVISION

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    """The revision the database file is at; None for a new, empty file."""
    connection = sqlite3.connect(database.path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table: a new database
        return None
    finally:
        connection.close()
    return row[0] if row else None


def backup(database: Database, target: Path) -> Path:
    """A consistent copy of the live database through SQLite's backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(database.path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target


def upgrade(
    database: Database, backups: Path, now: datetime, target: str = "head"
) -> UpgradeReport:
    """Bring the schema to `target`, copying the database first if it holds anything."""
    current = current_revision(database)
    wanted = HEAD_REVISION if target == "head" else target
    if current == wanted:
        return UpgradeReport(current, wanted, None)
    from alembic import command  # noqa: PLC0415 - see HEAD_REVISION

    copy = None
    if current is not None:
        stamp = now.strftime("%Y%m%dT%H%M%SZ")
        copy = backup(database, backups / f"kiosk-{stamp}-rev{current}.db")
        log.info("database copied before upgrade", extra={"backup": str(copy)})
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    log.info("database upgraded", extra={"from": current, "to": wanted})
    return UpgradeReport(current, wanted, copy)
