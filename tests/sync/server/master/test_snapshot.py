"""Master data comes down whole when it changed, and as `changed: false` when it did not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy.engine import Connection

from harmony_kiosk.domain.instructions import InstructionVersion
from harmony_kiosk.domain.pins import verify_pin
from harmony_kiosk.domain.plant_files import PlantDefinition
from sync.server.master import operators
from sync.server.master.instructions import load_instruction_file, publish
from sync.server.master.revision import bump
from sync.server.master.work_orders import import_work_orders_csv
from sync.server.settings import demo_plant_dir
from tests.sync.server.conftest import ServerUnderTest
from tests.sync.server.signed_kiosk import SignedKiosk


def test_a_kiosk_without_master_data_gets_all_of_it(
    kiosk: SignedKiosk, demo_definition: PlantDefinition
) -> None:
    answer = kiosk.get("/v1/master").json()
    assert answer["changed"] is True
    data = answer["data"]
    assert data["site"] == {
        "id": "ALC-GDL",
        "name": "Alcalá Components, Guadalajara",
        "timezone": "America/Mexico_City",
    }
    assert [line["id"] for line in data["lines"]] == ["LINE1", "LINE2"]
    assert {s["id"]: s["line_id"] for s in data["stations"]}["LINE2-ST2"] == "LINE2"
    assert len(data["products"]) == 3
    assert {o["badge"] for o in data["operators"]} == {o.badge for o in demo_definition.operators}
    maria = next(o for o in data["operators"] if o["badge"] == "10041")
    assert maria["active"] is True
    assert verify_pin("4821", maria["pin_hash"])
    versions = {(v["body"]["id"], v["body"]["version"]) for v in data["instruction_versions"]}
    assert versions == {("WI-GBX-COVER", 3), ("WI-GBX250-PACK", 2), ("WI-PMP45-VISUAL", 5)}
    assert len(data["work_orders"]) == 8
    assert {
        "id": "WO-26-1187",
        "product_id": "GBX-200",
        "quantity": 40,
        "due": "2026-11-27",
        "instruction_id": "WI-GBX-COVER",
        "station_id": "LINE1-ST1",
    } in data["work_orders"]


def test_a_current_kiosk_is_told_nothing_changed(kiosk: SignedKiosk) -> None:
    revision = kiosk.get("/v1/master").json()["data"]["revision"]
    assert kiosk.get(f"/v1/master?since={revision}").json() == {"changed": False, "data": None}


def test_a_kiosk_ahead_of_the_server_gets_everything_again(kiosk: SignedKiosk) -> None:
    revision = kiosk.get("/v1/master").json()["data"]["revision"]
    assert kiosk.get(f"/v1/master?since={revision + 5}").json()["changed"] is True


ORDERS_CSV = (
    b"id,product,quantity,due,instruction,station\n"
    b"WO-9,GBX-200,5,2026-12-24,WI-GBX-COVER,LINE1-ST1\n"
)


CHANGES: dict[str, Callable[[Connection, ServerUnderTest], object]] = {
    "set-pin": lambda db, s: operators.set_pin(db, "10041", "2468", s.clock.now()),
    "deactivate": lambda db, s: operators.deactivate(db, "10057", s.clock.now()),
    "publish": lambda db, s: (
        publish(db, _new_version(), s.blob_store, s.clock.now()),
        bump(db, s.clock.now()),
    ),
    "import-work-orders": lambda db, s: import_work_orders_csv(db, ORDERS_CSV, s.clock.now()),
}


def _new_version() -> InstructionVersion:
    version = load_instruction_file(demo_plant_dir() / "instructions" / "WI-GBX-COVER-v3.toml")
    return replace(version, version=4, title="GBX-200 cover fit and torque (rev. 4)")


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_each_change_of_master_data_moves_the_revision(
    plant_server: ServerUnderTest, kiosk: SignedKiosk, change: str
) -> None:
    before = kiosk.get("/v1/master").json()["data"]
    plant_server.write(lambda db: CHANGES[change](db, plant_server))
    answer = kiosk.get(f"/v1/master?since={before['revision']}").json()
    assert answer["changed"] is True
    after = answer["data"]
    assert after["revision"] == before["revision"] + 1
    assert after != before


def test_a_leaver_comes_down_inactive(plant_server: ServerUnderTest, kiosk: SignedKiosk) -> None:
    plant_server.write(lambda db: operators.deactivate(db, "10057", plant_server.clock.now()))
    data = kiosk.get("/v1/master").json()["data"]
    assert next(o for o in data["operators"] if o["badge"] == "10057")["active"] is False


def test_a_server_without_a_plant_says_so(server: ServerUnderTest) -> None:
    from sync.server.errors import Conflict
    from sync.server.master.snapshot import master_data_since

    with server.engine.connect() as db, pytest.raises(Conflict, match="no plant yet"):
        master_data_since(db, None)
