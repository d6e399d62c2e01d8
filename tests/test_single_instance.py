"""One kiosk per data folder; the lock dies with its process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from harmony_kiosk.single_instance import AlreadyRunning, acquire


def test_a_second_start_finds_the_first(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from harmony_kiosk.single_instance import acquire
        lock = acquire(Path({str(tmp_path)!r}))
        print("held", flush=True)
        sys.stdin.readline()
        """
    )
    first = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert first.stdout is not None and first.stdin is not None
    assert first.stdout.readline().strip() == "held"
    with pytest.raises(AlreadyRunning) as refused:
        acquire(tmp_path)
    assert refused.value.pid == str(first.pid)
    first.kill()  # dies without a goodbye: the OS releases the lock
    first.wait(timeout=10)
    first.stdin.close()
    first.stdout.close()
    acquire(tmp_path).release()
