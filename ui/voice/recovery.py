"""Takes left on disk by a crash, a power cut or a closed screen: found again and offered.

The choice: a WAV left in the takes folder is never deleted silently. The next voice-note widget
to open offers it (newest first, one at a time) as a recovered note the operator can play, save
or discard, because only a person can tell which event it belongs to. Takes held by a widget of
this process are claimed, so a second widget never offers a take the first is still working on.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from ui.voice.take import Take
from ui.voice.wav_file import repair

log = logging.getLogger(__name__)
FOLDER = "voice-takes"
MIN_SECONDS = 0.5  # shorter than this is a tap on Record, not a note worth offering
_claimed: set[Path] = set()
_lock = threading.Lock()


def takes_dir(data_dir: Path) -> Path:
    """Where takes are recorded: inside the data folder, so they survive what it survives."""
    return data_dir / FOLDER


def claim(path: Path) -> None:
    with _lock:
        _claimed.add(path)


def release(path: Path) -> None:
    with _lock:
        _claimed.discard(path)


def left_takes(folder: Path) -> list[Take]:
    """Unclaimed takes in `folder`, newest first, headers repaired and claimed. Disk work: call
    it on the worker."""
    if not folder.is_dir():
        return []
    found: list[Take] = []
    with _lock:
        for stale in folder.glob("*.m4a"):
            if stale.with_suffix(".wav") not in _claimed:
                stale.unlink(missing_ok=True)  # the WAV is the original; the AAC copy is remade
        wavs = [path for path in folder.glob("take-*.wav") if path not in _claimed]
        for wav in sorted(wavs, key=lambda path: path.stat().st_mtime, reverse=True):
            info = repair(wav)
            if info is None or info.seconds < MIN_SECONDS:
                log.info("removing %s: not a take worth offering", wav.name)
                wav.unlink(missing_ok=True)
                continue
            log.info("offering %s (%.1f s) as a recovered voice note", wav.name, info.seconds)
            _claimed.add(wav)
            found.append(Take(wav, info.fmt, info.seconds, None, recovered=True))
    return found
