"""Fixtures every suite shares: a manual clock, the parsed demo plant, a fresh kiosk per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run offscreen unless a developer asks for a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.plant_files import PlantDefinition, load_plant_folder
from harmony_kiosk.paths import demo_plant_dir
from harmony_kiosk.services import demo
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk

# Demo credentials (resources/demo/operators.toml), by what the tests need of them.
OPERATOR = ("10041", "4821")  # María González, operator, Spanish
OPERATOR_EN = ("10078", "7315")  # Emily Carter, operator, English
TEAM_LEAD = ("20014", "735914")  # Ricardo Mendoza
QUALITY = ("30035", "264817")  # Sarah Mitchell
SUPERVISOR = ("40007", "916372")  # Kevin Walsh
TORQUE_STATION = "LINE1-ST1"  # runs WI-GBX-COVER
PACK_STATION = "LINE1-ST2"  # runs WI-GBX250-PACK
INSPECTION_STATION = "LINE2-ST1"  # runs WI-PMP45-VISUAL


@pytest.fixture(scope="session")
def demo_definition() -> PlantDefinition:
    """The demo plant parsed once per run (PIN hashing is slow on purpose)."""
    return load_plant_folder(demo_plant_dir())


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def demo_dir(tmp_path: Path, clock: ManualClock, demo_definition: PlantDefinition) -> Path:
    """A fresh demo data folder (its own database and device id) for this test."""
    return demo.create_demo(tmp_path / "data", demo_plant_dir(), clock, demo_definition)


@pytest.fixture
def kiosk(demo_dir: Path, clock: ManualClock) -> Iterator[Kiosk]:
    """The kiosk services of the torque station on a fresh demo database."""
    opened = open_kiosk(demo_dir, clock, TORQUE_STATION)
    yield opened
    opened.close()


@pytest.fixture
def operator_session(kiosk: Kiosk) -> OperatorSession:
    return kiosk.auth.login(*OPERATOR)
