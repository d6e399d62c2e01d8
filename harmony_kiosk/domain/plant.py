"""The plant as the kiosk knows it: site, lines, stations, equipment, products and work orders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Site:
    id: str
    name: str
    timezone: str


@dataclass(frozen=True)
class Line:
    id: str
    name: str


@dataclass(frozen=True)
class Station:
    id: str
    line_id: str
    name: str


@dataclass(frozen=True)
class Equipment:
    """A machine of a line that can stop it (a press, a torque tool, a conveyor...)."""

    id: str
    line_id: str
    name: str
    name_es: str | None = None

    def name_in(self, language: str) -> str:
        """The name in `language` ("en" or "es"), English when there is no translation."""
        return self.name_es if language == "es" and self.name_es else self.name


@dataclass(frozen=True)
class Product:
    id: str
    name: str


@dataclass(frozen=True)
class WorkOrder:
    """An order to make `quantity` of a product at a station, following one instruction."""

    id: str
    product_id: str
    quantity: int
    due: date
    instruction_id: str
    station_id: str


@dataclass(frozen=True)
class Plant:
    """Everything a plant folder describes, checked for consistency."""

    site: Site
    lines: tuple[Line, ...]
    stations: tuple[Station, ...]
    products: tuple[Product, ...]
    equipment: tuple[Equipment, ...] = ()  # optional in plant.toml: older folders have none

    def equipment_of(self, line_id: str) -> tuple[Equipment, ...]:
        return tuple(item for item in self.equipment if item.line_id == line_id)
