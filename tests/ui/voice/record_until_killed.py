"""A kiosk process that records a voice note and never stops: the test kills it mid-take.

python -m tests.ui.voice.record_until_killed <data dir>
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def main(data_dir: Path) -> int:
    app = QCoreApplication(sys.argv)
    from ui.voice import backend
    from ui.voice.recovery import takes_dir

    kit = backend.load(app)
    found = kit if isinstance(kit, str) else kit.microphone()
    if isinstance(kit, str) or isinstance(found, str):
        print(f"cannot record: {found}", flush=True)
        return 2
    recorder = kit.recorder(found, takes_dir(data_dir), 600.0, app)
    recorder.start()
    print("recording", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
