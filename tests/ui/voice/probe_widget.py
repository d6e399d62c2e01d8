"""Opens the voice-note widget in a fresh process and prints what it shows, as JSON.

    python -m tests.ui.voice.probe_widget <data dir>

A fresh process because Qt Multimedia meets its sound server once per process: a kiosk without
a microphone, or without the audio system, can only be seen from a process started that way.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication


def main(data_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv)
    from harmony_kiosk.clock import ManualClock
    from harmony_kiosk.services.attachments import Attachments
    from harmony_kiosk.store.blob_store import BlobStore
    from ui import app as kiosk_app  # the app's own modules import fine without audio
    from ui import main_window, theme
    from ui.voice.widget import VoiceNoteWidget
    from ui.worker import Worker

    theme.apply(app)
    worker = Worker()
    attachments = Attachments(BlobStore(data_dir / "blobs"), ManualClock())
    widget = VoiceNoteWidget(attachments, worker, data_dir)
    widget.resize(1100, 330)
    widget.show()
    app.processEvents()
    shown = {
        "state": widget.state.value,
        "message": widget.panel.message.text(),
        "enabled": sorted(k for k, b in widget.panel.buttons.items() if b.isEnabled()),
        "visible": sorted(k for k, b in widget.panel.buttons.items() if b.isVisible()),
        "app_modules": [kiosk_app.__name__, main_window.__name__],
        "multimedia_loaded": "PySide6.QtMultimedia" in sys.modules,
    }
    print(json.dumps(shown), flush=True)
    worker.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
