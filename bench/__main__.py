"""`python -m bench`: measure every figure, print the table, write `build/bench.json`."""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import replace

from bench import action_latency, cold_start, memory, past_cases, soak, sync_drain, sync_fleet
from bench.processes import BenchFailure
from bench.results import BENCH_JSON, Figure, load_previous, save
from bench.table import render

Measure = Callable[[], list[Figure]]
# Each figure's headline (name, unit, target: what a failed run still records) and its measure.
FIGURES: list[tuple[Figure, Measure]] = [
    (cold_start.HEADLINE, cold_start.measure),
    (action_latency.HEADLINE, action_latency.measure),
    (memory.HEADLINE, memory.measure),
    (sync_drain.HEADLINE, sync_drain.measure),
    (sync_fleet.HEADLINE, sync_fleet.measure),
    (past_cases.HEADLINE, past_cases.measure),
    (soak.HEADLINE, soak.measure),
]


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _measure(headline: Figure, measure: Measure) -> list[Figure]:
    """Run one figure; a failure becomes a figure with no value and the reason, never a number."""
    started = time.monotonic()
    try:
        figures = measure()
    except BenchFailure as failure:
        _log(f"   FAILED: {failure}")
        return [replace(headline, error=str(failure))]
    except Exception as error:
        traceback.print_exc()
        return [replace(headline, error=f"bench bug: {error!r}")]
    _log(f"   done in {time.monotonic() - started:.0f} s")
    return figures


def main() -> int:
    """Exit 0 when every figure was measured (met or not), 1 when any could not be."""
    started = time.monotonic()
    previous = load_previous()
    figures: list[Figure] = []
    for number, (headline, measure) in enumerate(FIGURES, start=1):
        _log(f"[{number}/{len(FIGURES)}] {headline.name} ...")
        figures.extend(_measure(headline, measure))
    save(figures)
    print(render(figures, previous))
    print(f"\nwrote {BENCH_JSON} in {time.monotonic() - started:.0f} s")
    return 1 if any(figure.error for figure in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
