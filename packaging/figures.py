"""The packaging figures `make package` prints: sizes, and the frozen kiosk's cold start.

    python packaging/figures.py [OUT]          (OUT as given to packaging/build.sh)

- bundle size on disk (target <= 150 MB), and, when `make package-baseline` has built it, the
  same bundle with nothing left out (unused Qt parts, ICU's other languages, the system's own
  libraries: packaging/harmony-kiosk.spec), to show what leaving them out saves;
- the compressed installer: the .deb (target <= 70 MB);
- cold start to the login screen, frozen against source, as a ratio (target <= 1.5x): spawn to
  the `shown` line that HARMONY_EXIT_WHEN_SHOWN=1 prints, median of alternating runs after a
  warm-up of each, offscreen, on a demo folder made beforehand.

Written to OUT/figures.json and merged into build/bench.json (the format of bench/results.py).
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
TIMEOUT_S = 60.0
MB = 1024 * 1024


def figure(
    name: str,
    value: float,
    unit: str,
    baseline: float | None = None,
    limit: float | None = None,
    on_ratio: bool = False,
    note: str | None = None,
) -> dict[str, Any]:
    """A row as bench/results.py writes them (name, value, unit, baseline, ratio, target, met)."""
    ratio = value / baseline if baseline else None
    checked = ratio if on_ratio else value
    target = None if limit is None else (f"<= {limit:g}x" if on_ratio else f"<= {limit:g} {unit}")
    row: dict[str, Any] = {
        "name": name,
        "value": round(value, 4),
        "unit": unit,
        "baseline": None if baseline is None else round(baseline, 4),
        "ratio": None if ratio is None else round(ratio, 4),
        "target": target,
        "met": None if limit is None or checked is None else checked <= limit,
    }
    if note:
        row["note"] = note
    return row


def disk_bytes(folder: Path) -> tuple[int, int]:
    """(bytes allocated on disk, bytes of content) of every file under `folder`."""
    allocated = content = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        info = path.stat()
        allocated += info.st_blocks * 512
        content += info.st_size
    return allocated, content


def time_to_shown(command: list[str], data_dir: Path) -> float:
    """Seconds from spawn to the `shown` line of one offscreen start to the login screen."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HARMONY_DATA_DIR=str(data_dir))
    env["HARMONY_EXIT_WHEN_SHOWN"] = "1"
    started = time.perf_counter()
    process = subprocess.Popen(  # noqa: S603 (our own bundle and console script)
        [*command, "demo", "--windowed"],
        env=env,
        cwd=data_dir,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    shown = None
    for line in process.stdout:
        if line.startswith("shown ") and shown is None:
            shown = time.perf_counter() - started
    if process.wait(timeout=TIMEOUT_S) != 0 or shown is None:
        raise SystemExit(f"figures: `{' '.join(command)} demo --windowed` printed no `shown` line")
    return shown


def cold_start(frozen: Path, source: Path) -> dict[str, Any]:
    # The bundle carries bytecode; the source run gets it too, or under PYTHONDONTWRITEBYTECODE=1
    # it would compile every module on every start and flatter the frozen kiosk.
    for package in ("harmony_kiosk", "ui", "sync"):
        compileall.compile_dir(ROOT / package, quiet=1)
    with tempfile.TemporaryDirectory(prefix="harmony-figures-") as scratch:
        variants = {"frozen": [str(frozen)], "source": [str(source)]}
        folders = {name: Path(scratch, name) for name in variants}
        for name, command in variants.items():
            folders[name].mkdir()
            env = dict(os.environ, HARMONY_DATA_DIR=str(folders[name]))
            subprocess.run(  # noqa: S603 (our own bundle and console script)
                [*command, "demo", "--no-gui"], env=env, check=True, capture_output=True
            )
            time_to_shown(command, folders[name])  # warm-up: disk cache, fontconfig cache
        times: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(RUNS):
            for name, command in variants.items():
                times[name].append(time_to_shown(command, folders[name]))
    frozen_s, source_s = (statistics.median(times[name]) for name in ("frozen", "source"))
    spread = ", ".join(f"{name} {min(v):.3f}-{max(v):.3f} s" for name, v in times.items())
    return figure(
        "cold start to login screen, frozen vs source",
        frozen_s,
        "s",
        baseline=source_s,
        limit=1.5,
        on_ratio=True,
        note=f"spawn to the `shown` line, median of {RUNS} alternating runs after a warm-up "
        f"({spread}); baseline: the same commit from source (.venv/bin/harmony-kiosk), "
        "byte-compiled",
    )


def measure(out: Path) -> list[dict[str, Any]]:
    bundle = out / "dist" / "harmony-kiosk"
    allocated, content = disk_bytes(bundle)
    rows = []
    baseline_folder = out.parent / "package-keep-qt" / "dist" / "harmony-kiosk"
    baseline = disk_bytes(baseline_folder)[0] / MB if baseline_folder.is_dir() else None
    note = f"{content / MB:.1f} MB of file content"
    if baseline is not None:
        note += (
            "; baseline: the same bundle with nothing left out (make package-baseline): the unused"
            " Qt parts, ICU's data for every language, and copies of the system's own libraries"
        )
    rows.append(figure("bundle size on disk", allocated / MB, "MB", baseline, 150, note=note))
    debs = sorted(out.glob("*.deb"))
    if debs:
        rows.append(figure("installer size (.deb)", debs[-1].stat().st_size / MB, "MB", limit=70))
    rows.append(cold_start(bundle / "harmony-kiosk", ROOT / ".venv" / "bin" / "harmony-kiosk"))
    return rows


def merge_into_bench(rows: list[dict[str, Any]], path: Path) -> None:
    """Replace these figures in build/bench.json, keeping the other figures of `make bench`."""
    try:
        existing = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        existing = []
    names = {row["name"] for row in rows}
    kept = [row for row in existing if isinstance(row, dict) and row.get("name") not in names]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(kept + rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def show(row: dict[str, Any]) -> str:
    text = f"{row['name']}: {row['value']:g} {row['unit']}"
    if row["baseline"] is not None:
        text += f" (baseline {row['baseline']:g} {row['unit']}, ratio {row['ratio']:.2f}x)"
    if row["target"]:
        text += f"  target {row['target']}: {'met' if row['met'] else 'NOT MET'}"
    return text


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "package"
    rows = measure(out.resolve())
    (out / "figures.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    merge_into_bench(rows, ROOT / "build" / "bench.json")
    for row in rows:
        sys.stdout.write(show(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
