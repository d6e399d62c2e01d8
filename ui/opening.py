"""Opening the kiosk on its data folder (worker thread): the station, and whether it syncs."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from harmony_kiosk import paths
from harmony_kiosk.clock import Clock
from harmony_kiosk.enrolment import Enrolment, load_enrolment
from harmony_kiosk.errors import KnownError, NotFound
from ui.place import Place, load_place

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.kiosk import Kiosk

log = logging.getLogger(__name__)


class NoPlantData(NotFound):
    """Not enrolled and no plant data: a new kiosk, to be enrolled (no supervisor exists yet)."""


@dataclass(frozen=True)
class Opened:
    """The open kiosk and where it stands; or, for an enrolled folder without plant data yet,
    no kiosk: it waits for the server (`waiting_for` says what is missing)."""

    kiosk: Kiosk | None
    place: Place | None
    enrolment: Enrolment | None
    waiting_for: str = ""

    @property
    def is_demo(self) -> bool:
        return self.kiosk is not None and self.kiosk.identity.kind == "demo"


def open_station(data_dir: Path, clock: Clock, station_id: str | None) -> Opened:
    """Open the kiosk at `station_id`, by default the enrolled station (else the first one)."""
    # On the worker thread: SQLAlchemy and the services load here, after the first paint.
    from harmony_kiosk.services.kiosk import open_kiosk  # noqa: PLC0415

    enrol_from_seed(data_dir, clock)
    enrolment = load_enrolment(data_dir)
    station = station_id or (enrolment.station_id if enrolment else None)
    try:
        kiosk = open_kiosk(data_dir, clock, station)
    except NotFound as missing:
        if enrolment is None:
            if not _has_stations(data_dir):
                raise NoPlantData(missing.message) from None
            raise
        log.info("enrolled, waiting for plant data: %s", missing.message)
        return Opened(None, None, enrolment, missing.message)
    try:
        return Opened(kiosk, load_place(kiosk), enrolment)
    except NotFound as missing:
        kiosk.close()
        if enrolment is None:
            raise
        return Opened(None, None, enrolment, missing.message)
    except BaseException:
        kiosk.close()
        raise


def enrol_from_seed(data_dir: Path, clock: Clock) -> None:
    """First start after an installer was given a server and a one-time code: enrol with them.

    The code is deleted from the seed file once used; a failure (server unreachable) leaves the
    seed for the next start and the kiosk opens as a kiosk that is not enrolled yet.
    """
    from harmony_kiosk import seed  # noqa: PLC0415 - worker thread only
    from harmony_kiosk.device import load_or_create  # noqa: PLC0415

    if load_enrolment(data_dir) is not None:
        return
    try:
        found = seed.load()
    except seed.SeedInvalid as damaged:
        log.warning("the installer's seed file cannot be used: %s", damaged.message)
        return
    if found is None or not found.can_enrol or load_or_create(data_dir, clock).kind == "demo":
        return
    from sync.client.enrol import enrol  # noqa: PLC0415
    from sync.client.transport import ServerAddress  # noqa: PLC0415

    assert found.server_url is not None
    assert found.enrolment_code is not None
    ca_bundle = Path(found.ca_bundle) if found.ca_bundle else None
    try:
        enrol(data_dir, ServerAddress(found.server_url, ca_bundle), found.enrolment_code, clock)
    except KnownError as failed:
        log.warning(
            "enrolment from the installer's seed failed; next start tries again: %s", failed.message
        )
        return
    seed.consume(found.path)
    log.info("enrolled from the installer's seed", extra={"server": found.server_url})


def _has_stations(data_dir: Path) -> bool:
    """Whether the folder holds any plant at all (asked only after opening failed)."""
    from harmony_kiosk.store import master_data  # noqa: PLC0415 - worker thread only
    from harmony_kiosk.store.database import Database  # noqa: PLC0415

    database = Database(paths.database_path(data_dir))
    try:
        with database.read() as connection:
            return bool(master_data.all_stations(connection))
    finally:
        database.close()
