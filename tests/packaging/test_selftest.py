"""`harmony-kiosk selftest` from source: what the bundle's smoke test runs, in `make test` too."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from harmony_kiosk.domain.instructions import MeasurementStep, ScanStep
from ui import cli, selftest


def test_selftest_runs_a_whole_job_and_checks_the_journal(
    demo_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HARMONY_DATA_DIR", str(demo_dir.parent.parent))
    assert cli.main(["selftest", "--station", "LINE1-ST2"]) == 0
    output = capsys.readouterr().out
    assert "logged in: " in output
    assert "completed, 13 steps" in output
    assert "OK: 17 events, gapless and unbroken" in output


def test_selftest_refuses_a_folder_without_a_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HARMONY_DATA_DIR", str(tmp_path))
    assert cli.main(["selftest"]) == 2
    assert "demo --no-gui" in capsys.readouterr().err


def test_selftest_is_not_listed_in_help() -> None:
    assert "selftest" not in cli.build_parser().format_help()


@pytest.mark.parametrize(
    "pattern",
    ["^GBX250-[0-9]{6}$", "^LPN[0-9]{10}$", "^PMP45-[0-9]{6}-[0-9]{5}$", r"\d+-[A-Z]{2}", ".+"],
)
def test_example_codes_match_their_pattern(pattern: str) -> None:
    step = ScanStep(id="scan", title="Scan", pattern=pattern)
    assert step.matches(selftest.example_code(step))


def test_nominal_text_keeps_the_decimals() -> None:
    step = MeasurementStep(id="m", title="Torque", nominal=Decimal(12), decimals=1)
    assert selftest.nominal_text(step) == "12.0"
    between = MeasurementStep(id="m", title="Gap", lower=Decimal(1), upper=Decimal(2), decimals=2)
    assert selftest.nominal_text(between) == "1.50"
