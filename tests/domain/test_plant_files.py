"""The plant folder format: the demo plant loads, and a broken file is refused by name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from harmony_kiosk.domain.instructions import MeasurementStep, ScanStep, StepKind
from harmony_kiosk.domain.operators import Role
from harmony_kiosk.domain.pins import verify_pin
from harmony_kiosk.domain.plant_files import PlantDefinition, load_plant_folder
from harmony_kiosk.errors import PlantFileError
from harmony_kiosk.paths import demo_plant_dir


def test_the_demo_plant_is_a_believable_plant(demo_definition: PlantDefinition) -> None:
    plant = demo_definition.plant
    assert (len(plant.lines), len(plant.stations), len(plant.products)) == (2, 4, 3)
    assert len(demo_definition.operators) == 8
    languages = {operator.language for operator in demo_definition.operators}
    assert languages == {"en", "es"}
    roles = set().union(*(operator.roles for operator in demo_definition.operators))
    assert roles == set(Role)
    assert len(demo_definition.instructions) == 3
    kinds: set[StepKind] = set()
    for version in demo_definition.instructions:
        assert 8 <= len(version.steps) <= 15
        kinds |= {step.kind for step in version.steps}
    assert kinds == set(StepKind)
    stations_with_orders = {order.station_id for order in demo_definition.work_orders}
    assert stations_with_orders == {station.id for station in plant.stations}


def test_demo_limits_and_scan_examples_are_consistent(demo_definition: PlantDefinition) -> None:
    for version in demo_definition.instructions:
        for step in version.steps:
            if isinstance(step, MeasurementStep):
                assert step.lower is not None and step.upper is not None
                assert step.nominal is not None
                assert step.lower <= step.nominal <= step.upper
            if isinstance(step, ScanStep):
                assert not step.matches("not-a-serial")


def test_pins_are_stored_only_as_hashes(demo_definition: PlantDefinition) -> None:
    maria = next(o for o in demo_definition.operators if o.badge == "10041")
    assert "4821" not in maria.pin_hash
    assert verify_pin("4821", maria.pin_hash)


def test_images_are_content_addressed(demo_definition: PlantDefinition) -> None:
    referenced = {s.image for v in demo_definition.instructions for s in v.steps if s.image}
    assert referenced
    assert referenced <= set(demo_definition.images)


@pytest.fixture
def plant_copy(tmp_path: Path) -> Path:
    target = tmp_path / "plant"
    shutil.copytree(demo_plant_dir(), target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("plant.toml", 'line = "LINE1"', 'line = "LINE9"', "no line 'LINE9'"),
        (
            "operators.toml",
            'pin = "4821"',
            'pin = "48"',
            r"operators.toml operators\[0\]: pin: a PIN needs at least 4",
        ),
        ("operators.toml", 'language = "es"', 'language = "fr"', "language"),
        ("work_orders.toml", 'station = "LINE1-ST1"', 'station = "LINE7-ST1"', "no station"),
        ("plant.toml", "[site]", "[sitio]", "plant.toml: site: missing"),
        (
            "plant.toml",
            'id = "L1-PRESS-01"\nline = "LINE1"',
            'id = "L1-PRESS-01"\nline = "LINE3"',
            r"plant.toml equipment\[0\]: line: no line 'LINE3'",
        ),
        ("plant.toml", 'id = "L1-NUT-02"', 'id = "L1-PRESS-01"', "equipment 'L1-PRESS-01' appears"),
        (
            "plant.toml",
            'name = "Box labeller"',
            'name = "  "',
            r"equipment\[5\]: name: a name the lead recognises",
        ),
    ],
)
def test_a_broken_file_is_refused_naming_file_entry_and_field(
    plant_copy: Path, file: str, old: str, new: str, message: str
) -> None:
    _edit(plant_copy / file, old, new)
    with pytest.raises(PlantFileError, match=message):
        load_plant_folder(plant_copy)


def test_bad_limits_and_patterns_are_refused(plant_copy: Path) -> None:
    instruction = next((plant_copy / "instructions").glob("WI-GBX-COVER*.toml"))
    _edit(instruction, 'lower = "11.5"', 'lower = "13.5"')
    with pytest.raises(PlantFileError, match="lower limit is above the upper"):
        load_plant_folder(plant_copy)


def test_toml_syntax_errors_name_the_file(plant_copy: Path) -> None:
    (plant_copy / "work_orders.toml").write_text("[[work_orders]\nid=", encoding="utf-8")
    with pytest.raises(PlantFileError, match=r"work_orders.toml: not valid TOML"):
        load_plant_folder(plant_copy)


def test_each_demo_line_lists_its_equipment_in_english_and_spanish(
    demo_definition: PlantDefinition,
) -> None:
    plant = demo_definition.plant
    for line in plant.lines:
        items = plant.equipment_of(line.id)
        assert 5 <= len(items) <= 8
        assert all(item.name_es and item.name_in("es") != item.name_in("en") for item in items)
    press = next(item for item in plant.equipment if item.id == "L1-PRESS-01")
    assert (press.line_id, press.name) == ("LINE1", "Bearing press, servo 5 t")


def test_a_plant_without_equipment_still_loads(plant_copy: Path) -> None:
    path = plant_copy / "plant.toml"
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition("[[equipment]]")
    _, _, tail = rest.partition("# --- Products")
    path.write_text(f"{head}# --- Products{tail}", encoding="utf-8")
    assert load_plant_folder(plant_copy).plant.equipment == ()
