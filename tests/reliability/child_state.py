"""What a drill's child kiosk is doing, in a small file both processes map into memory.

The child updates it as it goes (transactions opened and committed, requests sent and answered,
the last event committed); the parent freezes the child with SIGSTOP, reads the file, then sends
SIGKILL, so what it reads is exactly the child's state at the moment it died.
"""

from __future__ import annotations

import mmap
import struct
from pathlib import Path

FIELDS = (
    "ready",  # 1 once the child's writer and sync thread are running
    "startup_ok",  # 1 once the restarted kiosk verified its chain and its file
    "head_at_start",  # the journal's last seq when the kiosk opened
    "write_transactions",  # write transactions open on the kiosk's database
    "committing",  # of those, how many are inside their COMMIT
    "requests_in_flight",  # signed requests sent to the server and not yet answered
    "committed_seq",  # the last event the writer saw committed (its service call returned)
    "sync_passes",  # sync passes the worker finished
)
_SLOT = struct.Struct("<q")
SIZE = _SLOT.size * len(FIELDS)


class ChildState:
    """Named 64-bit counters over a shared mapping of `path`."""

    def __init__(self, path: Path, *, create: bool = False) -> None:
        self.path = path
        if create:
            path.write_bytes(bytes(SIZE))
        self._file = path.open("r+b")
        self._map = mmap.mmap(self._file.fileno(), SIZE)

    def get(self, name: str) -> int:
        value: int = _SLOT.unpack_from(self._map, _offset(name))[0]
        return value

    def set(self, name: str, value: int) -> None:
        _SLOT.pack_into(self._map, _offset(name), value)

    def snapshot(self) -> dict[str, int]:
        return {name: self.get(name) for name in FIELDS}

    def reset(self) -> None:
        self._map[:] = bytes(SIZE)

    def close(self) -> None:
        self._map.close()
        self._file.close()

    def __enter__(self) -> ChildState:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _offset(name: str) -> int:
    return FIELDS.index(name) * _SLOT.size
