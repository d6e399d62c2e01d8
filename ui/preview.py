"""Open one screen alone on a fresh demo kiosk and save a screenshot: `python -m ui.preview`.

    python -m ui.preview home --out build/home.png --size 1920x1080
    python -m ui.preview all --out docs/screenshots/

Each screen is brought to a believable state through the real services first (Orange3's
WidgetPreview habit): the touch-target test walks the same list.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from harmony_kiosk.clock import Clock, ManualClock
from harmony_kiosk.domain.instructions import StepKind
from harmony_kiosk.errors import DatabaseUnusable
from harmony_kiosk.paths import demo_plant_dir
from harmony_kiosk.services import demo
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.jobs import JobView
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk
from ui import (
    preview_exceptions,
    preview_lead,
    preview_lockdown,
    preview_photo,
    preview_sync,
    theme,
)
from ui.language import UiLanguage
from ui.place import Place, load_place
from ui.preview_jobs import answer_until, start_first_job
from ui.preview_sync import feed_pills
from ui.screens.completion import CompletionScreen
from ui.screens.home import HomeScreen
from ui.screens.login import LoginScreen
from ui.screens.message import MessageScreen
from ui.screens.signature import SignatureScreen
from ui.screens.step_runner import StepRunnerScreen
from ui.sent import SentReader
from ui.startup_text import open_failure_text
from ui.sync_picture import SyncPicture
from ui.widgets.answers import MeasurementPanel
from ui.worker import Worker

PREVIEW_BADGE = ("10078", "7315")  # Emily Carter, operator, English (resources/demo)
SPANISH_BADGE = ("10041", "4821")  # María González, operator, Spanish (--language es)
PREVIEW_TIME = datetime(2026, 11, 25, 15, 42, tzinfo=UTC)  # 09:42 in Guadalajara
TORQUE_STATION = "LINE1-ST1"
PACK_STATION = "LINE1-ST2"


@dataclass
class PreviewContext:
    """A kiosk on a demo folder, a worker, and how to wait for the worker to settle."""

    kiosk: Kiosk
    place: Place
    worker: Worker
    clock: Clock
    settle: Callable[[], None]
    badge: tuple[str, str] | None = None  # who works the screens; None: PREVIEW_BADGE
    _session: OperatorSession | None = field(default=None, init=False)

    def operator_badge(self) -> tuple[str, str]:
        # Read at call time, not bound at import: a test may point PREVIEW_BADGE elsewhere.
        return self.badge or PREVIEW_BADGE

    def session(self) -> OperatorSession:
        if self._session is None:
            self._session = self.kiosk.auth.login(*self.operator_badge())
        return self._session

    def job(self) -> JobView:
        return start_first_job(self.kiosk, self.session())


def _step_back(ctx: PreviewContext) -> QWidget:
    """A step answered before, seen again with Back: where its answer is (Saved or Sent)."""
    screen = _step(StepKind.MEASUREMENT)(ctx)
    assert isinstance(screen, StepRunnerScreen)
    screen.show()
    ctx.settle()
    screen.back_button.click()
    return screen


def _login(ctx: PreviewContext) -> QWidget:
    screen = LoginScreen(ctx.worker, ctx.clock)
    screen.attach(ctx.kiosk.auth, ctx.place)
    return screen


def _home(ctx: PreviewContext) -> QWidget:
    # A job paused half-way on the first order shows what "Resume" looks like.
    job = answer_until(ctx.kiosk, ctx.session(), ctx.job(), StepKind.MEASUREMENT)
    ctx.kiosk.jobs.pause(ctx.session(), job.job.id)
    sent = SentReader(ctx.kiosk.uow)
    screen = HomeScreen(ctx.worker, ctx.kiosk.jobs, ctx.kiosk.auth, ctx.place, ctx.clock, sent=sent)
    screen.enter(ctx.session())
    return screen


def _step(kind: StepKind | None, step_id: str | None = None) -> Callable[[PreviewContext], QWidget]:
    def build(ctx: PreviewContext) -> QWidget:
        view = answer_until(ctx.kiosk, ctx.session(), ctx.job(), kind, step_id=step_id)
        sent = SentReader(ctx.kiosk.uow)
        screen = StepRunnerScreen(ctx.worker, ctx.kiosk.jobs, ctx.place, ctx.clock, sent=sent)
        screen.open(ctx.session(), view)
        return screen

    return build


def _nonconformance(ctx: PreviewContext) -> QWidget:
    screen = _step(StepKind.MEASUREMENT)(ctx)
    assert isinstance(screen, StepRunnerScreen)
    screen.show()
    ctx.settle()
    panel = screen.current_panel()
    assert isinstance(panel, MeasurementPanel)
    for key in ("1", "2", "point", "8", "ok"):
        panel.keypad.key(key).click()
    ctx.settle()
    return screen


def _signature(ctx: PreviewContext) -> QWidget:
    view = answer_until(ctx.kiosk, ctx.session(), ctx.job(), StepKind.SIGNATURE)
    screen = SignatureScreen(ctx.worker, ctx.kiosk.jobs, ctx.place, ctx.clock)
    index = view.current_index
    assert index is not None
    screen.begin(ctx.session(), view, view.version.steps[index])
    return screen


def _completion(ctx: PreviewContext) -> QWidget:
    view = answer_until(ctx.kiosk, ctx.session(), ctx.job(), None, ctx.operator_badge()[1])
    screen = CompletionScreen(ctx.worker, ctx.kiosk.jobs, ctx.place, ctx.clock)
    screen.begin(ctx.session(), view)
    return screen


def _message(ctx: PreviewContext) -> QWidget:
    screen = MessageScreen(ctx.clock)
    path = ctx.kiosk.data_dir / "kiosk.db"
    error = DatabaseUnusable(
        f"The kiosk's database failed its integrity check and was left untouched for IT: "
        f"{path} (file is not a database)",
        str(path),
        "file is not a database",
    )
    screen.show_message(*open_failure_text(error))
    return screen


@dataclass(frozen=True)
class ScreenSpec:
    """A screen's station, how to build it, and the sync status its header shows."""

    station: str
    builder: Callable[[PreviewContext], QWidget]
    sync: Callable[[datetime], SyncPicture] = preview_sync.demo_picture

    def build(self, ctx: PreviewContext) -> QWidget:
        widget = self.builder(ctx)
        feed_pills(widget, self.sync(ctx.clock.now()))
        return widget


