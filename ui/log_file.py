"""Logging to a rotating file in the data folder (data_dir/logs/kiosk.log)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from harmony_kiosk import paths

MAX_BYTES = 2_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


def start_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to kiosk.log; returns its path."""
    folder = paths.logs_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kiosk.log"
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return path
