"""Writing the diagnostics archive from the maintenance menu, on the worker thread."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion

from harmony_kiosk.clock import Clock
from harmony_kiosk.errors import KnownError


class DiagnosticsFailed(KnownError):
    """The archive could not be written (a full disk, a folder that cannot be written)."""


def write_diagnostics(data_dir: Path, clock: Clock) -> Path:
    """The archive `harmony-kiosk diagnostics` writes, with the Qt versions added; its path."""
    # On the worker: the checks open the database.
    from harmony_kiosk.diagnostics import default_target, write_archive  # noqa: PLC0415

    target = default_target(data_dir, clock.now())
    versions = {"Qt": qVersion(), "PySide6": PySide6.__version__}
    try:
        return write_archive(data_dir, target, clock, versions)
    except OSError as error:
        raise DiagnosticsFailed(
            f"The diagnostics archive could not be written to {target.parent}: {error.strerror}"
        ) from None
