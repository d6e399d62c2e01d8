"""Server fixtures: every test on SQLite and on a real PostgreSQL, each with a fresh database."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Connection, Engine

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.plant_files import PlantDefinition
from sync.protocol.models import EnrolRequest
from sync.protocol.version import PROTOCOL_VERSION
from sync.server.api.app import create_app
from sync.server.blobs import BlobStore
from sync.server.db.engine import open_engine
from sync.server.db.migrate import upgrade
from sync.server.enrolment import issue_code
from sync.server.master.plant import import_plant
from sync.server.settings import ServerSettings
from tests.sync.server.postgres import Postgres, PostgresMissing, start_postgres
from tests.sync.server.signed_kiosk import SignedKiosk, new_device_id

BACKENDS = ["sqlite", "postgresql"]
# A type the catalogue shares with the line (harmony_kiosk/domain/catalogue.py).
SHARED_TYPE = "exception.raised"


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    missing: str | None = None
    try:
        server = start_postgres()
    except PostgresMissing as error:
        missing = str(error)
    if missing is not None:
        pytest.fail(missing, pytrace=False)  # fail, not skip: CI must run both backends
    yield server
    server.stop()


@dataclass
class _Templates:
    """Migrated empty databases, copied per test: cheaper than running Alembic every time."""

    folder: Path
    postgres: Postgres | None = None
    made: dict[str, str] = field(default_factory=dict)


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> _Templates:
    return _Templates(tmp_path_factory.mktemp("templates"))


def _sqlite_url(templates: _Templates, target: Path) -> str:
    if "sqlite" not in templates.made:
        template = templates.folder / "template.db"
        engine = open_engine(f"sqlite:///{template}")
        upgrade(engine)
        engine.dispose()
        templates.made["sqlite"] = str(template)
    shutil.copyfile(templates.made["sqlite"], target)
    return f"sqlite:///{target}"


def _postgres_url(templates: _Templates, server: Postgres, name: str) -> str:
    if "postgresql" not in templates.made:
        with server.admin_connection() as admin:
            admin.execute("CREATE DATABASE harmony_template")
        engine = open_engine(server.url("harmony_template"))
        upgrade(engine)
        engine.dispose()
        templates.made["postgresql"] = "harmony_template"
    with server.admin_connection() as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE harmony_template')
    return server.url(name)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(
    backend: str, request: pytest.FixtureRequest, templates: _Templates, tmp_path: Path
) -> Iterator[str]:
    """A fresh, migrated database for this test alone."""
    if backend == "sqlite":
        yield _sqlite_url(templates, tmp_path / "server.db")
        return
    server: Postgres = request.getfixturevalue("postgres")
    name = f"t_{uuid.uuid4().hex}"
    yield _postgres_url(templates, server, name)
    with server.admin_connection() as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> ServerSettings:
    return ServerSettings(data_dir=tmp_path / "data", database_url=database_url)


@pytest.fixture
def engine(settings: ServerSettings) -> Iterator[Engine]:
    opened = open_engine(settings.database_url)
    yield opened
    opened.dispose()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@dataclass
class ServerUnderTest:
    """The real app over a fresh database, reached through FastAPI's TestClient."""

    settings: ServerSettings
    engine: Engine
    clock: ManualClock
    app: FastAPI
    client: TestClient

    @property
    def blob_store(self) -> BlobStore:
        return BlobStore(self.settings.blob_dir)

    def write(self, action: Callable[[Connection], object]) -> object:
        with self.engine.begin() as connection:
            return action(connection)

    def scalar(self, query: sa.Select[tuple[object]]) -> object:
        with self.engine.connect() as connection:
            return connection.execute(query).scalar()

    def import_plant(self, definition: PlantDefinition, *, work_orders: bool = True) -> None:
        self.write(
            lambda db: import_plant(
                db, definition, self.blob_store, self.clock.now(), with_work_orders=work_orders
            )
        )

    def enrol_code(self, station: str = "LINE1-ST1", hours: float = 24) -> str:
        issued = self.write(
            lambda db: issue_code(db, station, timedelta(hours=hours), self.clock.now())
        )
        return issued.code  # type: ignore[attr-defined]

    def enrol(self, station: str = "LINE1-ST1", device_id: str | None = None) -> SignedKiosk:
        device_id = device_id or new_device_id()
        request = EnrolRequest(
            protocol=PROTOCOL_VERSION, code=self.enrol_code(station), device_id=device_id
        )
        answer = self.client.post(
            "/v1/enrol",
            content=request.model_dump_json(),
            headers={"content-type": "application/json"},
        )
        assert answer.status_code == 200, answer.text
        # The kiosk keeps its own clock: tests skew it without moving the server's.
        own_clock = ManualClock(self.clock.now())
        return SignedKiosk(self.client, device_id, answer.json()["secret"], own_clock)


@pytest.fixture
def server(
    settings: ServerSettings, engine: Engine, clock: ManualClock
) -> Iterator[ServerUnderTest]:
    app = create_app(settings, engine=engine, clock=clock)
    with TestClient(app) as client:
        yield ServerUnderTest(settings, engine, clock, app, client)


@pytest.fixture
def plant_server(server: ServerUnderTest, demo_definition: PlantDefinition) -> ServerUnderTest:
    """The server holding the demo plant."""
    server.import_plant(demo_definition)
    return server


@pytest.fixture
def kiosk(plant_server: ServerUnderTest) -> SignedKiosk:
    """An enrolled kiosk of station LINE1-ST1."""
    return plant_server.enrol("LINE1-ST1")
