"""When this process started, as `time.perf_counter` saw it at the first import of `ui.cli`."""

from __future__ import annotations

import time

# Imported first by ui/cli.py, so "shown" timings (HARMONY_EXIT_WHEN_SHOWN) count from here.
STARTED_AT = time.perf_counter()


def seconds_since_start() -> float:
    return time.perf_counter() - STARTED_AT
