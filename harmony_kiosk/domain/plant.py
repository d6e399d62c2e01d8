"""The plant as the kiosk knows it: site, lines, stations, products and work orders."""

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
