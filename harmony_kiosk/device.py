"""The kiosk's own identity: a UUID made once, with its data folder, and never changed."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from harmony_kiosk.clock import Clock, to_iso
from harmony_kiosk.paths import DEVICE_FILE


@dataclass(frozen=True)
class DeviceIdentity:
    device_id: str
    created_at: str
    kind: str  # "kiosk" or "demo": a demo's journal is never uploaded


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file so that a crash leaves either the old or the new content, never half."""
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def load_or_create(data_dir: Path, clock: Clock, kind: str = "kiosk") -> DeviceIdentity:
    """Read the folder's identity, creating folder and identity the first time."""
    path = data_dir / DEVICE_FILE
    if path.exists():
        raw = json.loads(path.read_text(encoding="utf-8"))
        return DeviceIdentity(
            device_id=raw["device_id"],
            created_at=raw["created_at"],
            kind=raw.get("kind", "kiosk"),
        )
    data_dir.mkdir(parents=True, exist_ok=True)
    identity = DeviceIdentity(str(uuid.uuid4()), to_iso(clock.now()), kind)
    write_atomically(path, json.dumps(identity.__dict__, indent=2).encode())
    return identity
