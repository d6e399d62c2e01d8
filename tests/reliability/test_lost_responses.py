"""A flaky network between kiosk and server (tests/reliability/fault_proxy.py): answers lost after
the server committed, resets, truncated answers, delays, dropped connections. The kiosk
retries; nothing is stored twice and nothing is lost."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.enrolment import load_enrolment, save_enrolment
from harmony_kiosk.services.kiosk import open_kiosk
from sync.client.connect import build_engine
from sync.client.transport import Offline
from sync.client.worker import SyncWorker
from tests.conftest import OPERATOR
from tests.reliability.backlog import (
    STATION,
    import_big_order,
    raise_trouble,
    random_blob,
    record_blob,
    work_one_job,
)
from tests.reliability.conftest import Report
from tests.reliability.counting import (
    assert_everything_arrived,
    device_id_of,
    kiosk_chain,
    nothing_waiting,
)
from tests.reliability.fault_proxy import Fault, FaultProxy
from tests.reliability.request_watch import RequestWatch
from tests.sync.client.conftest import EnrolledFolder
from tests.sync.client.test_worker import FAST, Passes
from tests.sync.live_server import LiveServer

# Each kind once first, whatever the timing; then a seeded mix.
FIRST_FAULTS = (Fault.LOSE_RESPONSE, Fault.RESET, Fault.TRUNCATE, Fault.DELAY, Fault.DROP)
FAULT_WEIGHTS = {
    Fault.PASS: 40,
    Fault.LOSE_RESPONSE: 20,
    Fault.RESET: 10,
    Fault.TRUNCATE: 10,
    Fault.DELAY: 10,
    Fault.DROP: 10,
}


def point_at(data_dir: Path, url: str) -> None:
    """The kiosk's server address, as if its enrolment named the plant's proxy."""
    enrolment = load_enrolment(data_dir)
    assert enrolment is not None
    save_enrolment(data_dir, replace(enrolment, server_url=url))


def seeded_policy(seed: int) -> Callable[[int], Fault]:
    rng = random.Random(seed)
    kinds, weights = list(FAULT_WEIGHTS), list(FAULT_WEIGHTS.values())

    def choose(index: int) -> Fault:
        if index < len(FIRST_FAULTS):
            return FIRST_FAULTS[index]
        return rng.choices(kinds, weights)[0]

    return choose


def test_an_answer_lost_after_the_server_committed_is_not_stored_twice(
    server: LiveServer,
    enrolled_folder: EnrolledFolder,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = enrolled_folder(STATION)
    kiosk = open_kiosk(data_dir, clock, STATION)
    session = kiosk.auth.login(*OPERATOR)
    for _ in range(3):
        work_one_job(kiosk, session)
    kiosk.close()
    watch = RequestWatch(monkeypatch)
    lose_the_first = FaultProxy(
        server.port, lambda index: Fault.LOSE_RESPONSE if index == 0 else Fault.PASS
    )
    with lose_the_first as proxy:
        point_at(data_dir, proxy.url)
        built = build_engine(data_dir, clock)
        assert built is not None
        engine, database = built
        try:
            with pytest.raises(Offline):
                engine.upload_events()
            chain = kiosk_chain(data_dir)
            assert server.stored_events(device_id_of(data_dir)) == chain  # the server committed
            assert engine.state().acked_seq == 0  # and the kiosk never heard
            engine.upload_events()  # the retry
        finally:
            database.close()
    assert watch.judged == {"duplicate": len(chain)}  # the first answer never came back
    assert proxy.stats.faults == {Fault.LOSE_RESPONSE: 1, Fault.PASS: 1}
    assert_everything_arrived(server, data_dir)


@pytest.mark.slow
def test_a_flaky_network_loses_nothing_and_duplicates_nothing(
    server: LiveServer,
    enrolled_folder: EnrolledFolder,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    report: Report,
) -> None:
    import_big_order(server, tmp_path)
    data_dir = enrolled_folder(STATION)
    rng = random.Random(1187)
    kiosk = open_kiosk(data_dir, clock, STATION)
    session = kiosk.auth.login(*OPERATOR)  # waiting when the worker starts: its first upload
    watch = RequestWatch(monkeypatch)
    flaky = FaultProxy(
        server.port, seeded_policy(1188), delay_s=0.3, one_request_per_connection=True
    )
    with flaky as proxy:
        point_at(data_dir, proxy.url)
        built = build_engine(data_dir, clock)
        assert built is not None
        engine, database = built
        passes = Passes()
        worker = SyncWorker(engine, database, clock, FAST, on_pass=passes)
        worker.start()
        try:
            for _ in range(30):  # the line keeps working while the network misbehaves
                work_one_job(kiosk, session)
                for _ in range(rng.randrange(5)):
                    raise_trouble(kiosk, session, rng)
                if rng.random() < 0.3:
                    record_blob(kiosk, clock, random_blob(rng, 100_000, 700_000))
                clock.advance(60)

            passes.wait_for(lambda: nothing_waiting(database), timeout=120)
        finally:
            worker.stop()
            database.close()
            kiosk.close()

    count = assert_everything_arrived(server, data_dir)
    faults = {fault.value: number for fault, number in proxy.stats.faults.items()}
    report(
        f"flaky network: {proxy.stats.connections} connections, faults {faults}; "
        f"requests {dict(watch.sent)}, failed {dict(watch.failed)}; events judged "
        f"{dict(watch.judged)}; server holds all {count.events} events and {count.blobs} blobs"
    )
    assert set(proxy.stats.faults) == set(Fault)
    assert watch.judged["duplicate"] > 0  # answers were lost after the server committed
