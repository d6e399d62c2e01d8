"""Master data on the kiosk: written whole from a plant definition, read as domain dataclasses."""

from __future__ import annotations

import json
from datetime import date, time
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select

from harmony_kiosk.domain.canonical import canonical_json
from harmony_kiosk.domain.instruction_codec import version_from_body, version_to_body
from harmony_kiosk.domain.instructions import InstructionVersion
from harmony_kiosk.domain.operators import Operator, Role
from harmony_kiosk.domain.plant import Equipment, Line, Product, Site, Station, WorkOrder
from harmony_kiosk.domain.plant_files import PlantDefinition
from harmony_kiosk.domain.reasons import ReasonCode, ReasonTree
from harmony_kiosk.domain.shifts import ShiftCalendar, ShiftPattern
from harmony_kiosk.errors import NotFound
from harmony_kiosk.store.schema import (
    equipment,
    images,
    instruction_versions,
    lines,
    operators,
    products,
    reason_codes,
    shift_patterns,
    sites,
    stations,
    work_orders,
)

_MASTER_TABLES = (
    work_orders,
    equipment,  # before lines: it refers to them
    stations,
    lines,
    products,
    operators,
    sites,
    shift_patterns,
    reason_codes,
)


def replace_master_data(connection: Connection, definition: PlantDefinition) -> None:
    """Make `definition` the kiosk's master data, in the caller's transaction (all or nothing).

    Published instruction versions and their pictures are only ever added: a running job keeps
    the version it started with.
    """
    for table in _MASTER_TABLES:
        connection.execute(delete(table))
    plant = definition.plant
    connection.execute(
        insert(sites).values(id=plant.site.id, name=plant.site.name, timezone=plant.site.timezone)
    )
    _insert_many(connection, lines, [{"id": x.id, "name": x.name} for x in plant.lines])
    _insert_many(
        connection,
        stations,
        [{"id": s.id, "line_id": s.line_id, "name": s.name} for s in plant.stations],
    )
    _insert_many(
        connection,
        equipment,
        [
            {"id": e.id, "line_id": e.line_id, "name": e.name, "name_es": e.name_es}
            for e in plant.equipment
        ],
    )
    _insert_many(connection, products, [{"id": p.id, "name": p.name} for p in plant.products])
    _insert_many(
        connection,
        operators,
        [
            {
                "badge": o.badge,
                "name": o.name,
                "roles": ",".join(sorted(r.value for r in o.roles)),
                "language": o.language,
                "pin_hash": o.pin_hash,
                "active": o.active,
            }
            for o in definition.operators
        ],
    )
    known_images = set(connection.execute(select(images.c.sha256)).scalars())
    _insert_many(
        connection,
        images,
        [
            {"sha256": sha, "data": raw}
            for sha, raw in definition.images.items()
            if sha not in known_images
        ],
    )
    for version in definition.instructions:
        add_instruction_version(connection, version)
    _insert_many(
        connection,
        shift_patterns,
        [
            {
                "line_id": calendar.line_id,
                "name": pattern.name,
                "start": pattern.start.strftime("%H:%M"),
                "end": pattern.end.strftime("%H:%M"),
                "weekdays": "".join(str(day) for day in sorted(pattern.weekdays)),
                "timezone": calendar.timezone,
            }
            for calendar in definition.calendars
            for pattern in calendar.patterns
        ],
    )
    _insert_many(
        connection,
        reason_codes,
        [
            {
                "code": r.code,
                "parent": r.parent,
                "label": r.label,
                "label_es": r.label_es,
                "planned": r.planned,
                "needs_note": r.needs_note,
            }
            for r in definition.reasons
        ],
    )
    _insert_many(
        connection,
        work_orders,
        [
            {
                "id": w.id,
                "product_id": w.product_id,
                "quantity": w.quantity,
                "due": w.due.isoformat(),
                "instruction_id": w.instruction_id,
                "station_id": w.station_id,
            }
            for w in definition.work_orders
        ],
    )


def add_instruction_version(connection: Connection, version: InstructionVersion) -> None:
    """Store a published version unless it is already there (versions never change)."""
    exists = connection.execute(
        select(instruction_versions.c.content_hash).where(
            instruction_versions.c.instruction_id == version.instruction_id,
            instruction_versions.c.version == version.version,
        )
    ).scalar()
    if exists is not None:
        return
    connection.execute(
        insert(instruction_versions).values(
            instruction_id=version.instruction_id,
            version=version.version,
            title=version.title,
            product_id=version.product_id,
            body=canonical_json(version_to_body(version)),
            content_hash=version.content_hash,
        )
    )


