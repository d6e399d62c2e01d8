"""The line's equipment in the kiosk's master data, and the migration that brought it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.plant_files import PlantDefinition
from harmony_kiosk.store import master_data
from harmony_kiosk.store.database import Database
from harmony_kiosk.store.migrate import upgrade


def test_equipment_is_stored_per_line_and_replaced_whole(
    tmp_path: Path, demo_definition: PlantDefinition
) -> None:
    database = Database(tmp_path / "kiosk.db")
    upgrade(database, tmp_path / "backups", ManualClock().now())
    plant = demo_definition.plant
    with database.write() as connection:
        master_data.replace_master_data(connection, demo_definition)
    with database.read() as connection:
        line1 = master_data.equipment_of_line(connection, "LINE1")
        line2 = master_data.equipment_of_line(connection, "LINE2")
    assert line1 == sorted(plant.equipment_of("LINE1"), key=lambda item: item.id)
    assert {item.line_id for item in line2} == {"LINE2"} and len(line2) == 6
    # A later plant without LINE2's list: its equipment is gone, LINE1's is as sent.
    fewer = replace(plant, equipment=plant.equipment_of("LINE1")[:2])
    with database.write() as connection:
        master_data.replace_master_data(connection, replace(demo_definition, plant=fewer))
    with database.read() as connection:
        assert [i.id for i in master_data.equipment_of_line(connection, "LINE1")] == [
            "L1-NUT-02",
            "L1-PRESS-01",
        ]
        assert master_data.equipment_of_line(connection, "LINE2") == []
    database.close()


def test_stops_recorded_before_the_upgrade_keep_their_free_text_equipment(tmp_path: Path) -> None:
    database = Database(tmp_path / "kiosk.db")
    upgrade(database, tmp_path / "backups", ManualClock().now(), target="0009")
    with database.write() as connection:
        connection.execute(
            text(
                "INSERT INTO downtime (id, station_id, line_id, equipment, started_at, "
                "started_hlc, planned, device_id) VALUES ('d1', 'S1', 'L1', 'Old press', "
                "'2026-11-20T08:00:00Z', 'h', 0, 'dev')"
            )
        )
    report = upgrade(database, tmp_path / "backups", ManualClock().now())
    assert (report.from_revision, report.to_revision) == ("0009", "0010")
    with database.read() as connection:
        row = connection.execute(text("SELECT equipment, equipment_id FROM downtime")).one()
        assert tuple(row) == ("Old press", None)
        assert connection.execute(text("SELECT count(*) FROM equipment")).scalar() == 0
    database.close()
