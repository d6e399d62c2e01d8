"""Importing a plant folder: site, lines, stations, products, operators, instructions, orders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from pydantic import BaseModel, ValidationError
from sqlalchemy.engine import Connection

from harmony_kiosk.domain.plant import Line, Product
from harmony_kiosk.domain.plant_files import PlantDefinition, load_plant_folder
from harmony_kiosk.errors import PlantFileError
from sync.protocol.models import (
    EquipmentRecord,
    NamedRecord,
    OperatorRecord,
    ReasonRecord,
    ShiftRecord,
    SiteRecord,
    StationRecord,
)
from sync.server.blobs import BlobStore
from sync.server.db.schema import lines, operators, plant_documents, products, site, stations
from sync.server.db.types import dump_json
from sync.server.errors import Conflict, InvalidInput
from sync.server.master import revision
from sync.server.master.instructions import Published, publish
from sync.server.master.upsert import upsert
from sync.server.master.work_orders import WorkOrderRow, write_work_orders


@dataclass(frozen=True)
class PlantImport:
    """What an import changed, for the admin to read."""

    revision: int
    site_id: str
    lines: int
    stations: int
    products: int
    operators: int
    instructions_published: int
    instructions_unchanged: int
    work_orders: int


def read_plant_folder(folder: Path) -> PlantDefinition:
    try:
        return load_plant_folder(folder)
    except PlantFileError as error:
        raise InvalidInput(error.message) from None


def import_plant(
    connection: Connection,
    definition: PlantDefinition,
    blob_store: BlobStore,
    now: datetime,
    *,
    with_work_orders: bool,
) -> PlantImport:
    """Write the definition in the caller's transaction: all of it, or (on error) none of it.

    Records are upserted by id; nothing missing from the folder is deleted (devices and
    events keep pointing at stations; a leaver is deactivated, not removed).
    """
    plant = definition.plant
    stored_site = connection.execute(sa.select(site.c.id)).scalar_one_or_none()
    if stored_site is not None and stored_site != plant.site.id:
        raise Conflict(
            f"this server holds site {stored_site!r}; one server database serves one site "
            f"(the folder describes {plant.site.id!r})"
        )
    _check(SiteRecord, id=plant.site.id, name=plant.site.name, timezone=plant.site.timezone)
    named_records: list[Line | Product] = [*plant.lines, *plant.products]
    for named in named_records:
        _check(NamedRecord, id=named.id, name=named.name)
    for station in plant.stations:
        _check(StationRecord, id=station.id, line_id=station.line_id, name=station.name)
    for item in plant.equipment:
        _check(EquipmentRecord, **vars(item))
    operator_rows = [
        {
            "badge": operator.badge,
            "name": operator.name,
            "roles": dump_json(sorted(role.value for role in operator.roles)),
            "language": operator.language,
            "pin_hash": operator.pin_hash,
            "active": True,
        }
        for operator in definition.operators
    ]
    for row in operator_rows:
        _check(OperatorRecord, **{**row, "roles": [], "active": True})
    new_revision = revision.bump(connection, now)
    upsert(connection, site, [vars(plant.site)])
    upsert(connection, lines, [vars(line) for line in plant.lines])
    upsert(connection, stations, [vars(station) for station in plant.stations])
    upsert(connection, products, [vars(product) for product in plant.products])
    upsert(connection, operators, operator_rows)
    write_documents(connection, definition)
    outcomes = [publish(connection, v, blob_store, now) for v in definition.instructions]
    orders = 0
    if with_work_orders:
        rows = [WorkOrderRow.from_domain(order) for order in definition.work_orders]
        orders = write_work_orders(connection, rows)
    return PlantImport(
        revision=new_revision,
        site_id=plant.site.id,
        lines=len(plant.lines),
        stations=len(plant.stations),
        products=len(plant.products),
        operators=len(operator_rows),
        instructions_published=outcomes.count(Published.NEW),
        instructions_unchanged=outcomes.count(Published.UNCHANGED),
        work_orders=orders,
    )


def write_documents(connection: Connection, definition: PlantDefinition) -> None:
    """Shift calendars, reason tree and equipment, replaced whole (kiosks take them whole)."""
    shifts = [
        ShiftRecord(
            line_id=calendar.line_id,
            name=pattern.name,
            start=pattern.start.strftime("%H:%M"),
            end=pattern.end.strftime("%H:%M"),
            weekdays=sorted(pattern.weekdays),
            timezone=calendar.timezone,
        ).model_dump()
        for calendar in definition.calendars
        for pattern in calendar.patterns
    ]
    reasons = [
        ReasonRecord(
            code=r.code,
            label=r.label,
            parent=r.parent,
            label_es=r.label_es,
            planned=r.planned,
            needs_note=r.needs_note,
        ).model_dump()
        for r in definition.reasons
    ]
    equipment = [EquipmentRecord(**vars(item)).model_dump() for item in definition.plant.equipment]
    upsert(
        connection,
        plant_documents,
        [
            {"name": "shifts", "body": dump_json(shifts)},
            {"name": "reasons", "body": dump_json(reasons)},
            {"name": "equipment", "body": dump_json(equipment)},
        ],
    )


def _check(model: type[BaseModel], **fields: object) -> None:
    """Refuse what kiosks could not be sent, at import rather than at every download."""
    try:
        model.model_validate(fields)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InvalidInput(
            f"{model.__name__} {fields.get('id', '')}: {where}: {first['msg']}"
        ) from None
