"""The demo plant: its own data folders with their own device ids, never uploaded.

"Reset" makes a new folder and points at it; old demo folders (and their journals) are left as
they are, because events are never deleted from a journal.
"""

from __future__ import annotations

import logging
from pathlib import Path

from harmony_kiosk import device
from harmony_kiosk.clock import Clock
from harmony_kiosk.demo_folders import POINTER, current_demo, demo_base
from harmony_kiosk.domain.plant_files import PlantDefinition, load_plant_folder
from harmony_kiosk.enrolment import load_enrolment
from harmony_kiosk.errors import RuleViolation
from harmony_kiosk.services.kiosk import open_database
from harmony_kiosk.store.master_data import replace_master_data

log = logging.getLogger(__name__)
__all__ = ["create_demo", "current_demo", "demo_base", "ensure_demo", "reset_demo"]


def create_demo(
    data_root: Path, plant_dir: Path, clock: Clock, definition: PlantDefinition | None = None
) -> Path:
    """A new demo folder with the demo plant loaded, made the current one.

    `definition` lets tests reuse one parsed plant (parsing hashes every PIN, slowly on purpose).
    """
    # Parsed before anything is created: a bad plant file changes nothing.
    definition = definition or load_plant_folder(plant_dir)
    base = demo_base(data_root)
    base.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    folder = base / f"demo-{stamp}"
    suffix = 1
    while folder.exists():
        suffix += 1
        folder = base / f"demo-{stamp}-{suffix}"
    identity, database, _ = open_database(folder, clock, kind="demo")
    try:
        with database.write() as connection:
            replace_master_data(connection, definition)
    finally:
        database.close()
    device.write_atomically(base / POINTER, folder.name.encode())
    log.info("demo plant created", extra={"folder": str(folder), "device_id": identity.device_id})
    return folder


def ensure_demo(data_root: Path, plant_dir: Path, clock: Clock) -> Path:
    return current_demo(data_root) or create_demo(data_root, plant_dir, clock)


def reset_demo(data_root: Path, plant_dir: Path, clock: Clock) -> Path:
    """Start a fresh demo folder; refuses if the current one was ever enrolled with a server."""
    current = current_demo(data_root)
    if current is not None:
        identity = device.load_or_create(current, clock, kind="demo")
        enrolment = load_enrolment(current)
        if identity.kind != "demo" or enrolment is not None:
            server = enrolment.server_url if enrolment else "a server"
            raise RuleViolation(
                f"{current} belongs to a kiosk enrolled with {server}; "
                "the demo reset does not touch it."
            )
    return create_demo(data_root, plant_dir, clock)
