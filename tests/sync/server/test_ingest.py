"""Uploading batches: idempotency, quarantine, gaps, anchors, unknown types, concurrency."""

from __future__ import annotations

import random
import threading
from collections import Counter

import sqlalchemy as sa

from sync.server.db.schema import devices, events, quarantine
from tests.sync.server.conftest import ServerUnderTest
from tests.sync.server.signed_kiosk import SignedKiosk


def _stored_hashes(server: ServerUnderTest, device_id: str) -> dict[int, str]:
    with server.engine.connect() as db:
        rows = db.execute(
            sa.select(events.c.seq, events.c.hash).where(events.c.device_id == device_id)
        )
        return {row.seq: row.hash for row in rows}


def _quarantined(server: ServerUnderTest) -> list[tuple[int, str]]:
    with server.engine.connect() as db:
        rows = db.execute(
            sa.select(quarantine.c.seq, quarantine.c.reason).order_by(quarantine.c.id)
        )
        return [(row.seq, row.reason) for row in rows]


def test_a_batch_is_stored_and_acknowledged(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    batch = kiosk.events(5)
    answer = kiosk.upload(batch).json()
    assert answer["acked_seq"] == 5
    assert answer["anchor_hash"] == batch[-1].hash
    assert [r["status"] for r in answer["results"]] == ["accepted"] * 5
    assert answer["gaps"] == []
    assert _stored_hashes(plant_server, kiosk.device_id) == {e.seq: e.hash for e in batch}


def test_the_same_batch_again_is_acknowledged_as_duplicates(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    batch = kiosk.events(3)
    kiosk.upload(batch)
    again = kiosk.upload(batch).json()
    assert again["acked_seq"] == 3
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 3
    assert len(_stored_hashes(plant_server, kiosk.device_id)) == 3


def test_a_conflicting_event_is_quarantined_never_overwrites_and_never_blocks(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    original = kiosk.events(2)
    kiosk.upload(original)
    impostor = kiosk.event(seq=2, payload={"rewritten": True}, prev_hash=original[0].hash)
    later = kiosk.events(2)  # seq 3 and 4 follow the original chain
    answer = kiosk.upload([impostor, *later]).json()
    statuses = {r["seq"]: r["status"] for r in answer["results"] if r["seq"] != 2}
    assert statuses == {3: "accepted", 4: "accepted"}
    rejected = [r for r in answer["results"] if r["status"] == "rejected"]
    assert rejected == [
        {
            "seq": 2,
            "status": "rejected",
            "reason": "seq 2 is taken by a different event (acknowledged history rewritten)",
        }
    ]
    assert answer["acked_seq"] == 4
    assert _stored_hashes(plant_server, kiosk.device_id)[2] == original[1].hash
    assert _quarantined(plant_server) == [(2, rejected[0]["reason"])]


def test_a_rejected_event_sent_again_gets_the_same_answer_and_one_quarantine_entry(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    kiosk.upload(kiosk.events(1))
    impostor = kiosk.event(seq=1, payload={"other": 1})
    first = kiosk.upload([impostor]).json()["results"]
    second = kiosk.upload([impostor]).json()["results"]
    assert first == second
    assert len(_quarantined(plant_server)) == 1


def test_a_tampered_event_is_quarantined_and_the_events_after_it_flow(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    batch = kiosk.events(3)
    tampered = batch[1].model_copy(update={"payload": {"passed": False}})
    answer = kiosk.upload([batch[0], tampered, batch[2]]).json()
    assert [r["status"] for r in answer["results"]] == ["accepted", "rejected", "accepted"]
    assert answer["acked_seq"] == 3  # seq 2 is held in quarantine: nothing is missing
    assert _quarantined(plant_server)[0][0] == 2
    # The genuine event can still arrive later and takes its place.
    assert kiosk.upload([batch[1]]).json()["results"][0]["status"] == "accepted"


def test_a_broken_chain_is_quarantined_with_its_reason(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    first = kiosk.events(1)
    kiosk.upload(first)
    broken = kiosk.event(seq=2, prev_hash="c" * 64)
    result = kiosk.upload([broken]).json()["results"][0]
    assert result["status"] == "rejected"
    assert result["reason"].startswith("prev_hash does not match the stored event 1")


def test_gaps_are_reported_and_acked_seq_waits_for_them(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    batch = kiosk.events(10)
    answer = kiosk.upload([batch[0], batch[1], batch[4], batch[8], batch[9]]).json()
    assert answer["acked_seq"] == 2
    assert answer["anchor_hash"] == batch[1].hash
    assert answer["gaps"] == [[3, 4], [6, 8]]
    filled = kiosk.upload([batch[2], batch[3], batch[5], batch[6], batch[7]]).json()
    assert (filled["acked_seq"], filled["gaps"]) == (10, [])
    assert filled["anchor_hash"] == batch[9].hash


def test_unknown_event_types_are_stored_as_they_are(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    newer = kiosk.event("robot.weld_finished", {"seam": "A7", "current_amps": "182.5"})
    assert kiosk.upload([newer]).json()["results"][0]["status"] == "accepted"
    with plant_server.engine.connect() as db:
        stored = db.execute(sa.select(events.c.type, events.c.body)).one()
    assert stored.type == "robot.weld_finished"
    assert '"seam":"A7"' in stored.body


def test_an_event_recorded_by_another_device_is_rejected(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    other = plant_server.enrol("LINE1-ST2")
    foreign = other.event()
    answer = kiosk.upload([foreign]).json()
    assert answer["results"][0]["status"] == "rejected"
    assert "recorded by device" in answer["results"][0]["reason"]
    assert answer["acked_seq"] == 0  # not a seq of this kiosk's chain
    assert _stored_hashes(plant_server, other.device_id) == {}


def test_a_batch_naming_another_device_is_refused(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    other = plant_server.enrol("LINE1-ST2")
    answer = kiosk.upload(kiosk.events(1), device_id=other.device_id)
    assert answer.status_code == 422
    assert "signed it" in answer.json()["detail"]


def test_replayed_and_reordered_batches_are_harmless(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    chain = kiosk.events(60)
    batches = [chain[i : i + 10] for i in range(0, 60, 10)]
    shuffled = random.Random(7)
    sends = [*batches, *batches[:3]]
    shuffled.shuffle(sends)
    for batch in sends:
        mixed = list(batch)
        shuffled.shuffle(mixed)
        assert kiosk.upload(mixed).status_code == 200
    final = kiosk.upload([]).json()
    assert final["acked_seq"] == 60
    assert _stored_hashes(plant_server, kiosk.device_id) == {e.seq: e.hash for e in chain}
    assert _quarantined(plant_server) == []


def test_what_the_kiosk_reports_is_recorded_on_its_device(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    kiosk.clock.jump_wall(-7 * 86400)  # the kiosk's clock is a week behind the server's
    kiosk.upload(
        kiosk.events(2), backlog=40, stuck=True, oldest_unsent_at="2026-11-18T09:00:00.000Z"
    )
    with plant_server.engine.connect() as db:
        row = db.execute(sa.select(devices).where(devices.c.id == kiosk.device_id)).one()
    assert (row.reported_backlog, row.stuck, row.acked_seq) == (40, True, 2)
    assert row.clock_skew_ms == -7 * 86400 * 1000
    assert row.oldest_unsent_at.isoformat().startswith("2026-11-18T09:00:00")


def test_concurrent_uploads_of_one_device_store_each_event_exactly_once(
    plant_server: ServerUnderTest, kiosk: SignedKiosk
) -> None:
    """Eight threads send overlapping batches of the same chain at once: no 5xx, no doubles."""
    chain = kiosk.events(120)
    batches = [chain[start : start + 40] for start in range(0, 120, 20)]
    statuses: Counter[int] = Counter()
    accepted: Counter[int] = Counter()
    lock = threading.Lock()

    def send(batch_list: list[list]) -> None:  # type: ignore[type-arg]
        for batch in batch_list:
            answer = kiosk.upload(batch)
            with lock:
                statuses[answer.status_code] += 1
                if answer.status_code == 200:
                    for result in answer.json()["results"]:
                        if result["status"] == "accepted":
                            accepted[result["seq"]] += 1

    threads = [
        threading.Thread(target=send, args=([batches[(i + k) % len(batches)] for k in range(3)],))
        for i in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(statuses) == {200}
    assert accepted == Counter(dict.fromkeys(range(1, 121), 1))
    assert _stored_hashes(plant_server, kiosk.device_id) == {e.seq: e.hash for e in chain}
    assert kiosk.upload([]).json()["acked_seq"] == 120
