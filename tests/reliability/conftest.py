"""The drills run the fixtures of the kiosk-side sync suite (a real server process, enrolled kiosk
folders, the file keyring) and, where a drill runs on both backends, the server suite's
databases (a fresh SQLite file, or a fresh database on the session's real PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.sync.client.conftest import enrolled_folder, file_keyring, server
from tests.sync.server.conftest import backend, database_url, postgres, templates

Report = Callable[[str], None]

__all__ = [
    "backend",
    "database_url",
    "enrolled_folder",
    "file_keyring",
    "postgres",
    "report",
    "server",
    "templates",
]


@pytest.fixture
def report(capsys: pytest.CaptureFixture[str]) -> Report:
    """Print a drill's figures past pytest's capture, so every run's log shows them."""

    def say(text: str) -> None:
        with capsys.disabled():
            print(f"\n{text}")

    return say
