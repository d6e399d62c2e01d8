"""Conversions between the kiosk's domain objects and the wire models."""

from __future__ import annotations

from datetime import date, time

from harmony_kiosk.domain.events import Event
from harmony_kiosk.domain.instruction_codec import version_from_body
from harmony_kiosk.domain.operators import Operator, Role
from harmony_kiosk.domain.plant import (
    Equipment,
    Line,
    Plant,
    Product,
    Site,
    Station,
    WorkOrder,
)
from harmony_kiosk.domain.plant_files import PlantDefinition
from harmony_kiosk.domain.reasons import ReasonCode
from harmony_kiosk.domain.shifts import ShiftCalendar, ShiftPattern
from sync.protocol.models import MasterData, WireEvent


def to_wire(event: Event) -> WireEvent:
    return WireEvent(**event.hashed_content(), hash=event.hash)


def from_wire(wire: WireEvent) -> Event:
    return Event(**wire.model_dump())


def plant_definition(data: MasterData, images: dict[str, bytes]) -> PlantDefinition:
    """The server's master data as the kiosk's store takes it."""
    plant = Plant(
        site=Site(data.site.id, data.site.name, data.site.timezone),
        lines=tuple(Line(x.id, x.name) for x in data.lines),
        stations=tuple(Station(x.id, x.line_id, x.name) for x in data.stations),
        products=tuple(Product(x.id, x.name) for x in data.products),
        equipment=tuple(Equipment(x.id, x.line_id, x.name, x.name_es) for x in data.equipment),
    )
    operators = tuple(
        Operator(
            badge=o.badge,
            name=o.name,
            roles=frozenset(Role(role) for role in o.roles),
            language=o.language,
            pin_hash=o.pin_hash,
            active=o.active,
        )
        for o in data.operators
    )
    versions = tuple(
        version_from_body(record.body, {sha: images[sha] for sha in record.images if sha in images})
        for record in data.instruction_versions
    )
    orders = tuple(
        WorkOrder(
            w.id,
            w.product_id,
            w.quantity,
            date.fromisoformat(w.due),
            w.instruction_id,
            w.station_id,
        )
        for w in data.work_orders
    )
    calendars: dict[str, list[ShiftPattern]] = {}
    zones: dict[str, str] = {}
    for shift in data.shifts:
        calendars.setdefault(shift.line_id, []).append(
            ShiftPattern(
                shift.name,
                time.fromisoformat(shift.start),
                time.fromisoformat(shift.end),
                frozenset(shift.weekdays),
            )
        )
        zones[shift.line_id] = shift.timezone
    reasons = tuple(
        ReasonCode(r.code, r.label, r.parent, r.label_es, r.planned, r.needs_note)
        for r in data.reasons
    )
    return PlantDefinition(
        plant,
        operators,
        versions,
        orders,
        images,
        tuple(ShiftCalendar(line, zones[line], tuple(p)) for line, p in sorted(calendars.items())),
        reasons,
    )
