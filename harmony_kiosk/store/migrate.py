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

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from harmony_kiosk.errors import DatabaseUnusable
from harmony_kiosk.store.database import Database

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


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
        f"{path} ({detail})"
    )


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return UpgradeReport(current, wanted, None)
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
