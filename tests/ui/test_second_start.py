"""A second start on the same data folder finds the first kiosk and leaves quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from harmony_kiosk.demo_folders import current_demo
from harmony_kiosk.single_instance import acquire

KIOSK = Path(sys.executable).with_name("harmony-kiosk")


def test_a_second_kiosk_on_one_data_folder_exits_cleanly(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "HARMONY_DATA_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "HARMONY_EXIT_WHEN_SHOWN": "1",
    }
    made = subprocess.run(
        [str(KIOSK), "demo", "--no-gui"], env=env, capture_output=True, timeout=120, check=False
    )
    assert made.returncode == 0, made.stderr
    folder = current_demo(tmp_path)
    assert folder is not None
    first = acquire(folder)  # stands for the kiosk already running
    try:
        second = subprocess.run(
            [str(KIOSK), "demo", "--windowed"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        first.release()
    assert second.returncode == 0
    assert "already running" in second.stderr
    assert "shown" not in second.stdout
