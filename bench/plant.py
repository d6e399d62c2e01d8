"""The demo plant for benches: work orders big enough for any number of jobs, in a temp folder."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from harmony_kiosk.clock import Clock
from harmony_kiosk.domain.operators import Role
from harmony_kiosk.domain.plant_files import PlantDefinition, load_plant_folder
from harmony_kiosk.paths import demo_plant_dir
from harmony_kiosk.services.demo import create_demo

STATION = "LINE1-ST1"  # the cover fit & torque station: acknowledge, check and measure steps
OPERATOR = ("10041", "4821")  # María González (resources/demo/operators.toml)
SIGNERS = {  # who signs a signature step that asks for this role
    Role.OPERATOR: OPERATOR,
    Role.QUALITY: ("30035", "264817"),  # Sarah Mitchell
    Role.TEAM_LEAD: ("20014", "735914"),  # Ricardo Mendoza
    Role.SUPERVISOR: ("40007", "916372"),  # Kevin Walsh
}
BIG_QUANTITY = 1_000_000


def big_orders_plant() -> PlantDefinition:
    """The demo plant with every work order's quantity raised so jobs never run out."""
    definition = load_plant_folder(demo_plant_dir())
    orders = tuple(
        dataclasses.replace(order, quantity=BIG_QUANTITY) for order in definition.work_orders
    )
    return dataclasses.replace(definition, work_orders=orders)


def make_demo_folder(data_root: Path, clock: Clock) -> Path:
    """A fresh demo data folder under `data_root` (made the current demo) with big orders."""
    return create_demo(data_root, demo_plant_dir(), clock, big_orders_plant())
