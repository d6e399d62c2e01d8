"""This process's memory in KiB: peak and current RSS from /proc/self/status, and ru_maxrss.

ru_maxrss is not this program's own peak on Linux: a process started by a fork (or vfork, as
subprocess does) and exec keeps its parent's high-water mark if that was higher. VmHWM starts
afresh at exec, so the peak figure is VmHWM and ru_maxrss is kept for reference.
"""

from __future__ import annotations

import resource
from pathlib import Path


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def peak_rss_kib() -> int:
    """The most resident memory this program has held since it started (VmHWM)."""
    return _status_kib("VmHWM")


def current_rss_kib() -> int:
    """Resident memory now (VmRSS)."""
    return _status_kib("VmRSS")


def rusage_maxrss_kib() -> int:
    """getrusage's ru_maxrss (KiB on Linux); may include the parent's peak, see above."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
