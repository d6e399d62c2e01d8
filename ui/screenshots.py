"""Every preview screen in one language and look (theme, text size), saved at each kiosk size.

    build/screenshots/<language>/<theme>/<width>x<height>/<screen>.png         (normal text)
    build/screenshots/<language>/<theme>-large/<width>x<height>/<screen>.png   (large text)

The screens are the ones `python -m ui.preview` builds, with the same data; in Spanish they are
worked by María (preview.SPANISH_BADGE), as she reads them. `inspect` sees each screen at each
size on the same walk, so a test checks what it saves without building the screens twice.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from harmony_kiosk.clock import ManualClock
from ui import look, theme
from ui.language import UiLanguage
from ui.preview import PREVIEW_TIME, SCREENS, badge_for, capture, open_context
from ui.worker import Worker

SIZES: tuple[tuple[int, int], ...] = ((1280, 800), (1920, 1080))
LANGUAGES = ("en", "es")
# Called with each screen shown at each size, before the next size: (screen, name, size).
Inspect = Callable[[QWidget, str, tuple[int, int]], None]


def look_folder(chosen: look.Look) -> str:
    return chosen.theme if chosen.text_size == "normal" else f"{chosen.theme}-{chosen.text_size}"


def screenshot_path(
    root: Path, chosen: look.Look, size: tuple[int, int], screen: str, language: str = "en"
) -> Path:
    return root / language / look_folder(chosen) / f"{size[0]}x{size[1]}" / f"{screen}.png"


def save_screens(
    root: Path,
    chosen: look.Look,
    *,
    language: str = "en",
    sizes: Sequence[tuple[int, int]] = SIZES,
    names: Iterable[str] | None = None,
    worker: Worker | None = None,
    settle: Callable[[Worker], None] | None = None,
    inspect: Inspect | None = None,
) -> list[Path]:
    """Build each screen on a fresh demo kiosk in `chosen` and `language`, save it at every
    size; returns the files. `worker` and `settle` let a test pass its own (waiting without
    spinning a loop)."""
    if language not in LANGUAGES:
        raise ValueError(f"no {language!r} screens: the languages are {', '.join(LANGUAGES)}")
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("screenshots need a QApplication")
    shown = UiLanguage(language)
    if shown.use_default() != language:
        shown.release()
        raise ValueError(f"the {language!r} texts are not installed in this kiosk")
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
                folder = Path(temporary) / str(number)
                ctx = open_context(folder, spec.station, clock, used, badge_for(language))
                ctx.settle = lambda: wait(used)
                try:
                    widget = spec.build(ctx)
                    for size in sizes:
                        out = screenshot_path(root, chosen, size, name, language)
                        saved.append(capture(widget, size, out, ctx.settle))
                        if inspect is not None:
                            inspect(widget, name, size)
                    widget.close()
                    widget.deleteLater()
                finally:
                    wait(used)
                    ctx.kiosk.close()
    finally:
        shown.release()
        if own_worker:
            used.shutdown()
    return saved


def _wait(worker: Worker) -> None:
    worker.wait_idle()
    QApplication.processEvents()