def _insert_many(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(table), rows)


def site(connection: Connection) -> Site:
    row = connection.execute(select(sites)).first()
    if row is None:
        raise NotFound("This kiosk has no plant data yet.")
    return Site(row.id, row.name, row.timezone)


def station(connection: Connection, station_id: str) -> Station:
    row = connection.execute(select(stations).where(stations.c.id == station_id)).first()
    if row is None:
        raise NotFound(f"Station {station_id} is not part of this plant.")
    return Station(row.id, row.line_id, row.name)


def all_stations(connection: Connection) -> list[Station]:
    rows = connection.execute(select(stations).order_by(stations.c.id))
    return [Station(row.id, row.line_id, row.name) for row in rows]


def equipment_of_line(connection: Connection, line_id: str) -> list[Equipment]:
    """The line's equipment in the order of its codes (the plant file's own grouping)."""
    rows = connection.execute(
        select(equipment).where(equipment.c.line_id == line_id).order_by(equipment.c.id)
    )
    return [Equipment(row.id, row.line_id, row.name, row.name_es) for row in rows]


def line(connection: Connection, line_id: str) -> Line:
    row = connection.execute(select(lines).where(lines.c.id == line_id)).one()
    return Line(row.id, row.name)


def product(connection: Connection, product_id: str) -> Product:
    row = connection.execute(select(products).where(products.c.id == product_id)).one()
    return Product(row.id, row.name)


def operator(connection: Connection, badge: str) -> Operator | None:
    row = connection.execute(select(operators).where(operators.c.badge == badge)).first()
    if row is None:
        return None
    return Operator(
        badge=row.badge,
        name=row.name,
        roles=frozenset(Role(name) for name in row.roles.split(",")),
        language=row.language,
        pin_hash=row.pin_hash,
        active=row.active,
    )


def operator_count(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(operators)).scalar_one())


def instruction_version(
    connection: Connection, instruction_id: str, version: int
) -> InstructionVersion:
    row = connection.execute(
        select(instruction_versions.c.body).where(
            instruction_versions.c.instruction_id == instruction_id,
            instruction_versions.c.version == version,
        )
    ).first()
    if row is None:
        raise NotFound(f"Instruction {instruction_id} version {version} is not on this kiosk.")
    return version_from_body(json.loads(row.body))


def latest_version_number(connection: Connection, instruction_id: str) -> int:
    latest = connection.execute(
        select(func.max(instruction_versions.c.version)).where(
            instruction_versions.c.instruction_id == instruction_id
        )
    ).scalar()
    if latest is None:
        raise NotFound(f"Instruction {instruction_id} has no published version on this kiosk.")
    return int(latest)


def image(connection: Connection, sha256: str) -> bytes | None:
    return connection.execute(select(images.c.data).where(images.c.sha256 == sha256)).scalar()


def _work_order(row: Row[Any]) -> WorkOrder:
    return WorkOrder(
        id=row.id,
        product_id=row.product_id,
        quantity=row.quantity,
        due=date.fromisoformat(row.due),
        instruction_id=row.instruction_id,
        station_id=row.station_id,
    )


def work_order(connection: Connection, work_order_id: str) -> WorkOrder:
    row = connection.execute(select(work_orders).where(work_orders.c.id == work_order_id)).first()
    if row is None:
        raise NotFound(f"Work order {work_order_id} is not on this kiosk.")
    return _work_order(row)


def work_orders_at(connection: Connection, station_id: str) -> list[WorkOrder]:
    rows = connection.execute(
        select(work_orders)
        .where(work_orders.c.station_id == station_id)
        .order_by(work_orders.c.due, work_orders.c.id)
    )
    return [_work_order(row) for row in rows]


def shift_calendar(connection: Connection, line_id: str) -> ShiftCalendar | None:
    """The line's shift calendar, or None when the plant defines none for it."""
    rows = connection.execute(
        select(shift_patterns)
        .where(shift_patterns.c.line_id == line_id)
        .order_by(shift_patterns.c.start)
    ).all()
    if not rows:
        return None
    patterns = tuple(
        ShiftPattern(
            row.name,
            time.fromisoformat(row.start),
            time.fromisoformat(row.end),
            frozenset(int(day) for day in row.weekdays),
        )
        for row in rows
    )
    return ShiftCalendar(line_id, rows[0].timezone, patterns)


def reason_tree(connection: Connection) -> ReasonTree:
    rows = connection.execute(select(reason_codes).order_by(reason_codes.c.code))
    return ReasonTree(
        ReasonCode(r.code, r.label, r.parent, r.label_es, r.planned, r.needs_note) for r in rows
    )
