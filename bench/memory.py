"""Figure 3: the kiosk's peak RSS after 1,000 whole jobs, in a child process started offscreen."""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.memory_child import REPORT_PREFIX
from bench.plant import make_demo_folder
from bench.processes import BARE_WINDOW, BenchFailure, gui_env, run_timed
from bench.results import Figure, Target
from harmony_kiosk.clock import SystemClock

HEADLINE = Figure("peak RSS after 1,000 jobs", None, "MB", target=Target.value_at_most(200, "MB"))
JOBS = 1000
TIMEOUT_S = 600.0
_KIB_TO_MB = 1024 / 1e6


def _report(stdout: str, prefix: str) -> str:
    for line in reversed(stdout.splitlines()):
        if line.startswith(prefix):
            return line.removeprefix(prefix).strip()
    raise BenchFailure(f"the child printed no `{prefix.strip()}` line")


def _bare_window_peak_mb(data_dir: Path) -> float:
    """Peak RSS of a bare Qt window: how much of the kiosk's memory is Qt itself."""
    _, stdout = run_timed([sys.executable, str(BARE_WINDOW)], gui_env(data_dir), 60.0)
    return int(_report(stdout, "peak_rss_kib ")) * _KIB_TO_MB


def _run_child(data_dir: Path) -> tuple[dict[str, Any], str | None]:
    """The child's report, and how it failed if it failed after reporting (at exit, say)."""
    command = [sys.executable, "-m", "bench.memory_child", str(JOBS)]
    try:
        _, stdout = run_timed(command, gui_env(data_dir), TIMEOUT_S)
        failed = None
    except BenchFailure as failure:
        if REPORT_PREFIX not in failure.stdout:
            raise
        stdout, failed = failure.stdout, f"measured, then the kiosk process failed: {failure}"
    return json.loads(_report(stdout, REPORT_PREFIX)), failed


def _note(report: dict[str, Any]) -> str:
    note = (
        f"{report['built']}; {report['jobs']} jobs, {report['steps']} steps in "
        f"{report['seconds']:.0f} s; baseline: a bare Qt window's peak; peak is VmHWM "
        f"(ru_maxrss said {report['ru_maxrss_kib'] * _KIB_TO_MB:.0f} MB, which can carry the "
        "parent's peak)"
    )
    lost = report["true_refs_lost_per_job"]
    if lost >= 0.5:
        note += (
            f"; Python's True loses {lost:.1f} references a job (a C extension's refcount bug: "
            "Python 3.11 aborts with bool_dealloc when they run out)"
        )
    return note


def measure() -> list[Figure]:
    """Make a demo folder with big orders, run the child on it, read its report."""
    with tempfile.TemporaryDirectory(prefix="harmony-bench-memory-") as tmp:
        data_dir = Path(tmp) / "data"
        make_demo_folder(data_dir, SystemClock())
        report, failed = _run_child(data_dir)
        bare_mb = _bare_window_peak_mb(data_dir)
    if report["jobs"] != JOBS:
        raise BenchFailure(f"the child ran {report['jobs']} jobs, not {JOBS}")
    return [
        replace(
            HEADLINE,
            value=report["peak_rss_kib"] * _KIB_TO_MB,
            baseline=bare_mb,
            note=_note(report),
            error=failed,
        ),
        Figure(
            "RSS after 1,000 jobs",
            report["current_rss_kib"] * _KIB_TO_MB,
            "MB",
            note="VmRSS at the end; informative",
        ),
    ]
