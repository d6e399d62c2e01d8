"""The headless commands: verify-journal finds a break and exits non-zero; rebuild restores."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.plant_files import PlantDefinition
from harmony_kiosk.paths import demo_plant_dir
from harmony_kiosk.services import demo
from harmony_kiosk.services.kiosk import open_kiosk
from tests.conftest import OPERATOR
from tests.services.job_runner import run_whole_job

KIOSK = Path(sys.executable).with_name("harmony-kiosk")


def run(data_root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HARMONY_DATA_DIR": str(data_root)}
    return subprocess.run(
        [str(KIOSK), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture
def data_root(tmp_path: Path, clock: ManualClock, demo_definition: PlantDefinition) -> Path:
    folder = demo.create_demo(tmp_path, demo_plant_dir(), clock, demo_definition)
    kiosk = open_kiosk(folder, clock)
    run_whole_job(kiosk, kiosk.auth.login(*OPERATOR))
    kiosk.close()
    return tmp_path


def test_verify_journal_passes_on_an_intact_journal(data_root: Path) -> None:
    result = run(data_root, "verify-journal", "--demo")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: 17 events")


def test_verify_journal_reports_the_first_altered_event(data_root: Path) -> None:
    folder = demo.current_demo(data_root)
    assert folder is not None
    connection = sqlite3.connect(folder / "kiosk.db")
    # Someone with a SQLite shell: drops the guard and edits a measurement after the fact.
    connection.execute("DROP TRIGGER events_no_update")
    connection.execute("UPDATE events SET payload = replace(payload, '12.0', '12.1') WHERE seq = 9")
    connection.commit()
    connection.close()
    result = run(data_root, "verify-journal", "--demo")
    assert result.returncode == 1
    assert "BROKEN at seq 9" in result.stdout
    assert "8 events intact" in result.stdout


def test_verify_journal_reports_a_gap(data_root: Path) -> None:
    folder = demo.current_demo(data_root)
    assert folder is not None
    connection = sqlite3.connect(folder / "kiosk.db")
    connection.execute("DROP TRIGGER events_no_delete")
    connection.execute("DELETE FROM events WHERE seq = 5")
    connection.commit()
    connection.close()
    result = run(data_root, "verify-journal", "--demo")
    assert result.returncode == 1
    assert "seq 5 is missing" in result.stdout


def test_rebuild_projections_from_the_command_line(data_root: Path) -> None:
    result = run(data_root, "rebuild-projections", "--demo")
    assert result.returncode == 0, result.stderr
    assert "from 17 events" in result.stdout


def test_commands_on_a_data_folder_without_a_demo_say_what_to_do(tmp_path: Path) -> None:
    result = run(tmp_path, "verify-journal", "--demo")
    assert result.returncode == 2
    assert "harmony-kiosk demo" in result.stderr
    assert "Traceback" not in result.stderr
