"""A filling disk: warned about at 90 %, voice notes and photos refused at 95 %, an operator's
event never refused. The disk is measured through an injected function: 91 % and 96 % exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.disk_space import (
    MEDIA_REFUSED,
    DiskFull,
    DiskGauge,
    DiskLevel,
    DiskPolicy,
    DiskUnreadable,
    DiskUse,
    Measure,
)
from harmony_kiosk.services.kiosk import open_kiosk
from harmony_kiosk.store.journal import read_events
from tests.conftest import OPERATOR, TORQUE_STATION

GB = 1024**3


def at_percent(percent: float) -> Measure:
    """A disk of 100 GB, `percent` of it used."""
    return lambda _folder: DiskUse(int(percent * GB), 100 * GB)


@pytest.mark.parametrize(
    ("percent", "level"),
    [
        (50, DiskLevel.OK),
        (89.9, DiskLevel.OK),
        (90, DiskLevel.WARN),
        (91, DiskLevel.WARN),
        (95, DiskLevel.FULL),
        (96, DiskLevel.FULL),
    ],
)
def test_the_levels(tmp_path: Path, percent: float, level: DiskLevel) -> None:
    reading = DiskGauge(tmp_path, DiskPolicy(), at_percent(percent)).read()
    assert reading.level is level
    assert reading.use.percent == pytest.approx(percent, abs=1e-6)
    assert reading.refuse_media_percent == 95


def test_the_levels_follow_the_settings(tmp_path: Path) -> None:
    gauge = DiskGauge(
        tmp_path, DiskPolicy(warn_percent=80, refuse_media_percent=85), at_percent(83)
    )
    assert gauge.read().level is DiskLevel.WARN


def test_media_is_refused_when_it_would_reach_the_limit(tmp_path: Path) -> None:
    gauge = DiskGauge(tmp_path, DiskPolicy(), at_percent(94.9))
    gauge.check_media(1024)  # a small note still fits
    with pytest.raises(DiskFull, match="almost full"):
        gauge.check_media(1 * GB)  # 95.9 % after it


def test_a_disk_that_cannot_be_measured_is_said_not_a_crash(tmp_path: Path) -> None:
    def broken(_folder: Path) -> DiskUse:
        raise OSError(5, "Input/output error")

    with pytest.raises(DiskUnreadable, match="could not be measured"):
        DiskGauge(tmp_path, measure=broken).read()


def test_the_real_disk_is_measured(tmp_path: Path) -> None:
    reading = DiskGauge(tmp_path / "new").read()
    assert 0 < reading.use.percent <= 100


def test_at_96_percent_a_voice_note_is_refused_and_the_operators_events_are_saved(
    demo_dir: Path, clock: ManualClock, tmp_path: Path
) -> None:
    kiosk = open_kiosk(
        demo_dir, clock, TORQUE_STATION, disk=DiskGauge(demo_dir, measure=at_percent(96))
    )
    try:
        note = tmp_path / "note.m4a"
        note.write_bytes(b"\x00\x00\x00\x18ftypM4A " * 100)
        with pytest.raises(DiskFull) as refused:
            kiosk.attachments.store(note)
        assert refused.value.message == MEDIA_REFUSED
        session = kiosk.auth.login(*OPERATOR)
        kiosk.exceptions.raise_exception(session, "equipment", "high", text="Belt slipping")
        kiosk.downtime.start(session)
        with kiosk.database.read() as connection:
            types = [event.type for event in read_events(connection)]
        assert types[-2:] == ["exception.raised", "downtime.started"]
    finally:
        kiosk.close()


def test_at_91_percent_a_voice_note_is_still_stored(
    demo_dir: Path, clock: ManualClock, tmp_path: Path
) -> None:
    kiosk = open_kiosk(
        demo_dir, clock, TORQUE_STATION, disk=DiskGauge(demo_dir, measure=at_percent(91))
    )
    try:
        note = tmp_path / "note.m4a"
        note.write_bytes(b"\x00\x00\x00\x18ftypM4A " * 100)
        stored = kiosk.attachments.store(note)
        assert kiosk.attachments.path(stored.sha256).exists()
    finally:
        kiosk.close()


def test_the_kiosk_measures_at_the_percentages_of_its_settings(
    demo_dir: Path, clock: ManualClock
) -> None:
    (demo_dir / "kiosk.toml").write_text(
        "disk_warn_percent = 80\ndisk_refuse_media_percent = 88\n", encoding="utf-8"
    )
    kiosk = open_kiosk(demo_dir, clock, TORQUE_STATION)
    try:
        assert kiosk.disk.policy == DiskPolicy(80, 88)
    finally:
        kiosk.close()
