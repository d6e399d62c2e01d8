"""A kiosk and the real server: enrol, master data down, journal up exactly once, line events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harmony_kiosk import credentials
from harmony_kiosk.clock import ManualClock
from harmony_kiosk.enrolment import load_enrolment
from harmony_kiosk.errors import KnownError, LoginRefused
from harmony_kiosk.paths import demo_plant_dir
from harmony_kiosk.services import demo
from harmony_kiosk.services.kiosk import open_kiosk
from harmony_kiosk.store import sync_records
from harmony_kiosk.store.journal import read_events
from sync.client.enrol import enrol
from sync.client.transport import ServerAddress
from tests.conftest import OPERATOR, TEAM_LEAD
from tests.services.job_runner import run_whole_job
from tests.sync.client.conftest import EnrolledFolder, sync_once
from tests.sync.live_server import LiveServer


def journal_of(data_dir: Path, clock: ManualClock) -> list[tuple[int, str]]:
    kiosk = open_kiosk(data_dir, clock)
    with kiosk.database.read() as connection:
        chain = [(event.seq, event.hash) for event in read_events(connection)]
    kiosk.close()
    return chain


def test_enrolment_keeps_the_kiosks_own_id_and_the_secret_only_in_the_keyring(
    server: LiveServer, enrolled_folder: EnrolledFolder
) -> None:
    data_dir = enrolled_folder("LINE1-ST2")
    device_id = json.loads((data_dir / "device.json").read_text())["device_id"]
    enrolment = load_enrolment(data_dir)
    assert enrolment is not None
    assert (enrolment.station_id, enrolment.line_id) == ("LINE1-ST2", "LINE1")
    secret = credentials.load_secret(data_dir, device_id)
    assert secret
    assert server.device_row(device_id)["station_id"] == "LINE1-ST2"
    for path in data_dir.rglob("*"):
        if path.is_file() and "secrets" not in path.parts:
            assert secret.encode() not in path.read_bytes(), path


def test_a_used_code_and_a_demo_folder_are_refused(
    server: LiveServer, tmp_path: Path, clock: ManualClock, demo_dir: Path
) -> None:
    code = server.enrol_code("LINE1-ST1")
    with pytest.raises(KnownError, match="demo folder is never enrolled"):
        enrol(demo_dir, ServerAddress(server.url), code, clock)
    other = tmp_path / "other"
    enrol(other, ServerAddress(server.url), code, clock)
    third = tmp_path / "third"
    with pytest.raises(KnownError, match="refused"):
        enrol(third, ServerAddress(server.url), code, clock)
    with pytest.raises(KnownError, match="not reachable"):
        enrol(tmp_path / "fourth", ServerAddress("http://127.0.0.1:9"), code, clock)


def test_every_event_arrives_once_with_its_hash(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock
) -> None:
    data_dir = enrolled_folder("LINE1-ST1")
    kiosk = open_kiosk(data_dir, clock)
    assert kiosk.station.id == "LINE1-ST1"
    session = kiosk.auth.login(*OPERATOR)  # PIN hashes came down with the master data
    run_whole_job(kiosk, session)
    kiosk.close()
    sync_once(data_dir, clock)
    sync_once(data_dir, clock)  # a second pass sends nothing twice
    device_id = json.loads((data_dir / "device.json").read_text())["device_id"]
    chain = journal_of(data_dir, clock)
    assert server.stored_events(device_id) == chain
    kiosk = open_kiosk(data_dir, clock)
    with kiosk.database.read() as connection:
        state = sync_records.read_state(connection)
    assert (state.acked_seq, state.waiting, state.last_error) == (len(chain), 0, None)
    kiosk.close()


def test_the_server_is_the_only_source_of_master_data(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock
) -> None:
    data_dir = enrolled_folder("LINE1-ST1")
    server.cli("set-pin", OPERATOR[0], "--pin", "6150")
    server.cli("deactivate", TEAM_LEAD[0])
    sync_once(data_dir, clock)
    kiosk = open_kiosk(data_dir, clock)
    with pytest.raises(LoginRefused):
        kiosk.auth.login(*OPERATOR)
    assert kiosk.auth.login(OPERATOR[0], "6150").badge == OPERATOR[0]
    with pytest.raises(LoginRefused, match="no longer active"):
        kiosk.auth.login(*TEAM_LEAD)
    kiosk.close()


def test_a_running_job_keeps_its_version_when_a_new_one_is_published(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock, tmp_path: Path
) -> None:
    data_dir = enrolled_folder("LINE1-ST1")
    kiosk = open_kiosk(data_dir, clock)
    session = kiosk.auth.login(*OPERATOR)
    running = kiosk.jobs.start(session, kiosk.jobs.queue()[0].work_order.id)
    kiosk.close()
    source = demo_plant_dir() / "instructions" / "WI-GBX-COVER-v3.toml"
    newer = tmp_path / "WI-GBX-COVER-v4.toml"
    newer.write_text(source.read_text().replace("version = 3", "version = 4", 1))
    server.cli("publish", str(newer), "--plant-folder", str(demo_plant_dir()))
    sync_once(data_dir, clock)
    kiosk = open_kiosk(data_dir, clock)
    assert kiosk.jobs.view(running.job.id).version.version == 3
    other_order = kiosk.jobs.queue()[1].work_order.id
    assert kiosk.jobs.start(session, other_order).version.version == 4
    kiosk.close()


def test_an_exception_raised_on_one_kiosk_appears_on_the_other_of_the_line(
    enrolled_folder: EnrolledFolder, clock: ManualClock
) -> None:
    first, second = enrolled_folder("LINE1-ST1"), enrolled_folder("LINE1-ST2")
    kiosk = open_kiosk(first, clock)
    raised = kiosk.exceptions.raise_exception(
        kiosk.auth.login(*OPERATOR), "equipment", "high", "Nutrunner TW-07 reads low"
    )
    kiosk.close()
    sync_once(first, clock)
    sync_once(second, clock)
    other = open_kiosk(second, clock)
    (seen,) = other.exceptions.open_on_line()
    assert (seen.id, seen.text, seen.raised_here) == (raised.id, "Nutrunner TW-07 reads low", False)
    with other.database.read() as connection:  # never into the second kiosk's own chain
        assert all(event.type != "exception.raised" for event in read_events(connection))
    other.close()


def test_a_revoked_kiosk_keeps_capturing_and_knows_it_is_revoked(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock
) -> None:
    data_dir = enrolled_folder("LINE1-ST1")
    device_id = json.loads((data_dir / "device.json").read_text())["device_id"]
    server.cli("revoke", device_id)
    kiosk = open_kiosk(data_dir, clock)
    session = kiosk.auth.login(*OPERATOR)
    kiosk.close()
    from sync.client.connect import build_engine
    from sync.client.transport import Revoked

    built = build_engine(data_dir, clock)
    assert built is not None
    engine, database = built
    with pytest.raises(Revoked):
        engine.sync_once()
    database.close()
    kiosk = open_kiosk(data_dir, clock)
    run_whole_job(kiosk, session)  # local capture never stops
    kiosk.close()
    assert server.stored_events(device_id) == []


def test_demo_folders_never_sync(tmp_path: Path, clock: ManualClock) -> None:
    from sync.client.connect import build_engine

    folder = demo.create_demo(tmp_path, demo_plant_dir(), clock)
    assert build_engine(folder, clock) is None


def test_shift_calendars_and_the_reason_tree_come_down_with_the_plant(
    enrolled_folder: EnrolledFolder, clock: ManualClock
) -> None:
    from harmony_kiosk.store import master_data

    kiosk = open_kiosk(enrolled_folder("LINE2-ST1"), clock)
    with kiosk.database.read() as connection:
        tree = master_data.reason_tree(connection)
        calendar = master_data.shift_calendar(connection, "LINE2")
    kiosk.close()
    assert len(tree) == 42
    assert tree.path_text("MECH-CONV-JAM") == "Mechanical › Conveyor › Jam / blockage"
    assert calendar is not None
    assert [p.name for p in calendar.patterns] == ["Day", "Night"]
    assert calendar.timezone == "America/Mexico_City"


def test_a_rotated_secret_replaces_the_old_one_after_the_overlap(
    server: LiveServer, enrolled_folder: EnrolledFolder, clock: ManualClock
) -> None:
    from sync.client.connect import build_engine

    data_dir = enrolled_folder("LINE1-ST1")
    device_id = json.loads((data_dir / "device.json").read_text())["device_id"]
    old = credentials.load_secret(data_dir, device_id)
    built = build_engine(data_dir, clock)
    assert built is not None
    engine, database = built
    answer = engine.rotate_secret()
    database.close()
    assert answer.secret != old
    credentials.store_secret(data_dir, device_id, answer.secret)
    kiosk = open_kiosk(data_dir, clock)
    kiosk.auth.login(*OPERATOR)
    kiosk.close()
    sync_once(data_dir, clock)  # the new secret is accepted
    assert len(server.stored_events(device_id)) == 1
