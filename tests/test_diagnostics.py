"""The diagnostics archive: what IT needs, and no secret or PIN in any file of it."""

from __future__ import annotations

import json
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.diagnostics import write_archive
from harmony_kiosk.errors import LoginRefused
from harmony_kiosk.logs import REDACTOR, start_logging
from harmony_kiosk.services.kiosk import Kiosk
from tests.services.job_runner import run_whole_job

FAKE_SECRET = "hk-diag-5ecret-11aa22bb"
FAKE_PIN = "864209"


@pytest.fixture
def logging_to(demo_dir: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield start_logging(demo_dir)
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)


def test_the_archive_holds_the_checks_and_no_secret(
    kiosk: Kiosk, clock: ManualClock, logging_to: Path, tmp_path: Path
) -> None:
    run_whole_job(kiosk, kiosk.auth.login("10041", "4821"))
    with pytest.raises(LoginRefused):
        kiosk.auth.login("10041", FAKE_PIN)
    logging.getLogger("harmony_kiosk.test").warning("secret %s pin=%s", FAKE_SECRET, FAKE_PIN)
    REDACTOR.never_write(FAKE_SECRET)  # registered late: the archive still removes it
    archive = write_archive(kiosk.data_dir, tmp_path / "diag.zip", clock, {"Qt": "6.11.3"})
    with zipfile.ZipFile(archive) as opened:
        names = set(opened.namelist())
        assert names == {
            "versions.json",
            "settings.json",
            "device.json",
            "checks.json",
            "logs/recent.jsonl",
        }
        checks = json.loads(opened.read("checks.json"))
        assert checks["integrity_check"] == ["ok"]
        assert checks["journal"] == {"events_checked": 18, "first_break": None}
        assert checks["sync"]["waiting"] == 18
        assert json.loads(opened.read("versions.json"))["Qt"] == "6.11.3"
        everything = b"".join(opened.read(name) for name in names)
    assert FAKE_SECRET.encode() not in everything
    assert FAKE_PIN.encode() not in everything
