"""One archive IT can mail: versions, settings, recent logs, journal and database checks, sync.

Nothing secret goes in: settings hold none, logs were redacted when written (and are redacted
again here), the device secret lives in the keyring and is never read.
"""

from __future__ import annotations

import json
import platform
import sqlite3
import sys
import zipfile
from collections.abc import Mapping
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from harmony_kiosk import __version__, paths
from harmony_kiosk.clock import Clock
from harmony_kiosk.device import load_or_create
from harmony_kiosk.enrolment import load_enrolment
from harmony_kiosk.errors import KnownError
from harmony_kiosk.logs import LOG_FILE, REDACTOR
from harmony_kiosk.settings import load_settings

LOG_LINES = 2000
_PACKAGES = ("SQLAlchemy", "alembic", "PySide6-Essentials", "keyring", "requests", "pydantic")


def write_archive(
    data_dir: Path, target: Path, clock: Clock, extra_versions: Mapping[str, str] | None = None
) -> Path:
    """Write the diagnostics zip to `target` and return it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("versions.json", _json(_versions(extra_versions or {})))
        archive.writestr("settings.json", _json(_settings(data_dir)))
        archive.writestr("device.json", _json(_device(data_dir, clock)))
        archive.writestr("checks.json", _json(_checks(data_dir, clock)))
        archive.writestr("logs/recent.jsonl", _recent_logs(data_dir))
    return target


def default_target(data_dir: Path, now: datetime) -> Path:
    return data_dir / "exports" / f"diagnostics-{now.strftime('%Y%m%dT%H%M%SZ')}.zip"


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)


def _versions(extra: Mapping[str, str]) -> dict[str, str]:
    found = {
        "harmony-kiosk": __version__,
        "python": sys.version.split()[0],
        "os": platform.platform(),
    }
    for name in _PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    found.update(extra)
    return found


def _settings(data_dir: Path) -> dict[str, Any]:
    try:
        return load_settings(data_dir).redacted()
    except KnownError as error:
        return {"error": error.message}


def _device(data_dir: Path, clock: Clock) -> dict[str, Any]:
    identity = load_or_create(data_dir, clock)
    enrolment = load_enrolment(data_dir)
    return {
        "device_id": identity.device_id,
        "kind": identity.kind,
        "created_at": identity.created_at,
        "enrolment": None if enrolment is None else vars(enrolment),
    }


def _checks(data_dir: Path, clock: Clock) -> dict[str, Any]:
    database = paths.database_path(data_dir)
    result: dict[str, Any] = {"database": str(database)}
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
        try:
            result["integrity_check"] = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.Error as error:
        result["integrity_check"] = f"could not run: {error}"
        return result
    from harmony_kiosk.services.kiosk import open_database, verify_journal  # noqa: PLC0415
    from harmony_kiosk.store import sync_records  # noqa: PLC0415

    try:
        identity, opened, _ = open_database(data_dir, clock)
    except KnownError as error:
        result["journal"] = error.message
        return result
    try:
        report = verify_journal(opened, identity.device_id)
        result["journal"] = {
            "events_checked": report.events_checked,
            "first_break": None if report.first_break is None else vars(report.first_break),
        }
        with opened.read() as reading:
            state = sync_records.read_state(reading)
        result["sync"] = {**vars(state), "waiting": state.waiting}
    finally:
        opened.close()
    return result


def _recent_logs(data_dir: Path) -> str:
    folder = paths.logs_dir(data_dir)
    files = (
        sorted(folder.glob(f"{LOG_FILE}*"), key=lambda p: p.stat().st_mtime)
        if folder.exists()
        else []
    )
    lines: list[str] = []
    for path in files:
        lines.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    # Redacted again: a secret registered after a line was written is caught here too.
    return "\n".join(REDACTOR.clean(line) for line in lines[-LOG_LINES:]) + "\n"
