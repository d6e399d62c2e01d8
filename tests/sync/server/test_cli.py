"""`harmony-server` commands run in-process against the test's own database and data folder."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from sync.server.cli import main
from sync.server.db.schema import admin_tokens, enrol_codes, operators, work_orders
from sync.server.settings import ENV_DATA_DIR, ENV_DATABASE_URL, demo_plant_dir
from tests.sync.server.conftest import ServerUnderTest


@pytest.fixture
def cli_server(server: ServerUnderTest, monkeypatch: pytest.MonkeyPatch) -> ServerUnderTest:
    monkeypatch.setenv(ENV_DATA_DIR, str(server.settings.data_dir))
    monkeypatch.setenv(ENV_DATABASE_URL, server.settings.database_url)
    return server


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def demo_server(cli_server: ServerUnderTest, capsys: pytest.CaptureFixture[str]) -> ServerUnderTest:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert out.startswith("site ALC-GDL: 2 lines, 4 stations, 3 products, 8 operators")
    return cli_server


def test_demo_loads_the_plant_with_its_work_orders(demo_server: ServerUnderTest) -> None:
    assert demo_server.scalar(sa.select(sa.func.count()).select_from(work_orders)) == 8


def test_create_admin_prints_a_token_once_and_keeps_only_its_hash(
    demo_server: ServerUnderTest, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "create-admin", "--name", "it-desk")
    token = out.strip()
    assert code == 0 and token.startswith("hka_") and "shown once" in err
    stored = demo_server.scalar(sa.select(admin_tokens.c.token_hash))
    assert token not in str(stored)
    answer = demo_server.client.get(
        "/v1/admin/devices", headers={"Authorization": f"Bearer {token}"}
    )
    assert (answer.status_code, answer.json()) == (200, [])
    wrong = demo_server.client.get("/v1/admin/devices", headers={"Authorization": "Bearer hka_x"})
    assert wrong.status_code == 401


def test_enrol_code_prints_a_code_a_kiosk_can_use(
    demo_server: ServerUnderTest, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "enrol-code", "--station", "LINE1-ST2", "--hours", "2")
    assert code == 0 and "LINE1-ST2" in err
    stored = demo_server.scalar(sa.select(enrol_codes.c.station_id))
    assert stored == "LINE1-ST2"
    assert len(out.strip()) == 19


def test_enrol_code_for_an_unknown_station_fails(
    demo_server: ServerUnderTest, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "enrol-code", "--station", "LINE9-ST9")
    assert code == 1 and "no station 'LINE9-ST9'" in err


def test_set_pin_reads_stdin_and_enforces_the_length_rules(
    demo_server: ServerUnderTest,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = demo_server.scalar(sa.select(operators.c.pin_hash).where(operators.c.badge == "20014"))
    monkeypatch.setattr("sys.stdin", io.StringIO("1234\n"))
    code, _, err = run(capsys, "set-pin", "20014")  # a team lead needs 6 digits
    assert code == 1 and "at least 6 digits" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("135790\n"))
    code, out, _ = run(capsys, "set-pin", "20014")
    assert code == 0 and "master data revision 2" in out
    after = demo_server.scalar(sa.select(operators.c.pin_hash).where(operators.c.badge == "20014"))
    assert after != before and "135790" not in str(after)
    assert run(capsys, "set-pin", "nobody", "--pin", "1234")[0] == 1


def test_deactivate_switches_a_badge_off(
    demo_server: ServerUnderTest, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "deactivate", "10057")
    assert code == 0 and "deactivated" in out
    active = demo_server.scalar(sa.select(operators.c.active).where(operators.c.badge == "10057"))
    assert active is False


def test_publish_makes_a_new_version_and_refuses_to_rewrite_one(
    demo_server: ServerUnderTest, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "plant"
    shutil.copytree(demo_plant_dir(), folder)
    source = folder / "instructions" / "WI-GBX-COVER-v3.toml"
    assert run(capsys, "publish", str(source))[1].startswith("WI-GBX-COVER v3 is published already")
    text = source.read_text(encoding="utf-8")
    (folder / "instructions" / "v4.toml").write_text(
        text.replace("version = 3", "version = 4"), encoding="utf-8"
    )
    code, out, _ = run(capsys, "publish", str(folder / "instructions" / "v4.toml"))
    assert (code, out.strip()) == (0, "WI-GBX-COVER v4 published; master data revision 2")
    (folder / "instructions" / "v4b.toml").write_text(
        text.replace("version = 3", "version = 4").replace("Prepare the cover kit", "Changed"),
        encoding="utf-8",
    )
    code, _, err = run(capsys, "publish", str(folder / "instructions" / "v4b.toml"))
    assert code == 1 and "published versions never change" in err


def test_import_work_orders_reports_bad_lines_and_imports_nothing(
    demo_server: ServerUnderTest, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    csv = tmp_path / "orders.csv"
    csv.write_text(
        "id,product,quantity,due,instruction,station\n"
        "WO-77,GBX-200,5,2026-12-10,WI-GBX-COVER,LINE1-ST1\n"
        "WO-78,GBX-200,-1,2026-12-10,WI-GBX-COVER,LINE1-ST1\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import-work-orders", str(csv))
    assert code == 1
    assert "nothing imported" in err and "line 3: quantity" in err
    assert demo_server.scalar(sa.select(sa.func.count()).select_from(work_orders)) == 8
    csv.write_text(csv.read_text().replace(",-1,", ",7,"), encoding="utf-8")
    code, out, _ = run(capsys, "import-work-orders", str(csv))
    assert (code, out.strip()) == (0, "2 work orders imported; master data revision 2")


def test_devices_quarantine_and_revoke(
    demo_server: ServerUnderTest, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert "no devices enrolled" in run(capsys, "devices")[1]
    kiosk = demo_server.enrol("LINE2-ST1")
    kiosk.upload(kiosk.events(2), backlog=5)
    kiosk.upload([kiosk.event(seq=2, payload={"other": True})])
    table = run(capsys, "devices")[1]
    assert "ACKED SEQ" in table and kiosk.device_id in table and "LINE2-ST1" in table
    row = next(line for line in table.splitlines() if kiosk.device_id in line)
    assert row.split()[-1] == "1"  # one open quarantine entry

    listing = run(capsys, "quarantine", "list")[1]
    assert "seq 2 is taken by a different event" in listing
    out_file = tmp_path / "held.json"
    assert run(capsys, "quarantine", "export", "--out", str(out_file))[0] == 0
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert [(e["seq"], e["event"]["payload"]) for e in exported] == [(2, {"other": True})]
    assert "still rejected" in run(capsys, "quarantine", "retry")[1]

    code, out, _ = run(capsys, "revoke", kiosk.device_id)
    assert code == 0 and "revoked" in out
    assert kiosk.get("/v1/devices/me").status_code == 403
    assert run(capsys, "revoke", "00000000-0000-4000-8000-000000000000")[0] == 1


def test_import_plant_refuses_a_broken_folder(
    cli_server: ServerUnderTest, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "import-plant", str(tmp_path))
    assert code == 1 and "plant.toml: file missing" in err


def test_serve_refuses_plain_http_beyond_loopback(
    cli_server: ServerUnderTest, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "serve", "--host", "0.0.0.0")
    assert code == 1 and "refusing plain HTTP" in err
    code, _, err = run(capsys, "serve", "--tls-cert", "cert.pem")
    assert code == 1 and "go together" in err
