"""Structured logs: one JSON object a line, rotating files in the data folder, no secrets.

Every record passes a redaction filter before it is written: the device secret and anything
that looks like a PIN or a secret in a record's fields or message never reaches the disk.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from harmony_kiosk import paths

MAX_BYTES = 2_000_000
BACKUPS = 5
LOG_FILE = "kiosk.jsonl"
REDACTED = "[redacted]"
_SENSITIVE_KEYS = re.compile(r"(pin|secret|password|token|signature|authorization)", re.I)
_SENSITIVE_TEXT = re.compile(r"(?i)\b(pin|secret|password|token|signature)\b(\s*[:=]\s*|\s+)(\S+)")
# What a LogRecord carries of its own; everything else came in through `extra=`.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class Redactor(logging.Filter):
    """Removes known secrets and PIN-like values from records, in place."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def never_write(self, secret: str) -> None:
        """Register a value (the device secret) that must never be written, wherever it shows."""
        if len(secret) >= 6:
            self._secrets.add(secret)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.clean(record.getMessage())
        record.args = None
        for key in list(vars(record)):
            if key in _STANDARD:
                continue
            value = getattr(record, key)
            if _SENSITIVE_KEYS.search(key):
                setattr(record, key, REDACTED)
            elif isinstance(value, str):
                setattr(record, key, self.clean(value))
        if record.exc_text:
            record.exc_text = self.clean(record.exc_text)
        return True

    def clean(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return _SENSITIVE_TEXT.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)


class JsonLines(logging.Formatter):
    """A record as one JSON object: time, level, logger, thread, message, extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "thread": record.threadName,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD:
                entry[key] = (
                    value if isinstance(value, str | int | float | bool | None) else repr(value)
                )
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["traceback"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


REDACTOR = Redactor()


def start_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to `<data>/logs/kiosk.jsonl` (rotating); returns its path."""
    folder = paths.logs_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(JsonLines())
    handler.addFilter(REDACTOR)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return path
