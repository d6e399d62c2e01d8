"""Figure 7: a simulated 12-hour shift on the real window; RSS, file descriptors and threads
at hour 1 against hour 12 (no growth past 10%, no handle or thread leak)."""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.processes import BenchFailure, gui_env, run_timed
from bench.results import Figure, Target
from bench.soak_child import REPORT_PREFIX
from bench.soak_run import HourSample, growth_percent

HOURS = 12
JOBS = 300
TIMEOUT_S = 900.0
HEADLINE = Figure("RSS growth, shift hour 1 to 12", None, "%", target=Target.value_at_most(10, "%"))
_KIB_TO_MB = 1024 / 1e6


def _report(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.splitlines()):
        if line.startswith(REPORT_PREFIX):
            loaded: dict[str, Any] = json.loads(line.removeprefix(REPORT_PREFIX))
            return loaded
    raise BenchFailure(f"the soak child printed no `{REPORT_PREFIX.strip()}` line")


def figures(report: dict[str, Any]) -> list[Figure]:
    """The soak's figures from the child's report (hour 1 is the baseline of hour 12)."""
    samples = [HourSample(**entry) for entry in report["samples"]]
    if len(samples) < 2:
        raise BenchFailure(f"the soak sampled {len(samples)} hour(s); it needs two at least")
    first, last = samples[0], samples[-1]
    note = (
        f"{report['jobs']} jobs, {report['logins']} logins, {report['idle_logouts']} idle "
        f"log-outs, {report['downtimes']} downtimes over {len(samples)} simulated hours in "
        f"{report['seconds']:.0f} s; the real window offscreen, clock simulated; RSS "
        f"{first.rss_kib * _KIB_TO_MB:.0f} MB at hour {first.hour}, "
        f"{last.rss_kib * _KIB_TO_MB:.0f} MB at hour {last.hour}; RSS by hour (MB): "
        + " ".join(f"{sample.rss_kib * _KIB_TO_MB:.0f}" for sample in samples)
    )
    same = Target.ratio_at_most(1.0)
    return [
        replace(HEADLINE, value=growth_percent(first, last), note=note),
        Figure(
            f"open file descriptors, hour {last.hour} vs {first.hour}",
            last.open_fds,
            "fds",
            baseline=first.open_fds,
            target=same,
        ),
        Figure(
            f"threads, hour {last.hour} vs {first.hour}",
            last.threads,
            "threads",
            baseline=first.threads,
            target=same,
        ),
    ]


def measure(hours: int = HOURS, jobs: int = JOBS) -> list[Figure]:
    """Run the shift in a child process (its RSS is the kiosk's alone) and read its report."""
    with tempfile.TemporaryDirectory(prefix="harmony-bench-soak-") as tmp:
        data_root = Path(tmp) / "data"
        command = [sys.executable, "-m", "bench.soak_child", str(data_root), str(hours), str(jobs)]
        _, stdout = run_timed(command, gui_env(data_root), TIMEOUT_S)
    report = _report(stdout)
    if report["jobs"] != jobs:
        raise BenchFailure(f"the soak ran {report['jobs']} jobs, not {jobs}")
    return figures(report)
