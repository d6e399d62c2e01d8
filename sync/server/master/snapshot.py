"""The master data kiosks download: everything of the site, labelled with its revision."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sync.protocol.models import (
    EquipmentRecord,
    InstructionVersionRecord,
    MasterData,
    MasterDataResponse,
    NamedRecord,
    OperatorRecord,
    ReasonRecord,
    ShiftRecord,
    SiteRecord,
    StationRecord,
    WorkOrderRecord,
)
from sync.server.db.schema import (
    instruction_versions,
    lines,
    operators,
    plant_documents,
    products,
    site,
    stations,
    work_orders,
)
from sync.server.db.types import load_json
from sync.server.errors import Conflict
from sync.server.master import revision


def master_data_since(connection: Connection, since: int | None) -> MasterDataResponse:
    """`changed: false` when the kiosk holds the current revision, else the whole of it.

    A kiosk ahead of the server (a restored server database) gets everything again: only
    equality means current. The revision is read before the tables, so the data is never
    older than its label; a change committed in between simply comes again next time.
    """
    current = revision.current(connection)
    if since == current:
        return MasterDataResponse(changed=False)
    return MasterDataResponse(changed=True, data=master_data(connection, current))


def master_data(connection: Connection, current: int) -> MasterData:
    site_row = connection.execute(sa.select(site)).first()
    if site_row is None:
        raise Conflict("this server holds no plant yet (harmony-server import-plant FOLDER)")

    def rows(query: sa.Select[tuple[object, ...]]) -> list[sa.RowMapping]:
        return list(connection.execute(query).mappings())

    documents = {
        row.name: load_json(row.body) for row in connection.execute(sa.select(plant_documents))
    }
    return MasterData(
        revision=current,
        shifts=[ShiftRecord(**record) for record in documents.get("shifts", [])],
        reasons=[ReasonRecord(**record) for record in documents.get("reasons", [])],
        equipment=[EquipmentRecord(**record) for record in documents.get("equipment", [])],
        site=SiteRecord(id=site_row.id, name=site_row.name, timezone=site_row.timezone),
        lines=[NamedRecord(**row) for row in rows(sa.select(lines).order_by(lines.c.id))],
        stations=[
            StationRecord(**row) for row in rows(sa.select(stations).order_by(stations.c.id))
        ],
        products=[NamedRecord(**row) for row in rows(sa.select(products).order_by(products.c.id))],
        operators=[
            OperatorRecord(**{**row, "roles": load_json(row["roles"])})
            for row in rows(sa.select(operators).order_by(operators.c.badge))
        ],
        instruction_versions=[
            InstructionVersionRecord(
                body=load_json(row["body"]),
                content_hash=row["content_hash"],
                images=load_json(row["images"]),
            )
            for row in rows(
                sa.select(instruction_versions).order_by(
                    instruction_versions.c.instruction_id, instruction_versions.c.version
                )
            )
        ],
        work_orders=[
            WorkOrderRecord(
                id=row["id"],
                product_id=row["product_id"],
                quantity=row["quantity"],
                due=row["due"].isoformat(),
                instruction_id=row["instruction_id"],
                station_id=row["station_id"],
            )
            for row in rows(
                sa.select(work_orders)
                .where(work_orders.c.open.is_(True))
                .order_by(work_orders.c.id)
            )
        ],
    )
