"""Changing one setting in kiosk.toml from the kiosk itself; the rest stays as IT wrote it.

The maintenance menu sets the theme and the text size this way. Only that key's line changes
(comments and the other keys stay); the value is checked as at start-up; the file is replaced
atomically (written aside, fsynced, renamed), so a power cut leaves the old file or the new one.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from harmony_kiosk.settings import SETTINGS, SettingsError, settings_path


def save_setting(data_dir: Path, key: str, value: str | int) -> Path:
    """Write `key = value` into the kiosk's settings file; returns the file."""
    known = {setting.key: setting for setting in SETTINGS}
    if key not in known:
        raise SettingsError(f"unknown setting {key!r}")
    try:
        known[key].parse(value)
    except (TypeError, ValueError) as error:
        raise SettingsError(f"setting {key!r}: {value!r} is not valid ({error})") from None
    path = settings_path(data_dir)
    # json.dumps writes a string as a TOML basic string (same quoting and escapes).
    line = f"{key} = {json.dumps(value, ensure_ascii=False)}"
    try:
        old = path.read_text(encoding="utf-8") if path.exists() else ""
    except OSError as error:
        raise SettingsError(f"{path} could not be read ({error.strerror or error})") from None
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=.*$", re.MULTILINE)
    if pattern.search(old):
        new = pattern.sub(lambda _match: line, old, count=1)
    else:
        new = f"{old.rstrip()}\n{line}\n" if old.strip() else f"{line}\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        aside = path.with_name(f".{path.name}.new")
        with aside.open("w", encoding="utf-8") as out:
            out.write(new)
            out.flush()
            os.fsync(out.fileno())
        aside.replace(path)
    except OSError as error:  # a read-only or full disk: said to the supervisor, not a crash
        raise SettingsError(f"{path} could not be written ({error.strerror or error})") from None
    return path
