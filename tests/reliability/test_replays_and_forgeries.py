"""A real kiosk's own batches replayed and reordered, a tampered event, a seq gap and forged
batches, against the real server over HTTP; each ends by counting on the server.

The server suite checks the same rules with synthetic chains (tests/sync/server/test_ingest.py,
test_auth.py); here the events are a real kiosk's journal and the kiosk's own engine syncs after
the trouble, so the rules hold end to end.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx2 as httpx
import pytest

from harmony_kiosk import credentials, paths
from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.kiosk import open_kiosk, verify_journal
from harmony_kiosk.store import sync_records
from harmony_kiosk.store.journal import read_events
from sync.client.wire import to_wire
from sync.protocol.models import WireEvent
from tests.conftest import OPERATOR
from tests.reliability.backlog import STATION, work_one_job
from tests.reliability.counting import assert_everything_arrived, device_id_of
from tests.sync.client.conftest import EnrolledFolder, sync_once
from tests.sync.live_server import LiveServer, quarantine
from tests.sync.server.signed_kiosk import SignedKiosk


@dataclass
class RealKiosk:
    """An enrolled kiosk with a few jobs in its journal, and the same device over raw HTTP."""

    data_dir: Path
    signed: SignedKiosk

    def chain(self) -> list[WireEvent]:
        kiosk = open_kiosk(self.data_dir, self.signed.clock, STATION)
        try:
            with kiosk.database.read() as connection:
                return [to_wire(event) for event in read_events(connection)]
        finally:
            kiosk.close()


@pytest.fixture
def real_kiosk(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock
) -> Iterator[RealKiosk]:
    data_dir = enrolled_folder(STATION)
    record_jobs(data_dir, clock, 3)
    device_id = device_id_of(data_dir)
    secret = credentials.load_secret(data_dir, device_id)
    assert secret is not None
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield RealKiosk(data_dir, SignedKiosk(client, device_id, secret, clock))


def record_jobs(data_dir: Path, clock: ManualClock, jobs: int) -> None:
    kiosk = open_kiosk(data_dir, clock, STATION)
    session = kiosk.auth.login(*OPERATOR)
    for _ in range(jobs):
        work_one_job(kiosk, session)
        clock.advance(600)
    kiosk.close()


def kiosk_state(data_dir: Path, clock: ManualClock) -> sync_records.SyncState:
    kiosk = open_kiosk(data_dir, clock, STATION)
    try:
        with kiosk.database.read() as connection:
            return sync_records.read_state(connection)
    finally:
        kiosk.close()


def test_the_kiosks_batches_replayed_and_reordered_are_stored_once(
    server: LiveServer, real_kiosk: RealKiosk, clock: ManualClock
) -> None:
    chain = real_kiosk.chain()
    batches = [chain[start : start + 7] for start in range(0, len(chain), 7)]
    sends = [*batches, *batches]  # every batch twice
    shuffle = random.Random(11)
    shuffle.shuffle(sends)
    for batch in sends:
        mixed = list(batch)
        shuffle.shuffle(mixed)
        answer = real_kiosk.signed.upload(mixed)
        assert answer.status_code == 200, answer.text
        assert all(result["status"] != "rejected" for result in answer.json()["results"])
    assert real_kiosk.signed.upload([]).json()["acked_seq"] == len(chain)

    sync_once(real_kiosk.data_dir, clock)  # the kiosk's own engine sends all of it again
    assert quarantine(server) == []
    count = assert_everything_arrived(server, real_kiosk.data_dir)
    assert count.events == len(chain)


def tamper(database: Path, seq: int) -> None:
    """Change an event's payload behind the kiosk's back (the journal's triggers forbid it)."""
    connection = sqlite3.connect(database)
    try:
        (trigger,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'events_no_update'"
        ).fetchone()
        connection.execute("DROP TRIGGER events_no_update")
        connection.execute(
            "UPDATE events SET payload = json_set(payload, '$.tampered', 1) WHERE seq = ?", (seq,)
        )
        connection.execute(trigger)
        connection.commit()
    finally:
        connection.close()


def test_a_tampered_event_is_quarantined_and_the_events_after_it_flow(
    server: LiveServer, real_kiosk: RealKiosk, clock: ManualClock
) -> None:
    data_dir = real_kiosk.data_dir
    tamper(paths.database_path(data_dir), 5)
    kiosk = open_kiosk(data_dir, clock, STATION)
    report = verify_journal(kiosk.database, kiosk.identity.device_id)
    assert report.first_break is not None and report.first_break.seq == 5  # the kiosk sees it too
    kiosk.close()

    sync_once(data_dir, clock)
    record_jobs(data_dir, clock, 1)  # the line goes on
    sync_once(data_dir, clock)

    (held,) = quarantine(server)
    assert (held["seq"], held["device_id"]) == (5, device_id_of(data_dir))
    assert held["reason"] == "the content does not match its hash (altered after sealing)"
    assert held["event"]["payload"]["tampered"] == 1
    assert "altered after sealing" in server.cli("quarantine", "list")
    state = kiosk_state(data_dir, clock)
    assert state.rejected == 1  # the kiosk keeps the server's refusal in sync_rejections
    assert state.acked_seq == state.head_seq  # nothing waits behind the quarantined event
    count = assert_everything_arrived(server, data_dir, held={5})
    assert count.events == state.head_seq


def test_a_seq_gap_is_reported_and_acknowledged_only_up_to_it(
    server: LiveServer, real_kiosk: RealKiosk, clock: ManualClock
) -> None:
    chain = real_kiosk.chain()
    answer = real_kiosk.signed.upload([*chain[:10], *chain[12:20]]).json()
    assert answer["gaps"] == [[11, 12]]
    assert (answer["acked_seq"], answer["anchor_hash"]) == (10, chain[9].hash)
    assert server.device_row(real_kiosk.signed.device_id)["acked_seq"] == 10

    sync_once(real_kiosk.data_dir, clock)  # the kiosk fills the gap from its own journal
    count = assert_everything_arrived(server, real_kiosk.data_dir)
    assert count.events == len(chain)


def test_forged_batches_are_refused_and_nothing_is_stored(
    server: LiveServer,
    real_kiosk: RealKiosk,
    enrolled_folder: EnrolledFolder,
    clock: ManualClock,
) -> None:
    signed = real_kiosk.signed
    chain = real_kiosk.chain()
    other = enrolled_folder("LINE1-ST2")  # a kiosk of the plant, with a secret of its own
    other_secret = credentials.load_secret(other, device_id_of(other))
    assert other_secret is not None

    for secret in ("not-the-secret", other_secret):
        answer = signed.upload(chain, secret=secret)
        assert (answer.status_code, answer.json()["code"]) == (401, "bad_signature")
    body = signed.upload_body(chain)
    headers = signed.headers("POST", "/v1/events", body)
    changed = body.replace(b'"passed":true', b'"passed":false', 1)
    assert changed != body
    answer = signed.client.post(
        "/v1/events", content=changed, headers={**headers, "content-type": "application/json"}
    )
    assert answer.status_code == 401
    assert server.stored_events(signed.device_id) == []
    assert quarantine(server) == []

    sync_once(real_kiosk.data_dir, clock)  # the genuine kiosk is not hindered
    assert assert_everything_arrived(server, real_kiosk.data_dir).events == len(chain)