SCREENS: dict[str, ScreenSpec] = {
    "login": ScreenSpec(TORQUE_STATION, _login),
    "home": ScreenSpec(TORQUE_STATION, _home),
    "step-instruction": ScreenSpec(TORQUE_STATION, _step(StepKind.INSTRUCTION)),
    "step-picture": ScreenSpec(TORQUE_STATION, _step(None, "sequence")),
    "step-confirm": ScreenSpec(TORQUE_STATION, _step(StepKind.CONFIRM)),
    "step-passfail": ScreenSpec(TORQUE_STATION, _step(StepKind.PASSFAIL)),
    "step-measurement": ScreenSpec(TORQUE_STATION, _step(StepKind.MEASUREMENT)),
    "step-scan": ScreenSpec(PACK_STATION, _step(StepKind.SCAN)),
    "step-optional": ScreenSpec(PACK_STATION, _step(None, "photo-note")),
    "step-signature": ScreenSpec(TORQUE_STATION, _step(StepKind.SIGNATURE)),
    "nonconformance": ScreenSpec(TORQUE_STATION, _nonconformance),
    "signature": ScreenSpec(TORQUE_STATION, _signature),
    "completion": ScreenSpec(TORQUE_STATION, _completion),
    "message": ScreenSpec(TORQUE_STATION, _message),
    "setup": ScreenSpec(TORQUE_STATION, preview_sync.setup, preview_sync.not_enrolled),
    "waiting": ScreenSpec(TORQUE_STATION, preview_sync.waiting, preview_sync.online),
    "status-offline": ScreenSpec(TORQUE_STATION, _home, preview_sync.offline),
    "status-revoked": ScreenSpec(TORQUE_STATION, _step_back, preview_sync.revoked),
    "maintenance-gate": ScreenSpec(
        TORQUE_STATION, preview_sync.maintenance_gate, preview_sync.demo_picture
    ),
    "maintenance": ScreenSpec(TORQUE_STATION, preview_sync.maintenance, preview_sync.online),
    # the exception screens, brought to their state by ui/preview_exceptions.py
    "exception-raise": ScreenSpec(TORQUE_STATION, preview_exceptions.raise_described),
    "exception-raise-kind": ScreenSpec(TORQUE_STATION, preview_exceptions.raise_from_notice),
    "keyboard": ScreenSpec(TORQUE_STATION, preview_exceptions.keyboard),
    "exception-queue": ScreenSpec(TORQUE_STATION, preview_exceptions.queue),
    "exception-detail": ScreenSpec(TORQUE_STATION, preview_exceptions.detail_conflict),
    "exception-resolve": ScreenSpec(TORQUE_STATION, preview_exceptions.detail_resolve),
    "step-hold": ScreenSpec(TORQUE_STATION, preview_exceptions.step_hold),
    # downtime and the lead's pages, brought to their state by ui/preview_lead.py
    **{name: ScreenSpec(TORQUE_STATION, build) for name, build in preview_lead.BUILDERS.items()},
    # the idle countdown (ui/preview_lockdown.py)
    **{name: ScreenSpec(TORQUE_STATION, b) for name, b in preview_lockdown.BUILDERS.items()},
    # a photo on an exception, and naming a stop's equipment (ui/preview_photo.py)
    "exception-photo": ScreenSpec(TORQUE_STATION, preview_photo.photo_capture),
    "stop-equipment": ScreenSpec(TORQUE_STATION, preview_photo.stop_equipment),
}


