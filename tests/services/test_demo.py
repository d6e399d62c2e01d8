"""Demo folders: their own device id, a reset makes a new folder and deletes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.plant_files import PlantDefinition
from harmony_kiosk.enrolment import Enrolment, save_enrolment
from harmony_kiosk.errors import RuleViolation
from harmony_kiosk.paths import demo_plant_dir
from harmony_kiosk.services import demo
from harmony_kiosk.services.kiosk import open_kiosk
from tests.conftest import OPERATOR


def device_of(folder: Path) -> dict[str, str]:
    return json.loads((folder / "device.json").read_text(encoding="utf-8"))


def test_ensure_makes_one_demo_folder_and_then_reuses_it(
    tmp_path: Path, clock: ManualClock, demo_definition: PlantDefinition
) -> None:
    folder = demo.create_demo(tmp_path, demo_plant_dir(), clock, demo_definition)
    assert demo.ensure_demo(tmp_path, demo_plant_dir(), clock) == folder
    identity = device_of(folder)
    assert identity["kind"] == "demo"
    assert folder.parent == tmp_path / "demo"


def test_reset_starts_a_new_folder_and_keeps_the_old_journal(
    tmp_path: Path, clock: ManualClock, demo_definition: PlantDefinition
) -> None:
    first = demo.create_demo(tmp_path, demo_plant_dir(), clock, demo_definition)
    kiosk = open_kiosk(first, clock)
    kiosk.auth.login(*OPERATOR)
    kiosk.close()
    journal_before = (first / "kiosk.db").read_bytes()
    clock.advance(1)
    second = demo.reset_demo(tmp_path, demo_plant_dir(), clock)
    assert second != first
    assert demo.current_demo(tmp_path) == second
    assert device_of(second)["device_id"] != device_of(first)["device_id"]
    assert (first / "kiosk.db").read_bytes() == journal_before


def test_reset_refuses_to_touch_an_enrolled_kiosk(
    tmp_path: Path, clock: ManualClock, demo_definition: PlantDefinition
) -> None:
    folder = demo.create_demo(tmp_path, demo_plant_dir(), clock, demo_definition)
    save_enrolment(
        folder,
        Enrolment("https://harmony.plant.example", "LINE1-ST1", "LINE1", "ALC-GDL", "2026-11-25"),
    )
    with pytest.raises(RuleViolation, match="enrolled"):
        demo.reset_demo(tmp_path, demo_plant_dir(), clock)
    assert demo.current_demo(tmp_path) == folder


def test_two_demos_in_the_same_second_get_distinct_folders(
    tmp_path: Path, clock: ManualClock, demo_definition: PlantDefinition
) -> None:
    first = demo.create_demo(tmp_path, demo_plant_dir(), clock, demo_definition)
    second = demo.create_demo(tmp_path, demo_plant_dir(), clock, demo_definition)
    assert first != second and first.exists() and second.exists()
