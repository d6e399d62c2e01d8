"""Child processes for figures: the environment they start in, timed runs that fail loudly."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BARE_WINDOW = Path(__file__).resolve().with_name("bare_window.py")


class BenchFailure(Exception):
    """A figure could not be measured; the message says why, for the person reading the run."""

    def __init__(self, message: str, stdout: str = "") -> None:
        super().__init__(message)
        self.stdout = stdout  # what a failed child printed before it failed


def venv_script(name: str) -> Path:
    """A console script installed next to this interpreter (the project's venv)."""
    return Path(sys.executable).parent / name


def gui_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a kiosk child: offscreen Qt and its own data folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HARMONY_DATA_DIR=str(data_dir))
    env.update(extra)
    return env


def _tail(text: str, lines: int = 15) -> str:
    kept = text.strip().splitlines()[-lines:]
    return "\n".join(f"    | {line}" for line in kept) or "    | (nothing)"


def run_timed(command: list[str], env: dict[str, str], timeout_s: float) -> tuple[float, str]:
    """Run a command to its end: seconds from spawn to exit, and its stdout; raise unless exit 0."""
    shown = " ".join(command)
    started = time.perf_counter_ns()
    try:
        done = subprocess.run(
            command,
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BenchFailure(f"`{shown}` did not exit within {timeout_s:g} s") from None
    except OSError as error:
        raise BenchFailure(f"`{shown}` could not start: {error}") from None
    elapsed = (time.perf_counter_ns() - started) / 1e9
    if done.returncode != 0:
        raise BenchFailure(
            f"`{shown}` exited with code {done.returncode}; its stderr ends with:\n"
            f"{_tail(done.stderr)}",
            done.stdout,
        )
    return elapsed, done.stdout


def run_until_lines(
    command: list[str], env: dict[str, str], words: tuple[str, ...], timeout_s: float
) -> dict[str, float]:
    """Seconds from spawn until each line starting with one of `words` was printed.

    The child is timed by its parent's clock as each line arrives, so a child that is slow to
    exit after showing its window is not charged for it. The child must still exit 0.
    """
    shown = " ".join(command)
    started = time.perf_counter_ns()
    try:
        child = subprocess.Popen(
            command, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    except OSError as error:
        raise BenchFailure(f"`{shown}` could not start: {error}") from None
    seen: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        word = line.split(" ", 1)[0].strip()
        if word in words and word not in seen:
            seen[word] = (time.perf_counter_ns() - started) / 1e9
    try:
        code = child.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        child.kill()
        raise BenchFailure(f"`{shown}` did not exit within {timeout_s:g} s") from None
    stderr = child.stderr.read() if child.stderr else ""
    if code != 0:
        raise BenchFailure(
            f"`{shown}` exited with code {code}; its stderr ends with:\n{_tail(stderr)}"
        )
    missing = [word for word in words if word not in seen]
    if missing:
        raise BenchFailure(f"`{shown}` exited 0 but never printed a line starting with {missing}")
    return seen
