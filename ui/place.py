"""Where this kiosk stands (site, line, station), read once when the kiosk opens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.kiosk import Kiosk


@dataclass(frozen=True)
class Place:
    """The names the headers show."""

    site_name: str
    site_timezone: str
    line_name: str
    station_id: str
    station_name: str

    @property
    def subtitle(self) -> str:
        return f"{self.station_id} · {self.line_name}"


def load_place(kiosk: Kiosk) -> Place:
    """Read the names for the kiosk's station. Runs on the worker thread."""
    from harmony_kiosk.store import master_data  # noqa: PLC0415 - off the start-up path

    with kiosk.uow.reading() as connection:
        site = master_data.site(connection)
        line = master_data.line(connection, kiosk.station.line_id)
    return Place(site.name, site.timezone, line.name, kiosk.station.id, kiosk.station.name)
