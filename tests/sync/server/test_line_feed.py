"""Events a line shares flow down to the line's other kiosks, by cursor, and nothing else does."""

from __future__ import annotations

from sync.server.line_feed import catalogue_shared_types
from tests.sync.server.conftest import SHARED_TYPE, ServerUnderTest


def test_the_server_shares_what_the_catalogue_marks_shared() -> None:
    assert SHARED_TYPE in catalogue_shared_types()
    assert "step.checked" not in catalogue_shared_types()


def test_only_shared_events_of_other_devices_of_the_same_line_come_down(
    plant_server: ServerUnderTest,
) -> None:
    torque = plant_server.enrol("LINE1-ST1")
    pack = plant_server.enrol("LINE1-ST2")
    inspection = plant_server.enrol("LINE2-ST1")
    shared = torque.event(SHARED_TYPE, {"category": "quality", "text": "burr on cover"})
    private = torque.event("step.checked")
    unknown = torque.event("robot.weld_finished")
    torque.upload([shared, private, unknown])
    inspection.upload([inspection.event(SHARED_TYPE, {"category": "safety"})])

    seen = pack.get("/v1/line-events").json()
    assert [event["hash"] for event in seen["events"]] == [shared.hash]
    assert seen["more"] is False
    # Never a kiosk's own events, never another line's.
    assert torque.get("/v1/line-events").json()["events"] == []
    assert inspection.get("/v1/line-events").json()["events"] == []


def test_the_cursor_pages_through_the_feed_in_order(plant_server: ServerUnderTest) -> None:
    torque = plant_server.enrol("LINE1-ST1")
    pack = plant_server.enrol("LINE1-ST2")
    sent = [torque.event(SHARED_TYPE, {"n": n}) for n in range(7)]
    torque.upload(sent[:4])
    torque.upload(sent[4:])
    received, cursor, pages = [], 0, 0
    while True:
        page = pack.get(f"/v1/line-events?cursor={cursor}&limit=3").json()
        received += [event["hash"] for event in page["events"]]
        cursor, pages = page["cursor"], pages + 1
        if not page["more"]:
            break
    assert received == [event.hash for event in sent]
    assert pages == 3
    later = torque.event(SHARED_TYPE, {"n": 7})
    torque.upload([later])
    after = pack.get(f"/v1/line-events?cursor={cursor}").json()
    assert [event["hash"] for event in after["events"]] == [later.hash]
    assert pack.get(f"/v1/line-events?cursor={after['cursor']}").json() == {
        "cursor": after["cursor"],
        "events": [],
        "more": False,
    }


def test_a_duplicate_upload_does_not_repeat_a_shared_event(plant_server: ServerUnderTest) -> None:
    torque = plant_server.enrol("LINE1-ST1")
    pack = plant_server.enrol("LINE1-ST2")
    event = torque.event(SHARED_TYPE, {"n": 1})
    torque.upload([event])
    torque.upload([event])
    assert len(pack.get("/v1/line-events").json()["events"]) == 1


def test_line_events_arrive_exactly_as_the_kiosk_sealed_them(plant_server: ServerUnderTest) -> None:
    torque = plant_server.enrol("LINE1-ST1")
    pack = plant_server.enrol("LINE1-ST2")
    event = torque.event(SHARED_TYPE, {"text": "Juntas dañadas ✓", "measure": "12.50"})
    torque.upload([event])
    (received,) = pack.get("/v1/line-events").json()["events"]
    assert received == event.model_dump()
