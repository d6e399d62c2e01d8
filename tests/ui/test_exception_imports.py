"""The exception screens stay off the path to the first paint: importing the window loads
neither the services (SQLAlchemy) nor Qt Multimedia (the camera check, voice notes)."""

from __future__ import annotations

import subprocess
import sys

PROBE = (
    "import sys, ui.main_window; "
    "print(sorted(m for m in ('sqlalchemy', 'PySide6.QtMultimedia', 'ui.voice.widget') "
    "if m in sys.modules))"
)


def test_importing_the_window_loads_no_services_and_no_multimedia() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]", done.stderr
