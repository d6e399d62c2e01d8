"""Work orders as an ERP exports them (CSV), checked row by row and imported all or nothing."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from harmony_kiosk.domain.plant import WorkOrder
from sync.server.db.schema import instruction_versions, products, stations, work_orders
from sync.server.errors import InvalidInput
from sync.server.master import revision
from sync.server.master.upsert import upsert

COLUMNS = ("id", "product", "quantity", "due", "instruction", "station")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")  # as in docs/plant-files.md
_MAX_QUANTITY = 2**31 - 1


@dataclass(frozen=True)
class WorkOrderRow:
    id: str
    product_id: str
    quantity: int
    due: date
    instruction_id: str
    station_id: str

    @classmethod
    def from_domain(cls, order: WorkOrder) -> WorkOrderRow:
        return cls(
            order.id,
            order.product_id,
            order.quantity,
            order.due,
            order.instruction_id,
            order.station_id,
        )


class WorkOrderFileRefused(InvalidInput):
    """A CSV with problems; `problems` lists each as "line N: …" and nothing was imported."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s), nothing imported:\n" + "\n".join(problems))
        self.problems = problems


def write_work_orders(connection: Connection, rows: Iterable[WorkOrderRow]) -> int:
    """Upsert open orders by id (an ERP re-exports orders it changed)."""
    values = [{**vars(row), "open": True} for row in rows]
    upsert(connection, work_orders, values)
    return len(values)


def import_work_orders_csv(connection: Connection, raw: bytes, now: datetime) -> tuple[int, int]:
    """Check every row against the server's plant; import all of them or raise with every
    problem by line number. Returns (orders imported, new master-data revision)."""
    known = _Known.load(connection)
    rows, problems = _parse(raw, known)
    if problems:
        raise WorkOrderFileRefused(problems)
    new_revision = revision.bump(connection, now)
    return write_work_orders(connection, rows), new_revision


@dataclass(frozen=True)
class _Known:
    products: frozenset[str]
    stations: frozenset[str]
    instructions: frozenset[str]

    @classmethod
    def load(cls, connection: Connection) -> _Known:
        def ids(column: sa.Column[str]) -> frozenset[str]:
            return frozenset(connection.execute(sa.select(column).distinct()).scalars())

        return cls(
            ids(products.c.id), ids(stations.c.id), ids(instruction_versions.c.instruction_id)
        )


def _parse(raw: bytes, known: _Known) -> tuple[list[WorkOrderRow], list[str]]:
    try:
        text = raw.decode("utf-8-sig")  # ERPs on Windows like to start with a BOM
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return [], [f"line {line}: not UTF-8 text (save the export as UTF-8)"]
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        return [], [f"line 1: missing column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}"]
    rows: list[WorkOrderRow] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    try:
        for record in reader:
            line = reader.line_num
            row, row_problems = _row(record, known)
            if row is not None and row.id in seen:
                row_problems.append(f"id {row.id!r} appears already on line {seen[row.id]}")
            problems += [f"line {line}: {problem}" for problem in row_problems]
            if row is not None and not row_problems:
                seen[row.id] = line
                rows.append(row)
    except csv.Error as error:
        problems.append(f"line {reader.line_num}: not readable as CSV ({error})")
    if not rows and not problems:
        problems.append("line 2: the file holds no work orders")
    return rows, problems


def _row(
    record: dict[str | None, str | None], known: _Known
) -> tuple[WorkOrderRow | None, list[str]]:
    values = {name: (record.get(name) or "").strip() for name in COLUMNS}
    problems = [f"{name}: missing" for name, value in values.items() if not value]
    if problems:
        return None, problems
    for name in ("id", "product", "instruction", "station"):
        if not _CODE.match(values[name]):
            problems.append(f"{name}: {values[name]!r} is not a code (letters, digits, - _ .)")
    checks = (
        ("product", known.products, "no product"),
        ("station", known.stations, "no station"),
        ("instruction", known.instructions, "no published instruction"),
    )
    for name, ids, missing in checks:
        if _CODE.match(values[name]) and values[name] not in ids:
            problems.append(f"{name}: {missing} {values[name]!r} on this server")
    digits = values["quantity"]
    quantity = int(digits) if digits.isascii() and digits.isdigit() and len(digits) <= 10 else 0
    if not 1 <= quantity <= _MAX_QUANTITY:
        problems.append(f"quantity: {values['quantity']!r} is not a whole number of at least 1")
    try:
        due = date.fromisoformat(values["due"])
    except ValueError:
        problems.append(f"due: {values['due']!r} is not a date such as 2026-11-27")
    if problems:
        return None, problems
    row = WorkOrderRow(
        values["id"],
        values["product"],
        quantity,
        due,
        values["instruction"],
        values["station"],
    )
    return row, []
