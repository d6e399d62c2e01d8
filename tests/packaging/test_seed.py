"""The installer's seed file (harmony_kiosk/seed.py): read once, and the code removed after use."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from harmony_kiosk import seed

SEED = """\
# written by the installer
server_url = "https://harmony.plant.example"
station = "LINE1-ST1"
enrolment_code = "K7Q2-9XMD"
"""


@pytest.fixture
def seed_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "seed.toml"
    path.write_text(SEED, encoding="utf-8")
    path.chmod(0o600)
    monkeypatch.setenv(seed.SEED_ENV, str(path))
    return path


def test_reads_what_the_installer_wrote(seed_file: Path) -> None:
    found = seed.load()
    assert found == seed.Seed(seed_file, "https://harmony.plant.example", "LINE1-ST1", "K7Q2-9XMD")
    assert found.can_enrol


def test_no_file_is_no_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(seed.SEED_ENV, str(tmp_path / "absent.toml"))
    assert seed.load() is None
    seed.consume()  # nothing to do, no error


def test_default_path_on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(seed.SEED_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert seed.seed_path() == Path("/etc/harmony-kiosk/seed.toml")


def test_consume_deletes_the_code_and_keeps_the_rest(seed_file: Path) -> None:
    seed.consume()
    assert "K7Q2" not in seed_file.read_text(encoding="utf-8")
    left = seed.load()
    assert left is not None
    assert (left.server_url, left.station, left.enrolment_code) == (
        "https://harmony.plant.example",
        "LINE1-ST1",
        None,
    )
    assert not left.can_enrol
    assert seed_file.stat().st_mode & 0o777 == 0o600
    assert not seed_file.with_name("seed.toml.tmp").exists()
    seed.consume()  # twice is fine
    assert seed.load() == left


def test_a_seed_of_only_a_code_goes_whole(seed_file: Path) -> None:
    seed_file.write_text('enrolment_code = "K7Q2-9XMD"\n', encoding="utf-8")
    seed.consume()
    assert not seed_file.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_rewrites_in_place_when_the_folder_is_not_writable(seed_file: Path) -> None:
    seed_file.parent.chmod(0o555)
    try:
        seed.consume()
    finally:
        seed_file.parent.chmod(0o755)
    assert "enrolment_code" not in seed_file.read_text(encoding="utf-8")


def test_in_place_fallback(seed_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_self: Path, _target: Path) -> None:
        raise PermissionError("folder not writable")

    monkeypatch.setattr(Path, "replace", refuse)
    seed.consume()
    assert "enrolment_code" not in seed_file.read_text(encoding="utf-8")
    assert seed.load() is not None
    assert sorted(path.name for path in seed_file.parent.iterdir()) == ["seed.toml"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [("server_url = 3\n", "quoted text"), ("server_url = \n", "not valid TOML")],
)
def test_a_damaged_file_is_a_calm_error(seed_file: Path, text: str, problem: str) -> None:
    seed_file.write_text(text, encoding="utf-8")
    with pytest.raises(seed.SeedInvalid, match=problem):
        seed.load()
