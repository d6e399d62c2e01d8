"""A kiosk's enrolment with a server: where it is, how to trust it, which station this is.

Kept in `enrolment.json` beside `device.json`; the secret is never here (see credentials.py).
Enrolment registers the kiosk's own device id: it never renames the device.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from harmony_kiosk.device import write_atomically

ENROLMENT_FILE = "enrolment.json"


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    station_id: str
    line_id: str
    site_id: str
    enrolled_at: str
    ca_bundle: str | None = None  # a plant CA bundle; None trusts the system store


def load_enrolment(data_dir: Path) -> Enrolment | None:
    path = data_dir / ENROLMENT_FILE
    if not path.exists():
        return None
    return Enrolment(**json.loads(path.read_text(encoding="utf-8")))


def save_enrolment(data_dir: Path, enrolment: Enrolment) -> None:
    write_atomically(data_dir / ENROLMENT_FILE, json.dumps(asdict(enrolment), indent=2).encode())
