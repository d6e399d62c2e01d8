"""Every preview screen in one look (theme, text size, language), saved at each kiosk size.

    build/screenshots/<theme>/<width>x<height>/<screen>.png          (normal text, English)
    build/screenshots/<theme>-large/<width>x<height>/<screen>.png    (large text)

The screens are the ones `python -m ui.preview` builds, with the same data. The language is a
parameter already; until the translations are installed only "en" is accepted, and other
languages will get their own folder level (<theme>/<language>/...) when they arrive.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from harmony_kiosk.clock import ManualClock
from ui import look, theme
from ui.preview import PREVIEW_TIME, SCREENS, capture, open_context
from ui.worker import Worker

SIZES: tuple[tuple[int, int], ...] = ((1280, 800), (1920, 1080))
LANGUAGES = ("en",)


def look_folder(chosen: look.Look, language: str = "en") -> str:
    name = chosen.theme if chosen.text_size == "normal" else f"{chosen.theme}-{chosen.text_size}"
    return name if language == "en" else f"{name}/{language}"


def screenshot_path(
    root: Path, chosen: look.Look, size: tuple[int, int], screen: str, language: str = "en"
) -> Path:
    return root / look_folder(chosen, language) / f"{size[0]}x{size[1]}" / f"{screen}.png"


def save_screens(
    root: Path,
    chosen: look.Look,
    *,
    language: str = "en",
    sizes: Sequence[tuple[int, int]] = SIZES,
    names: Iterable[str] | None = None,
    worker: Worker | None = None,
    settle: Callable[[Worker], None] | None = None,
) -> list[Path]:
    """Build each screen on a fresh demo kiosk in `chosen`, save it at every size; returns the
    files. `worker` and `settle` let a test pass its own (waiting without spinning a loop)."""
    if language not in LANGUAGES:
        raise ValueError(f"no {language!r} screens yet: the languages are {', '.join(LANGUAGES)}")
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("screenshots need a QApplication")
    theme.apply(app, chosen.theme, chosen.text_size)
    own_worker = worker is None
    used = worker or Worker()
    wait = settle or _wait
    clock = ManualClock(PREVIEW_TIME)
    saved: list[Path] = []
    try:
        with tempfile.TemporaryDirectory(prefix="harmony-screens-") as temporary:
            for number, name in enumerate(names or SCREENS):
                spec = SCREENS[name]
                ctx = open_context(Path(temporary) / str(number), spec.station, clock, used)
                ctx.settle = lambda: wait(used)
                try:
                    widget = spec.build(ctx)
                    for size in sizes:
                        out = screenshot_path(root, chosen, size, name, language)
                        saved.append(capture(widget, size, out, ctx.settle))
                    widget.close()
                    widget.deleteLater()
                finally:
                    wait(used)
                    ctx.kiosk.close()
    finally:
        if own_worker:
            used.shutdown()
    return saved


def _wait(worker: Worker) -> None:
    worker.wait_idle()
    QApplication.processEvents()
