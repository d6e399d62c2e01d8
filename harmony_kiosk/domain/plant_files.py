"""Reading a plant folder (docs/plant-files.md): the format's rules live here, with clear errors."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

from harmony_kiosk.domain.instruction_codec import version_body, version_from_body
from harmony_kiosk.domain.instructions import InstructionVersion, SignatureMeaning, StepKind
from harmony_kiosk.domain.operators import LANGUAGES, Operator, Role, pin_problem
from harmony_kiosk.domain.pins import hash_pin, is_pin_hash
from harmony_kiosk.domain.plant import Equipment, Line, Plant, Product, Site, Station, WorkOrder
from harmony_kiosk.domain.reasons import ReasonCode, ReasonTree, ReasonTreeError
from harmony_kiosk.domain.shifts import ShiftCalendar, ShiftPattern
from harmony_kiosk.errors import PlantFileError

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_BADGE = re.compile(r"^[A-Za-z0-9]{3,32}$")
T = TypeVar("T")


@dataclass(frozen=True)
class PlantDefinition:
    """Everything a plant folder holds, checked: references resolve, PINs are hashed."""

    plant: Plant
    operators: tuple[Operator, ...]
    instructions: tuple[InstructionVersion, ...]
    work_orders: tuple[WorkOrder, ...]
    images: Mapping[str, bytes] = field(default_factory=dict)
    calendars: tuple[ShiftCalendar, ...] = ()
    reasons: tuple[ReasonCode, ...] = ()


class _Entry:
    """One table of a TOML file, read field by field with errors that say where."""

    def __init__(self, where: str, data: Any) -> None:
        if not isinstance(data, dict):
            raise PlantFileError(f"{where}: expected a table")
        self.where = where
        self.data: dict[str, Any] = data

    def fail(self, name: str, problem: str) -> PlantFileError:
        return PlantFileError(f"{self.where}: {name}: {problem}")

    def get(self, name: str, kind: type[T], default: T | None = None) -> T:
        if name not in self.data:
            if default is None:
                raise self.fail(name, "missing")
            return default
        value = self.data[name]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(name, f"expected {kind.__name__}, found {value!r}")
        return value

    def optional(self, name: str) -> str | None:
        return self.get(name, str) if name in self.data else None

    def code(self, name: str) -> str:
        value = self.get(name, str)
        if not _CODE.match(value):
            raise self.fail(name, f"{value!r} is not a code (letters, digits, - _ .)")
        return value

    def decimal(self, name: str) -> Decimal | None:
        if name not in self.data:
            return None
        text = self.get(name, str)
        try:
            return Decimal(text)
        except InvalidOperation:
            raise self.fail(name, f"{text!r} is not a decimal") from None

    def one_of(self, name: str, choices: Mapping[str, T]) -> T:
        value = self.get(name, str)
        if value not in choices:
            raise self.fail(name, f"{value!r} is not one of {sorted(choices)}")
        return choices[value]

    def entries(self, name: str) -> list[_Entry]:
        items = self.get(name, list)
        return [_Entry(f"{self.where} {name}[{index}]", item) for index, item in enumerate(items)]


def load_plant_folder(folder: Path) -> PlantDefinition:
    """Read and check a whole plant folder."""
    plant = _parse_plant(_read(folder / "plant.toml"))
    operators = _parse_operators(_read(folder / "operators.toml"))
    instructions: list[InstructionVersion] = []
    images: dict[str, bytes] = {}
    for path in sorted((folder / "instructions").glob("*.toml")):
        instructions.append(_parse_instruction(_read(path), folder, images))
    orders_file = folder / "work_orders.toml"
    # Work orders usually come from the ERP; a plant folder may leave them out.
    work_orders = _parse_work_orders(_read(orders_file)) if orders_file.exists() else ()
    _check_references(plant, instructions, work_orders)
    calendars = _parse_shifts(_read(folder / "plant.toml"), plant)
    reasons_file = folder / "reasons.toml"
    reasons = _parse_reasons(_read(reasons_file)) if reasons_file.exists() else ()
    return PlantDefinition(
        plant, operators, tuple(instructions), work_orders, images, calendars, reasons
    )


def load_instruction_file(path: Path, plant_folder: Path) -> InstructionVersion:
    """Read one instruction file; its pictures are named relative to `plant_folder`."""
    images: dict[str, bytes] = {}
    return _parse_instruction(_read(path), plant_folder, images)


def _read(path: Path) -> _Entry:
    try:
        with path.open("rb") as handle:
            return _Entry(path.name, tomllib.load(handle))
    except FileNotFoundError:
        raise PlantFileError(f"{path.name}: file missing from {path.parent}") from None
    except tomllib.TOMLDecodeError as error:
        raise PlantFileError(f"{path.name}: not valid TOML ({error})") from None


def _unique(items: list[T], key: Callable[[T], str], what: str) -> tuple[T, ...]:
    seen: set[str] = set()
    for item in items:
        if key(item) in seen:
            raise PlantFileError(f"{what} {key(item)!r} appears twice")
        seen.add(key(item))
    return tuple(items)


def _parse_plant(doc: _Entry) -> Plant:
    site_entry = _Entry(f"{doc.where} site", doc.get("site", dict))
    site = Site(site_entry.code("id"), site_entry.get("name", str), site_entry.get("timezone", str))
    lines = [Line(e.code("id"), e.get("name", str)) for e in doc.entries("lines")]
    line_ids = {line.id for line in lines}
    stations: list[Station] = []
    for entry in doc.entries("stations"):
        line_id = entry.code("line")
        if line_id not in line_ids:
            raise entry.fail("line", f"no line {line_id!r} in this plant")
        stations.append(Station(entry.code("id"), line_id, entry.get("name", str)))
    products = [Product(e.code("id"), e.get("name", str)) for e in doc.entries("products")]
    equipment: list[Equipment] = []
    for entry in doc.entries("equipment") if "equipment" in doc.data else ():
        line_id = entry.code("line")
        if line_id not in line_ids:
            raise entry.fail("line", f"no line {line_id!r} in this plant")
        name = entry.get("name", str).strip()
        if not name:
            raise entry.fail("name", "a name the lead recognises on the floor")
        equipment.append(Equipment(entry.code("id"), line_id, name, entry.optional("name_es")))
    return Plant(
        site,
        _unique(lines, lambda x: x.id, "line"),
        _unique(stations, lambda x: x.id, "station"),
        _unique(products, lambda x: x.id, "product"),
        _unique(equipment, lambda x: x.id, "equipment"),
    )


def _parse_operators(doc: _Entry) -> tuple[Operator, ...]:
    operators: list[Operator] = []
    role_names = {role.value: role for role in Role}
    for entry in doc.entries("operators"):
        badge = entry.get("badge", str)
        if not _BADGE.match(badge):
            raise entry.fail("badge", "3–32 letters or digits")
        roles_raw = entry.get("roles", list)
        if not roles_raw or any(r not in role_names for r in roles_raw):
            raise entry.fail("roles", f"each of {sorted(role_names)}, at least one")
        roles = frozenset(role_names[r] for r in roles_raw)
        language = entry.one_of("language", {code: code for code in LANGUAGES})
        operators.append(
            Operator(badge, entry.get("name", str), roles, language, _pin_hash(entry, roles))
        )
    return _unique(operators, lambda x: x.badge, "badge")


def _pin_hash(entry: _Entry, roles: frozenset[Role]) -> str:
    if "pin_hash" in entry.data:
        stored = entry.get("pin_hash", str)
        if not is_pin_hash(stored):
            raise entry.fail("pin_hash", "not a scrypt hash written by harmony")
        return stored
    pin = entry.get("pin", str)
    problem = pin_problem(pin, roles)
    if problem:
        raise entry.fail("pin", problem)
    return hash_pin(pin)


def _parse_instruction(doc: _Entry, folder: Path, images: dict[str, bytes]) -> InstructionVersion:
    steps_raw: list[dict[str, Any]] = []
    kinds = {kind.value: kind for kind in StepKind}
    for entry in doc.entries("steps"):
        kind = entry.one_of("kind", kinds)
        step: dict[str, Any] = {
            "id": entry.code("id"),
            "kind": kind.value,
            "title": entry.get("title", str),
            "text": entry.get("text", str, ""),
            "required": entry.get("required", bool, True),
            "title_es": entry.optional("title_es"),
            "text_es": entry.optional("text_es"),
            "image": _image(entry, folder, images),
        }
        step.update(_kind_fields(entry, kind))
        steps_raw.append(step)
    if not steps_raw:
        raise doc.fail("steps", "an instruction needs at least one step")
    _unique(steps_raw, lambda s: str(s["id"]), f"{doc.where}: step")
    version = doc.get("version", int)
    if version < 1:
        raise doc.fail("version", "versions count from 1")
    body = {
        "id": doc.code("id"),
        "version": version,
        "title": doc.get("title", str),
        "title_es": doc.optional("title_es"),
        "product": doc.code("product"),
        "steps": steps_raw,
    }
    parsed = version_from_body(body)
    # Round-trip through the dataclasses so the stored body has one normal form.
    normal = version_body(
        parsed.instruction_id,
        parsed.version,
        parsed.title,
        parsed.product_id,
        parsed.steps,
        parsed.title_es,
    )
    used = {s.image for s in parsed.steps if s.image}
    return version_from_body(normal, {sha: images[sha] for sha in used})


def _image(entry: _Entry, folder: Path, images: dict[str, bytes]) -> str | None:
    name = entry.optional("image")
    if name is None:
        return None
    path = (folder / name).resolve()
    if not path.is_relative_to(folder.resolve()) or not path.is_file():
        raise entry.fail("image", f"no picture {name!r} in the plant folder")
    raw = path.read_bytes()
    sha = hashlib.sha256(raw).hexdigest()
    images[sha] = raw
    return sha


def _kind_fields(entry: _Entry, kind: StepKind) -> dict[str, Any]:
    if kind is StepKind.MEASUREMENT:
        decimals = entry.get("decimals", int, 0)
        lower, upper, nominal = (
            entry.decimal("lower"),
            entry.decimal("upper"),
            entry.decimal("nominal"),
        )
        if lower is not None and upper is not None and lower > upper:
            raise entry.fail("lower", "the lower limit is above the upper limit")
        if not 0 <= decimals <= 6:
            raise entry.fail("decimals", "between 0 and 6")
        return {
            "unit": entry.get("unit", str, ""),
            "nominal": None if nominal is None else str(nominal),
            "lower": None if lower is None else str(lower),
            "upper": None if upper is None else str(upper),
            "decimals": decimals,
        }
    if kind is StepKind.SCAN:
        pattern = entry.get("pattern", str)
        try:
            re.compile(pattern)
        except re.error as error:
            raise entry.fail("pattern", f"not a regular expression ({error})") from None
        return {"pattern": pattern}
    if kind is StepKind.SIGNATURE:
        meaning = entry.one_of("meaning", {m.value: m for m in SignatureMeaning})
        role = entry.one_of("role", {r.value: r for r in Role})
        return {"meaning": meaning.value, "role": role.value}
    return {}


def _parse_work_orders(doc: _Entry) -> tuple[WorkOrder, ...]:
    orders: list[WorkOrder] = []
    for entry in doc.entries("work_orders"):
        quantity = entry.get("quantity", int)
        if quantity < 1:
            raise entry.fail("quantity", "at least 1")
        due_raw = entry.data.get("due")
        if isinstance(due_raw, date):
            due = due_raw
        else:
            try:
                due = date.fromisoformat(entry.get("due", str))
            except ValueError:
                raise entry.fail("due", "a date such as 2026-11-27") from None
        orders.append(
            WorkOrder(
                entry.code("id"),
                entry.code("product"),
                quantity,
                due,
                entry.code("instruction"),
                entry.code("station"),
            )
        )
    return _unique(orders, lambda x: x.id, "work order")


_WEEKDAYS = {
    name: index for index, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
}


def _parse_shifts(doc: _Entry, plant: Plant) -> tuple[ShiftCalendar, ...]:
    if "shifts" not in doc.data:
        return ()
    by_line: dict[str, list[ShiftPattern]] = {}
    line_ids = {line.id for line in plant.lines}
    for entry in doc.entries("shifts"):
        line_id = entry.code("line")
        if line_id not in line_ids:
            raise entry.fail("line", f"no line {line_id!r} in this plant")
        days = entry.get("weekdays", list, list(_WEEKDAYS))
        if not days or any(day not in _WEEKDAYS for day in days):
            raise entry.fail("weekdays", f"each of {list(_WEEKDAYS)}")
        by_line.setdefault(line_id, []).append(
            ShiftPattern(
                entry.get("name", str),
                _clock_time(entry, "start"),
                _clock_time(entry, "end"),
                frozenset(_WEEKDAYS[day] for day in days),
            )
        )
    return tuple(
        ShiftCalendar(line_id, plant.site.timezone, tuple(patterns))
        for line_id, patterns in sorted(by_line.items())
    )


def _clock_time(entry: _Entry, name: str) -> time:
    text = entry.get(name, str)
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise entry.fail(name, f"{text!r} is not a time such as 06:00") from None


def _parse_reasons(doc: _Entry) -> tuple[ReasonCode, ...]:
    codes = [
        ReasonCode(
            code=entry.code("code"),
            label=entry.get("label", str),
            parent=entry.code("parent") if "parent" in entry.data else None,
            label_es=entry.optional("label_es"),
            planned=entry.get("planned", bool, False),
            needs_note=entry.get("needs_note", bool, False),
        )
        for entry in doc.entries("reasons")
    ]
    try:
        ReasonTree(codes)
    except ReasonTreeError as error:
        raise PlantFileError(f"{doc.where}: {error}") from None
    return tuple(codes)


def _check_references(
    plant: Plant, instructions: list[InstructionVersion], orders: tuple[WorkOrder, ...]
) -> None:
    products = {p.id for p in plant.products}
    stations = {s.id for s in plant.stations}
    _unique([f"{i.instruction_id} v{i.version}" for i in instructions], str, "instruction version")
    instruction_ids = {i.instruction_id for i in instructions}
    for version in instructions:
        if version.product_id not in products:
            raise PlantFileError(
                f"instruction {version.instruction_id}: no product {version.product_id!r}"
            )
    for order in orders:
        if order.product_id not in products:
            raise PlantFileError(f"work order {order.id}: no product {order.product_id!r}")
        if order.station_id not in stations:
            raise PlantFileError(f"work order {order.id}: no station {order.station_id!r}")
        if order.instruction_id not in instruction_ids:
            raise PlantFileError(f"work order {order.id}: no instruction {order.instruction_id!r}")
