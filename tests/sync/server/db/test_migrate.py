"""Alembic builds exactly the declared schema on both databases, and re-runs as a no-op."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Engine

from sync.server.db.engine import open_engine
from sync.server.db.migrate import current_revision, head_revision, upgrade
from sync.server.db.schema import metadata
from tests.sync.server.postgres import Postgres


@pytest.fixture
def empty_engine(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if backend == "sqlite":
        engine = open_engine(f"sqlite:///{tmp_path / 'empty.db'}")
        yield engine
        engine.dispose()
        return
    server: Postgres = request.getfixturevalue("postgres")
    name = f"m_{uuid.uuid4().hex}"
    with server.admin_connection() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    engine = open_engine(server.url(name))
    yield engine
    engine.dispose()
    with server.admin_connection() as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def test_migrations_build_the_declared_schema(empty_engine: Engine) -> None:
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_upgrading_twice_changes_nothing(empty_engine: Engine) -> None:
    upgrade(empty_engine)
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        assert current_revision(connection) == head_revision()
