"""One kiosk per data folder: a second start (autostart plus watchdog, say) finds the first.

The lock is an OS file lock on `<data>/kiosk.lock`, so it is released by the OS when the
process dies, however it dies: a crashed kiosk never blocks its own restart.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

LOCK_FILE = "kiosk.lock"


class AlreadyRunning(Exception):
    """Another kiosk process holds this data folder."""

    def __init__(self, pid: str) -> None:
        super().__init__(f"a kiosk (process {pid or '?'}) is already running on this data folder")
        self.pid = pid


class InstanceLock:
    def __init__(self, handle: IO[str]) -> None:
        self._handle = handle

    def release(self) -> None:
        self._handle.close()


def acquire(data_dir: Path) -> InstanceLock:
    """Hold the data folder's lock for the life of this process, or raise AlreadyRunning."""
    data_dir.mkdir(parents=True, exist_ok=True)
    handle = (data_dir / LOCK_FILE).open("a+", encoding="ascii")
    try:
        _lock(handle)
    except OSError:
        handle.seek(0)
        pid = handle.read().strip()
        handle.close()
        raise AlreadyRunning(pid) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return InstanceLock(handle)


def _lock(handle: IO[str]) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt  # noqa: PLC0415

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl  # noqa: PLC0415

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
