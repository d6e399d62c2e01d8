"""Figure 2: one operator action (step answered, committed durably) against a raw SQLite commit."""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import fmean

from bench.operator import Answer, JobRunner
from bench.plant import OPERATOR, STATION, make_demo_folder
from bench.results import Figure, Target
from bench.sqlite_baseline import RawCommits
from bench.stats import percentile
from harmony_kiosk.clock import SystemClock
from harmony_kiosk.domain.instructions import StepKind
from harmony_kiosk.services.kiosk import open_kiosk

HEADLINE = Figure("operator action p99", None, "ms", target=Target.ratio_at_most(5))
MIN_ACTIONS = 2000
WARM_UP_JOBS = 2
BASELINE_WARM_UP = 50
_SERVICE_CALL = {
    StepKind.INSTRUCTION: "acknowledge",
    StepKind.CONFIRM: "acknowledge",
    StepKind.MEASUREMENT: "measure",
    StepKind.PASSFAIL: "check",
    StepKind.SCAN: "scan",
}


def _timed(answers: list[Answer]) -> list[Answer]:
    """Signatures check a PIN with scrypt, slow by design: they are answered but not timed."""
    return [answer for answer in answers if answer.kind is not StepKind.SIGNATURE]


@dataclass
class _Samples:
    """Latencies of the kiosk's answers and of the raw commits measured beside them."""

    kiosk_ms: list[float] = field(default_factory=list)
    raw_ms: list[float] = field(default_factory=list)
    calls: Counter[str] = field(default_factory=Counter)
    jobs: int = 0
    row_bytes: int = 0


def _sample(folder: Path, clock: SystemClock, baseline_db: Path) -> _Samples:
    """Run jobs until >= MIN_ACTIONS answers are timed; after each job, as many raw commits."""
    samples = _Samples()
    kiosk = open_kiosk(folder, clock, STATION)
    try:
        runner = JobRunner(kiosk.jobs, kiosk.auth.login(*OPERATOR))
        warm_up = _timed([a for _ in range(WARM_UP_JOBS) for a in runner.run_job()])
        samples.row_bytes = round(fmean(answer.row_bytes for answer in warm_up))
        raw = RawCommits(baseline_db, samples.row_bytes)
        for _ in range(BASELINE_WARM_UP):
            raw.commit_one()
        while len(samples.kiosk_ms) < MIN_ACTIONS:
            answers = _timed(runner.run_job())
            samples.kiosk_ms.extend(answer.elapsed_ns / 1e6 for answer in answers)
            samples.raw_ms.extend(raw.commit_one() / 1e6 for _ in answers)
            samples.calls.update(_SERVICE_CALL[answer.kind] for answer in answers)
            samples.jobs += 1
        raw.close()
    finally:
        kiosk.close()
    return samples


def measure() -> list[Figure]:
    """p99 and p50 of the kiosk's answers and of raw commits, in one fresh temp folder."""
    clock = SystemClock()
    with tempfile.TemporaryDirectory(prefix="harmony-bench-action-") as tmp:
        folder = make_demo_folder(Path(tmp) / "data", clock)
        samples = _sample(folder, clock, Path(tmp) / "baseline.db")
    kiosk_ms, raw_ms = samples.kiosk_ms, samples.raw_ms
    mix = ", ".join(f"{name} {count}" for name, count in sorted(samples.calls.items()))
    note = (
        f"{len(kiosk_ms)} answers over {samples.jobs} jobs ({mix}); raw rows of "
        f"{samples.row_bytes} B, committed job by job in between"
    )
    return [
        replace(
            HEADLINE,
            value=percentile(kiosk_ms, 0.99),
            baseline=percentile(raw_ms, 0.99),
            note=note,
        ),
        Figure(
            "operator action p50",
            percentile(kiosk_ms, 0.5),
            "ms",
            baseline=percentile(raw_ms, 0.5),
            note="informative",
        ),
    ]
