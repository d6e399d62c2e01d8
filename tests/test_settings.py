"""Kiosk settings: file, environment overrides, clear errors, and every key documented."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from harmony_kiosk.settings import SETTINGS, KioskSettings, SettingsError, load_settings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_defaults_without_a_file(tmp_path: Path) -> None:
    assert load_settings(tmp_path, {}) == KioskSettings()


def test_the_file_and_then_the_environment(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text('idle_logout_s = 120\nlanguage = "es"\n', encoding="utf-8")
    settings = load_settings(tmp_path, {"HARMONY_IDLE_LOGOUT_S": "600"})
    assert (settings.idle_logout_s, settings.language) == (600, "es")


@pytest.mark.parametrize(
    ("content", "environ", "message"),
    [
        (
            "idle_logout_s = 5\n",
            {},
            "'idle_logout_s' from .*kiosk.toml: 5 is not valid \\(between 30",
        ),
        ('theme = "neon"\n', {}, "'theme'.*one of standard, high-contrast"),
        ("idle_time = 10\n", {}, "unknown setting 'idle_time'"),
        ("", {"HARMONY_LANGUAGE": "fr"}, "'language' from HARMONY_LANGUAGE"),
        ("idle_logout_s = \n", {}, "not valid TOML"),
    ],
)
def test_a_bad_value_names_the_key_and_where_it_came_from(
    tmp_path: Path, content: str, environ: dict[str, str], message: str
) -> None:
    (tmp_path / "kiosk.toml").write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(tmp_path, environ)


def test_the_table_and_the_dataclass_agree() -> None:
    fields = {f.name: f.default for f in dataclasses.fields(KioskSettings)}
    assert {s.key: s.default for s in SETTINGS} == fields


def test_every_setting_is_documented_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"`{setting.key}`" in text, f"README does not document {setting.key}"
        assert f"HARMONY_{setting.key.upper()}" in text
