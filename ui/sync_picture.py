"""What the kiosk knows of its sync at one moment: the picture the status indicator draws."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the sync client (and its HTTP library) loads off the start-up path
    from sync.client.worker import SyncStatus


class SyncMode(Enum):
    """Whether this data folder syncs at all."""

    STARTING = "starting"  # the kiosk is still opening: nothing to say yet
    DEMO = "demo"  # a demo folder: its journal never leaves this machine
    NOT_ENROLLED = "not-enrolled"
    ENROLLED = "enrolled"
    BROKEN = "broken"  # enrolled, but the sync client could not start (`problem` says why)


@dataclass(frozen=True)
class SyncPicture:
    """The mode, the sync client's last status, and the server's acknowledged seq (if read)."""

    mode: SyncMode
    status: SyncStatus | None = None
    acked_seq: int | None = None
    problem: str = ""
