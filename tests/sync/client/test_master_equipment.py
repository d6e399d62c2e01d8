"""The line's equipment comes down with the master data, from the real server to the kiosk."""

from __future__ import annotations

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.plant_files import PlantDefinition
from harmony_kiosk.services.kiosk import open_kiosk
from sync.protocol.models import MasterData
from sync.protocol.version import PROTOCOL_VERSION, major_of
from tests.conftest import OPERATOR, TEAM_LEAD
from tests.sync.client.conftest import EnrolledFolder


def test_the_equipment_list_round_trips_through_the_server_to_a_kiosk(
    enrolled_folder: EnrolledFolder, clock: ManualClock, demo_definition: PlantDefinition
) -> None:
    kiosk = open_kiosk(enrolled_folder("LINE2-ST1"), clock, "LINE2-ST1")
    try:
        listed = kiosk.downtime.equipment_of_line()
        expected = sorted(demo_definition.plant.equipment_of("LINE2"), key=lambda item: item.id)
        assert listed == expected  # ids, lines, English and Spanish names, all of it
        assert len(listed) == 6
        # And the service checks against what came down: a LINE2 machine by its code.
        started = kiosk.downtime.start(kiosk.auth.login(*OPERATOR), "L2-WASH-02")
        assert (started.equipment_id, started.equipment) == ("L2-WASH-02", "Parts washer")
        kiosk.downtime.stop(kiosk.auth.login(*OPERATOR))
        named = kiosk.downtime.name_equipment(kiosk.auth.login(*TEAM_LEAD), started.id, "L2-CAM-04")
        assert named.equipment == "Vision camera, booth A"
    finally:
        kiosk.close()


def test_equipment_is_an_additive_field_a_minor_protocol_bump(
    demo_definition: PlantDefinition,
) -> None:
    assert major_of(PROTOCOL_VERSION) == 1 and PROTOCOL_VERSION != "1.1"
    # What a 1.1 server sends (no equipment) still reads: the list is simply empty.
    older = {
        "revision": 1,
        "site": {"id": "S", "name": "Site", "timezone": "UTC"},
        "lines": [],
        "stations": [],
        "products": [],
        "operators": [],
        "instruction_versions": [],
        "work_orders": [],
    }
    assert MasterData.model_validate(older).equipment == []
