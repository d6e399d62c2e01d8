"""One setting changed from the kiosk (the maintenance menu): that line only, checked, atomic."""

from __future__ import annotations

from pathlib import Path

import pytest

from harmony_kiosk.settings import SettingsError, load_settings
from harmony_kiosk.settings_file import save_setting

WRITTEN_BY_IT = """# Line 1, station 1 (IT, ticket 4411)
station = "LINE1-ST1"
theme = "standard"   # the plant's default
idle_logout_s = 240
"""


def test_only_that_line_changes_and_it_is_read_back(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text(WRITTEN_BY_IT, encoding="utf-8")
    save_setting(tmp_path, "theme", "high-contrast")
    written = (tmp_path / "kiosk.toml").read_text(encoding="utf-8")
    assert written == WRITTEN_BY_IT.replace(
        'theme = "standard"   # the plant\'s default', 'theme = "high-contrast"'
    )
    settings = load_settings(tmp_path, {})
    assert (settings.theme, settings.station, settings.idle_logout_s) == (
        "high-contrast",
        "LINE1-ST1",
        240,
    )


def test_a_new_key_is_added_and_a_missing_file_is_made(tmp_path: Path) -> None:
    save_setting(tmp_path, "text_size", "large")
    assert (tmp_path / "kiosk.toml").read_text(encoding="utf-8") == 'text_size = "large"\n'
    (tmp_path / "kiosk.toml").write_text(WRITTEN_BY_IT, encoding="utf-8")
    save_setting(tmp_path, "text_size", "large")
    assert load_settings(tmp_path, {}).text_size == "large"
    assert (tmp_path / "kiosk.toml").read_text(encoding="utf-8").startswith(WRITTEN_BY_IT)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [("theme", "neon", "'theme': 'neon' is not valid"), ("colour", "red", "unknown setting")],
)
def test_a_bad_value_is_refused_and_the_file_left_alone(
    tmp_path: Path, key: str, value: str, message: str
) -> None:
    (tmp_path / "kiosk.toml").write_text(WRITTEN_BY_IT, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        save_setting(tmp_path, key, value)
    assert (tmp_path / "kiosk.toml").read_text(encoding="utf-8") == WRITTEN_BY_IT


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the data folder should be", encoding="utf-8")
    with pytest.raises(SettingsError, match="could not be written"):
        save_setting(not_a_folder, "theme", "high-contrast")
