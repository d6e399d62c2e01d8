"""Figure 1: cold start of `harmony-kiosk demo` to its login screen, against a bare Qt window."""

from __future__ import annotations

import compileall
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from bench.plant import STATION
from bench.processes import (
    BARE_WINDOW,
    BenchFailure,
    gui_env,
    run_timed,
    run_until_lines,
    venv_script,
)
from bench.results import Figure, Target
from bench.stats import median
from harmony_kiosk.demo_folders import current_demo

HEADLINE = Figure("cold start to login screen", None, "s", target=Target.ratio_at_most(3))
RUNS = 7
TIMEOUT_S = 60.0


def _compile_sources() -> None:
    """Byte-compile our packages, as an installed kiosk has them (pip compiles what it installs,
    the frozen bundle carries bytecode). An editable checkout under PYTHONDONTWRITEBYTECODE=1
    would otherwise compile every module on every start and time the compiler, not the kiosk."""
    root = Path(__file__).resolve().parent.parent
    for package in ("harmony_kiosk", "ui", "sync"):
        if not compileall.compile_dir(root / package, quiet=1):
            raise BenchFailure(f"could not byte-compile {package}")


def _set_up_demo(data_dir: Path, env: dict[str, str]) -> None:
    """Make the demo folder first, so the runs time start-up and not first-time set-up."""
    run_timed([str(venv_script("harmony-kiosk")), "demo", "--no-gui"], env, TIMEOUT_S)
    if current_demo(data_dir) is None:
        raise BenchFailure(f"`harmony-kiosk demo --no-gui` made no demo folder in {data_dir}")


def _kiosk_run(env: dict[str, str]) -> dict[str, float]:
    """One kiosk start: seconds from spawn to its `shown` and `ready` lines."""
    command = [str(venv_script("harmony-kiosk")), "demo", "--windowed", "--station", STATION]
    return run_until_lines(command, env, ("shown", "ready"), TIMEOUT_S)


def _bare_run(env: dict[str, str]) -> float:
    return run_until_lines([sys.executable, str(BARE_WINDOW)], env, ("shown",), TIMEOUT_S)["shown"]


def measure() -> list[Figure]:
    """Warm up once each, then alternate kiosk and bare-window starts and compare medians.

    "Shown" is the login screen's first paint; the kiosk opens its database behind it on the
    worker thread, and "ready" is when a badge can log in. Both are timed from spawn by this
    process as the child prints them.
    """
    with tempfile.TemporaryDirectory(prefix="harmony-bench-start-") as tmp:
        data_dir = Path(tmp) / "data"
        env = gui_env(data_dir, HARMONY_EXIT_WHEN_SHOWN="1")
        _compile_sources()
        _set_up_demo(data_dir, env)
        _kiosk_run(env)
        _bare_run(env)
        shown: list[float] = []
        ready: list[float] = []
        bare: list[float] = []
        for _ in range(RUNS):
            times = _kiosk_run(env)
            shown.append(times["shown"])
            ready.append(times["ready"])
            bare.append(_bare_run(env))
    spread = f"kiosk {min(shown):.3f}-{max(shown):.3f} s, bare {min(bare):.3f}-{max(bare):.3f} s"
    return [
        replace(
            HEADLINE,
            value=median(shown),
            baseline=median(bare),
            note=f"spawn to first paint, median of {RUNS} alternating runs ({spread})",
        ),
        Figure(
            "cold start to ready for a badge",
            median(ready),
            "s",
            baseline=median(bare),
            note="spawn until the kiosk's database is open behind the login screen; informative",
        ),
    ]
