"""Settings come from the environment and refuse values that would start the server wrongly."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from sync.server.settings import ServerSettings, SettingsRefused


def test_defaults_put_a_sqlite_file_in_the_data_folder(tmp_path: Path) -> None:
    settings = ServerSettings.from_environment({"HARMONY_SERVER_DATA_DIR": str(tmp_path)})
    assert settings.database_url == f"sqlite:///{tmp_path.resolve() / 'server.db'}"
    assert settings.blob_dir == tmp_path.resolve() / "blobs"
    assert settings.rotation_overlap == timedelta(hours=24)


def test_a_postgresql_url_is_taken_as_given() -> None:
    url = "postgresql+psycopg://harmony@db.plant.example:5432/harmony"
    assert ServerSettings.from_environment({"HARMONY_SERVER_DATABASE_URL": url}).database_url == url


@pytest.mark.parametrize(
    "url", ["postgresql://db/harmony", "mysql://db/harmony", "postgres+psycopg2://db/x"]
)
def test_a_database_url_for_a_driver_we_do_not_ship_is_refused(url: str) -> None:
    with pytest.raises(SettingsRefused, match="postgresql\\+psycopg://"):
        ServerSettings.from_environment({"HARMONY_SERVER_DATABASE_URL": url})


@pytest.mark.parametrize("hours", ["0", "-3", "soon", "9999"])
def test_an_unusable_rotation_overlap_is_refused(hours: str) -> None:
    with pytest.raises(SettingsRefused):
        ServerSettings.from_environment({"HARMONY_SERVER_ROTATION_OVERLAP_HOURS": hours})