def open_context(
    folder: Path,
    station: str,
    clock: Clock,
    worker: Worker,
    badge: tuple[str, str] | None = None,
) -> PreviewContext:
    """A fresh demo kiosk in `folder` for `station`, worked by `badge` (None: PREVIEW_BADGE)."""
    data_dir = demo.create_demo(folder, demo_plant_dir(), clock)
    kiosk = open_kiosk(data_dir, clock, station)
    return PreviewContext(kiosk, load_place(kiosk), worker, clock, lambda: _wait(worker), badge)


def badge_for(language: str) -> tuple[str, str]:
    """The demo operator who reads `language`: María for Spanish, Emily for English."""
    return SPANISH_BADGE if language == "es" else PREVIEW_BADGE


def _wait(worker: Worker) -> None:
    worker.wait_idle()
    QApplication.processEvents()


def capture(widget: QWidget, size: tuple[int, int], out: Path, settle: Callable[[], None]) -> Path:
    """Show `widget` at `size`, let the worker finish, and save what it paints."""
    widget.resize(*size)
    widget.show()
    settle()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(out)):
        raise OSError(f"could not write {out}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.preview", description=__doc__)
    parser.add_argument("screen", choices=[*SCREENS, "all"])
    parser.add_argument("--out", type=Path, help="file (or folder for `all`)")
    parser.add_argument("--size", default="1280x800", help="WIDTHxHEIGHT (default 1280x800)")
    parser.add_argument("--theme", default="standard", choices=["standard", "high-contrast"])
    parser.add_argument("--text-size", default="normal", choices=["normal", "large"])
    parser.add_argument(
        "--language", default="en", choices=["en", "es"], help="es: as María reads it"
    )
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply(app, args.theme, args.text_size)
    UiLanguage(args.language, app).use_default()
    badge = badge_for(args.language)
    names = list(SCREENS) if args.screen == "all" else [args.screen]
    worker = Worker()
    clock = ManualClock(PREVIEW_TIME)
    try:
        with tempfile.TemporaryDirectory(prefix="harmony-preview-") as temporary:
            for number, name in enumerate(names):
                spec = SCREENS[name]
                folder = Path(temporary) / str(number)
                ctx = open_context(folder, spec.station, clock, worker, badge)
                try:
                    widget = spec.build(ctx)
                    if args.screen == "all":
                        out = (args.out or Path("build/preview")) / f"{name}.png"
                    else:
                        out = args.out or Path(f"build/preview/{name}.png")
                    print(capture(widget, (width, height), out, ctx.settle))  # noqa: T201
                    widget.close()
                finally:
                    ctx.worker.wait_idle()
                    ctx.kiosk.close()
    finally:
        worker.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
