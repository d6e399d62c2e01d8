"""How full the kiosk's disk is, and what that allows: warn at 90 %, refuse recordings at 95 %.

An operator's event is never refused for space: it is a few hundred bytes, and SQLite says
itself when it can no longer write. Voice notes and photos are megabytes, so they stop first,
leaving the room for events. The measurement is a function passed in (`measure`), so a test
sets 91 % or 96 % exactly instead of filling a disk.
"""

from __future__ import annotations

import enum
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from harmony_kiosk.errors import KnownError

MEDIA_REFUSED = (
    "The kiosk's disk is almost full: voice notes and photos are refused until IT frees space. "
    "Everything else keeps being saved."
)


class DiskFull(KnownError):
    """A voice note or photo refused because the disk is nearly full."""


class DiskUnreadable(KnownError):
    """The disk could not be measured (a pulled drive, a permission): said, not a crash."""


@dataclass(frozen=True)
class DiskUse:
    used: int  # bytes
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.used / self.total if self.total else 100.0


Measure = Callable[[Path], DiskUse]


def measure_disk(folder: Path) -> DiskUse:
    """The file system holding `folder` (created if missing, so a new kiosk can be measured)."""
    folder.mkdir(parents=True, exist_ok=True)
    usage = shutil.disk_usage(folder)
    return DiskUse(usage.used, usage.total)


class DiskLevel(enum.StrEnum):
    OK = "ok"
    WARN = "warn"  # shown on the login and home screens
    FULL = "full"  # voice notes and photos refused


@dataclass(frozen=True)
class DiskReading:
    use: DiskUse
    level: DiskLevel
    refuse_media_percent: int  # where recordings stop, for the warning to say


@dataclass(frozen=True)
class DiskPolicy:
    warn_percent: int = 90
    refuse_media_percent: int = 95

    def level(self, use: DiskUse) -> DiskLevel:
        if use.percent >= self.refuse_media_percent:
            return DiskLevel.FULL
        if use.percent >= self.warn_percent:
            return DiskLevel.WARN
        return DiskLevel.OK


class DiskGauge:
    """The data folder's disk under one policy; called on the worker (it touches the disk)."""

    def __init__(
        self, folder: Path, policy: DiskPolicy | None = None, measure: Measure = measure_disk
    ) -> None:
        self.folder = folder
        self.policy = policy or DiskPolicy()
        self._measure = measure

    def _use(self) -> DiskUse:
        try:
            return self._measure(self.folder)
        except OSError as error:
            raise DiskUnreadable(
                f"The kiosk's disk could not be measured: {error}",
                code="disk.unreadable",
                params={"detail": str(error)},
            ) from None

    def read(self) -> DiskReading:
        use = self._use()
        return DiskReading(use, self.policy.level(use), self.policy.refuse_media_percent)

    def check_media(self, size: int) -> None:
        """Raise DiskFull if storing `size` more bytes would reach the refusal level."""
        use = self._use()
        after = DiskUse(use.used + size, use.total)
        if self.policy.level(after) is DiskLevel.FULL:
            raise DiskFull(MEDIA_REFUSED, code="disk.full")
