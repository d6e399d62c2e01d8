"""The soak's measuring function: a simulated shift, this process's resources sampled each hour."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.rss import current_rss_kib
from bench.shift import Operator, ShiftDriver

# Two operators take turns at the station, one English and one Spanish (the UI switches with them).
OPERATORS = (Operator("10041", "4821"), Operator("10078", "7315"))
LOGINS_PER_HOUR = 2  # each ends in an idle log-out: the operator walks away


@dataclass(frozen=True)
class HourSample:
    """This process at the end of one simulated hour."""

    hour: int
    rss_kib: int
    open_fds: int
    threads: int


@dataclass(frozen=True)
class ShiftReport:
    samples: tuple[HourSample, ...]
    jobs: int
    logins: int
    idle_logouts: int
    downtimes: int


def open_fds() -> int:
    return sum(1 for _ in Path("/proc/self/fd").iterdir())


def thread_count() -> int:
    """Every thread of the process, Qt's and SQLite's included (threading sees only Python's)."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    raise RuntimeError("no Threads in /proc/self/status")


def sample(hour: int) -> HourSample:
    gc.collect()  # garbage not yet collected is not a leak; what survives a collection may be
    return HourSample(hour, current_rss_kib(), open_fds(), thread_count())


def jobs_in_hour(hour: int, hours: int, jobs: int) -> int:
    """`jobs` spread over `hours` as evenly as whole jobs allow (hour counts from 1)."""
    return jobs * hour // hours - jobs * (hour - 1) // hours


def run_shift(
    driver: ShiftDriver,
    hours: int,
    jobs: int,
    progress: Callable[[HourSample], None] | None = None,
) -> ShiftReport:
    """Each hour: operators log in, run their share of the jobs, the line stops once, and each
    operator walks away to an idle log-out; resources are sampled at the end of the hour."""
    samples: list[HourSample] = []
    clock = driver.clock
    started = clock.monotonic()
    for hour in range(1, hours + 1):
        share = jobs_in_hour(hour, hours, jobs)
        for turn in range(LOGINS_PER_HOUR):
            who = OPERATORS[(hour + turn) % len(OPERATORS)]
            session = driver.log_in(who)
            mine = share * (turn + 1) // LOGINS_PER_HOUR - share * turn // LOGINS_PER_HOUR
            for number in range(mine):
                driver.run_job(who)
                if turn == 0 and number == mine // 2:
                    driver.downtime(session)
            driver.idle_logout()
        clock.advance(max(0.0, started + hour * 3600 - clock.monotonic()))  # the hour's rest
        taken = sample(hour)
        samples.append(taken)
        if progress is not None:
            progress(taken)
    return ShiftReport(
        tuple(samples), driver.jobs_done, driver.logins, driver.idle_logouts, driver.downtimes
    )


def growth_percent(first: HourSample, last: HourSample) -> float:
    return (last.rss_kib - first.rss_kib) / first.rss_kib * 100
