"""The server's settings, read once from the environment and checked before anything starts."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import platformdirs

from sync.server.errors import ServerProblem

APP_NAME = "harmony-server"
DATABASE_FILE = "server.db"
ENV_DATA_DIR = "HARMONY_SERVER_DATA_DIR"
ENV_DATABASE_URL = "HARMONY_SERVER_DATABASE_URL"
ENV_ROTATION_OVERLAP_HOURS = "HARMONY_SERVER_ROTATION_OVERLAP_HOURS"
_URL_SCHEMES = ("sqlite:///", "postgresql+psycopg://")


class SettingsRefused(ServerProblem):
    """A setting that would start the server wrongly; the message says what to set instead."""


@dataclass(frozen=True)
class ServerSettings:
    """Where data lives and the few knobs an operator of the server may turn."""

    data_dir: Path
    database_url: str
    rotation_overlap: timedelta = timedelta(hours=24)

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> ServerSettings:
        env = os.environ if environ is None else environ
        override = env.get(ENV_DATA_DIR)
        data_dir = (
            Path(override).expanduser().resolve()
            if override
            else platformdirs.user_data_path(APP_NAME, appauthor=False)
        )
        url = env.get(ENV_DATABASE_URL) or f"sqlite:///{data_dir / DATABASE_FILE}"
        if not url.startswith(_URL_SCHEMES):
            # psycopg2 and other drivers are not installed; saying so beats an import error later.
            raise SettingsRefused(
                f"{ENV_DATABASE_URL} must start with one of {', '.join(_URL_SCHEMES)} "
                f"(for PostgreSQL: postgresql+psycopg://user:password@host:5432/harmony)"
            )
        hours_text = env.get(ENV_ROTATION_OVERLAP_HOURS, "24")
        try:
            hours = float(hours_text)
        except ValueError:
            hours = -1.0
        if not 0 < hours <= 24 * 30:
            raise SettingsRefused(
                f"{ENV_ROTATION_OVERLAP_HOURS} must be a number of hours between 0 and 720"
            )
        return cls(data_dir, url, timedelta(hours=hours))


def resources_dir() -> Path:
    """The shipped resources: next to the packages in a checkout, inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def demo_plant_dir() -> Path:
    return resources_dir() / "demo"
