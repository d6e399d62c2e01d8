"""The kiosk's settings: one TOML file per kiosk, overridable by environment variables.

`<data folder>/kiosk.toml` (or the file `HARMONY_SETTINGS` names); each key may be overridden by
`HARMONY_<KEY>` in upper case. Every setting is documented in README.md ("Settings"), and a test
checks that the two agree. A bad value stops start-up with a message naming the key.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from harmony_kiosk.errors import KnownError

SETTINGS_FILE = "kiosk.toml"


class SettingsError(KnownError):
    """A setting that cannot be used; the message names the key and where it came from."""


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    doc: str
    parse: Callable[[Any], Any]


def _int_between(low: int, high: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        number = int(value)
        if not low <= number <= high:
            raise ValueError(f"between {low} and {high}")
        return number

    return parse


def _one_of(*choices: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        text = str(value)
        if text not in choices:
            raise ValueError(f"one of {', '.join(choices)}")
        return text

    return parse


def _optional_text(value: Any) -> str | None:
    text = str(value).strip()
    return text or None


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "station", None, "the station this kiosk serves (default: the enrolled one)", _optional_text
    ),
    Setting(
        "idle_logout_s",
        300,
        "seconds without a touch before an operator is logged out",
        _int_between(30, 3600),
    ),
    Setting("language", "en", "the language of the login screen: en or es", _one_of("en", "es")),
    Setting(
        "theme",
        "standard",
        "standard or high-contrast (black on white, 7:1 text); also set in maintenance",
        _one_of("standard", "high-contrast"),
    ),
    Setting(
        "text_size",
        "normal",
        "normal or large (text 1.25 times larger); also set in maintenance",
        _one_of("normal", "large"),
    ),
    Setting(
        "downtime_code_threshold_s",
        300,
        "stops shorter than this may stay uncoded",
        _int_between(0, 3600),
    ),
    Setting("voice_note_max_s", 120, "the longest voice note, in seconds", _int_between(10, 600)),
    Setting("disk_warn_percent", 90, "disk use at which the kiosk warns", _int_between(50, 99)),
    Setting(
        "disk_refuse_media_percent",
        95,
        "disk use at which voice notes and photos are refused",
        _int_between(50, 99),
    ),
    Setting("ca_bundle", None, "a plant CA bundle (PEM) to trust the server with", _optional_text),
)


@dataclass(frozen=True)
class KioskSettings:
    station: str | None = None
    idle_logout_s: int = 300
    language: str = "en"
    theme: str = "standard"
    text_size: str = "normal"
    downtime_code_threshold_s: int = 300
    voice_note_max_s: int = 120
    disk_warn_percent: int = 90
    disk_refuse_media_percent: int = 95
    ca_bundle: str | None = None

    def redacted(self) -> dict[str, Any]:
        """For diagnostics: settings hold no secret today, but the rule is written down here."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def settings_path(data_dir: Path, environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    override = env.get("HARMONY_SETTINGS")
    return Path(override) if override else data_dir / SETTINGS_FILE


def load_settings(data_dir: Path, environ: Mapping[str, str] | None = None) -> KioskSettings:
    """Read the file (if any), apply HARMONY_<KEY> overrides, check every value."""
    env = os.environ if environ is None else environ
    path = settings_path(data_dir, env)
    raw: dict[str, Any] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise SettingsError(f"{path}: not valid TOML ({error})") from None
    known = {setting.key: setting for setting in SETTINGS}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise SettingsError(f"{path}: unknown setting {unknown[0]!r} (known: {', '.join(known)})")
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        source, value = "default", setting.default
        if setting.key in raw:
            source, value = str(path), raw[setting.key]
        variable = f"HARMONY_{setting.key.upper()}"
        if variable in env:
            source, value = variable, env[variable]
        if value is None:
            values[setting.key] = None
            continue
        try:
            values[setting.key] = setting.parse(value)
        except (TypeError, ValueError) as error:
            raise SettingsError(
                f"setting {setting.key!r} from {source}: {value!r} is not valid ({error})"
            ) from None
    settings = KioskSettings(**values)
    if settings.disk_refuse_media_percent < settings.disk_warn_percent:
        raise SettingsError(
            "setting 'disk_refuse_media_percent' must not be below 'disk_warn_percent'"
        )
    return settings
