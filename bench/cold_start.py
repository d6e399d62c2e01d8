"""Figure 1: cold start of `harmony-kiosk demo` to its login screen, against a bare Qt window."""

from __future__ import annotations

import re
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from bench.plant import STATION
from bench.processes import BARE_WINDOW, BenchFailure, gui_env, run_timed, venv_script
from bench.results import Figure, Target
from bench.stats import median
from harmony_kiosk.services.demo import current_demo

HEADLINE = Figure("cold start to login screen", None, "s", target=Target.ratio_at_most(3))
RUNS = 7
TIMEOUT_S = 60.0
_SHOWN = re.compile(r"^shown\s+([0-9]+(?:\.[0-9]+)?)\s*$", re.MULTILINE)


def _set_up_demo(data_dir: Path, env: dict[str, str]) -> None:
    """Make the demo folder first, so the runs time start-up and not first-time set-up."""
    run_timed([str(venv_script("harmony-kiosk")), "demo", "--no-gui"], env, TIMEOUT_S)
    if current_demo(data_dir) is None:
        raise BenchFailure(f"`harmony-kiosk demo --no-gui` made no demo folder in {data_dir}")


def _kiosk_run(env: dict[str, str]) -> tuple[float, float]:
    """One kiosk start: seconds from spawn to exit, and the `shown` seconds it printed."""
    command = [str(venv_script("harmony-kiosk")), "demo", "--windowed", "--station", STATION]
    elapsed, stdout = run_timed(command, env, TIMEOUT_S)
    found = _SHOWN.search(stdout)
    if found is None:
        raise BenchFailure(
            "the kiosk exited 0 but printed no `shown <seconds>` line: with "
            "HARMONY_EXIT_WHEN_SHOWN=1 it must quit right after the login screen's first paint "
            "and print that line, or this figure would time something else"
        )
    return elapsed, float(found.group(1))


def _bare_run(env: dict[str, str]) -> float:
    return run_timed([sys.executable, str(BARE_WINDOW)], env, TIMEOUT_S)[0]


def measure() -> list[Figure]:
    """Warm up once each, then alternate kiosk and bare-window starts and compare medians."""
    with tempfile.TemporaryDirectory(prefix="harmony-bench-start-") as tmp:
        data_dir = Path(tmp) / "data"
        env = gui_env(data_dir, HARMONY_EXIT_WHEN_SHOWN="1")
        _set_up_demo(data_dir, env)
        _kiosk_run(env)
        _bare_run(env)
        kiosk: list[float] = []
        shown: list[float] = []
        bare: list[float] = []
        for _ in range(RUNS):
            elapsed, shown_s = _kiosk_run(env)
            kiosk.append(elapsed)
            shown.append(shown_s)
            bare.append(_bare_run(env))
    spread = f"kiosk {min(kiosk):.3f}-{max(kiosk):.3f} s, bare {min(bare):.3f}-{max(bare):.3f} s"
    return [
        replace(
            HEADLINE,
            value=median(kiosk),
            baseline=median(bare),
            note=f"spawn to exit, median of {RUNS} alternating runs after a warm-up ({spread})",
        ),
        Figure(
            "cold start, kiosk's own 'shown' time",
            median(shown),
            "s",
            note="what the kiosk printed as `shown <seconds>`; informative",
        ),
    ]
