"""Schema by migrations: empty database to head, backup before upgrade, corruption stops."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.errors import DatabaseUnusable
from harmony_kiosk.services.kiosk import open_database
from harmony_kiosk.store.database import Database
from harmony_kiosk.store.migrate import (
    HEAD_REVISION,
    check_integrity,
    current_revision,
    head_revision,
    upgrade,
)
from harmony_kiosk.store.schema import metadata


def test_an_empty_database_migrates_to_head_and_matches_the_schema(tmp_path: Path) -> None:
    database = Database(tmp_path / "kiosk.db")
    report = upgrade(database, tmp_path / "backups", ManualClock().now())
    assert report.from_revision is None
    assert report.backup is None  # nothing to lose in a new file
    assert current_revision(database) == head_revision()
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": _not_full_text_index}
        )
        differences = compare_metadata(context, metadata)
    assert differences == []
    database.close()


def _not_full_text_index(name: str | None, type_: str, _parents: object) -> bool:
    # FTS5's virtual table and its shadow tables are made in SQL; SQLAlchemy cannot describe them.
    return not (type_ == "table" and name is not None and name.startswith("cases_fts"))


def test_the_head_start_up_compares_with_is_alembics_head() -> None:
    assert head_revision() == HEAD_REVISION


def test_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    database = Database(tmp_path / "kiosk.db")
    with database.read() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    database.close()


def test_an_upgrade_backs_up_first_with_the_data_intact(tmp_path: Path) -> None:
    database = Database(tmp_path / "kiosk.db")
    clock = ManualClock()
    upgrade(database, tmp_path / "backups", clock.now(), target="0001")
    with database.write() as connection:
        connection.execute(text("INSERT INTO lines (id, name) VALUES ('LINE1', 'Gearbox')"))
    report = upgrade(database, tmp_path / "backups", clock.now())
    assert report.from_revision == "0001"
    assert report.backup is not None
    assert report.backup.exists()
    copy = sqlite3.connect(report.backup)
    assert copy.execute("SELECT name FROM lines").fetchall() == [("Gearbox",)]
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    copy.close()
    with database.read() as connection:
        assert connection.execute(text("SELECT count(*) FROM jobs")).scalar() == 0
    database.close()


def test_the_journal_refuses_updates_and_deletes(kiosk_database: Database) -> None:
    with pytest.raises(Exception, match="append-only"), kiosk_database.write() as connection:
        connection.execute(text("UPDATE events SET actor = 'someone-else'"))
    with pytest.raises(Exception, match="append-only"), kiosk_database.write() as connection:
        connection.execute(text("DELETE FROM events"))


def _corrupt(path: Path) -> bytes:
    raw = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(raw), page):  # scribble over every page but the header
        raw[offset + 8 : offset + 64] = b"\xff" * 56
    path.write_bytes(bytes(raw))
    return bytes(raw)


def test_a_corrupt_database_is_reported_and_never_touched(demo_dir: Path) -> None:
    path = demo_dir / "kiosk.db"
    # Fold the WAL into the main file so the damage is in the file we check.
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damaged = _corrupt(path)
    with pytest.raises(DatabaseUnusable, match=str(path)):
        check_integrity(path)
    with pytest.raises(DatabaseUnusable):
        open_database(demo_dir, ManualClock())
    assert path.read_bytes() == damaged
    assert not (demo_dir / "backups").exists()


def test_a_file_that_is_not_a_database_is_unusable(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseUnusable):
        check_integrity(path)
    assert path.read_bytes() == b"this is not sqlite" * 100
