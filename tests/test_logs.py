"""Logs are JSON lines, rotate in the data folder, and never hold a secret or a PIN."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.errors import LoginRefused
from harmony_kiosk.logs import REDACTOR, start_logging
from harmony_kiosk.services.kiosk import Kiosk

FAKE_SECRET = "hk-5ecret-planted-7f3a9c2e"
FAKE_PIN = "975312"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = list(root.handlers)
    path = start_logging(tmp_path)
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)


def test_records_are_json_lines_with_their_fields(log_file: Path) -> None:
    logging.getLogger("harmony_kiosk.test").info("kiosk opened", extra={"station": "LINE1-ST1"})
    entry = json.loads(log_file.read_text(encoding="utf-8").splitlines()[-1])
    assert (entry["message"], entry["station"], entry["level"]) == (
        "kiosk opened",
        "LINE1-ST1",
        "INFO",
    )


def test_a_planted_secret_and_pin_never_reach_the_log(
    log_file: Path, kiosk: Kiosk, clock: ManualClock
) -> None:
    REDACTOR.never_write(FAKE_SECRET)
    log = logging.getLogger("harmony_kiosk.test")
    log.info("enrolled with secret %s", FAKE_SECRET)
    log.warning("login", extra={"pin": FAKE_PIN, "device_secret": FAKE_SECRET})
    log.info(f"user typed pin={FAKE_PIN}")
    try:
        raise RuntimeError(f"boom with {FAKE_SECRET}")
    except RuntimeError:
        log.exception("unexpected")
    with pytest.raises(LoginRefused):
        kiosk.auth.login("10041", FAKE_PIN)
    text = log_file.read_text(encoding="utf-8")
    assert FAKE_SECRET not in text
    assert FAKE_PIN not in text
    assert "[redacted]" in text
