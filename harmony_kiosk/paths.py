"""Where things live: the data folder (HARMONY_DATA_DIR overrides) and the shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "harmony-kiosk"
DATABASE_FILE = "kiosk.db"
DEVICE_FILE = "device.json"


def data_root() -> Path:
    """The kiosk's data folder: `HARMONY_DATA_DIR`, else the platform's user data folder."""
    override = os.environ.get("HARMONY_DATA_DIR")
    if override:
        return Path(override).expanduser().resolve()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """The shipped resources: next to the packages in a checkout, inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def demo_plant_dir() -> Path:
    return resources_dir() / "demo"


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def blobs_dir(data_dir: Path) -> Path:
    return data_dir / "blobs"
