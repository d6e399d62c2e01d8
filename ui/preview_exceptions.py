"""The exception screens brought to a believable state through the real services, for
`python -m ui.preview` and the touch-target walk; `deliver` is what sync does between kiosks."""

from __future__ import annotations

import tempfile
import wave
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.domain.instructions import StepKind
from harmony_kiosk.paths import demo_plant_dir
from harmony_kiosk.services import demo
from harmony_kiosk.services.kiosk import Kiosk, open_kiosk
from harmony_kiosk.store import sync_records
from harmony_kiosk.store.journal import read_events
from ui.exception_actions import Action
from ui.exception_context import RaiseContext, reading_text, where_text
from ui.exception_reads import read_hold
from ui.preview_jobs import answer_until
from ui.screens.exception_detail import ExceptionDetailScreen
from ui.screens.exception_raise import RaiseExceptionScreen
from ui.screens.home import HomeScreen
from ui.screens.step_runner import StepRunnerScreen
from ui.sent import SentReader
from ui.widgets.exception_queue import ExceptionQueue
from ui.wording import number_text, step_title

if TYPE_CHECKING:
    from harmony_kiosk.domain.plant_files import PlantDefinition
    from harmony_kiosk.services.attachments import Attachment
    from ui.preview import PreviewContext

# resources/demo/operators.toml
TEAM_LEAD = ("20014", "735914")  # Ricardo Mendoza
QUALITY = ("30035", "264817")  # Sarah Mitchell
SUPERVISOR = ("40007", "916372")  # Kevin Walsh
OTHER_STATION = "LINE1-ST2"
PAST_CASES = (
    (
        "Conveyor jammed at the transfer, totes piling up",
        "Raised the side guide 5 mm",
        "Totes tilt at the gap and wedge under the guide",
    ),
    (
        "Transfer belt blocked by a tilted tote",
        "Cleared the tote and re-taught the transfer sensor",
        "The sensor let two totes in at once",
    ),
    (
        "Tote wedged at the transfer conveyor after changeover",
        "Reset the guide width to the GBX-250 setting",
        "The changeover sheet had the old width",
    ),
)


def deliver(source: Kiosk, target: Kiosk) -> None:
    """What sync does for a line's shared exception events, without a server."""
    with source.database.read() as connection:
        shared = [e for e in read_events(connection) if e.type.startswith("exception.")]
    with target.database.write() as connection:
        sync_records.store_remote_events(connection, shared, cursor=len(shared))


@cache
def _plant() -> PlantDefinition:
    from harmony_kiosk.domain.plant_files import load_plant_folder  # noqa: PLC0415

    return load_plant_folder(demo_plant_dir())


def other_kiosk(ctx: PreviewContext, station: str = OTHER_STATION) -> Kiosk:
    """A second kiosk of the line, in its own demo folder (its own device id)."""
    folder = Path(tempfile.mkdtemp(prefix="other-kiosk-", dir=ctx.kiosk.data_dir.parent))
    return open_kiosk(
        demo.create_demo(folder, demo_plant_dir(), ctx.clock, _plant()), ctx.clock, station
    )


def _advance(ctx: PreviewContext, seconds: float) -> None:
    if isinstance(ctx.clock, ManualClock):
        ctx.clock.advance(seconds)


def seed_past_cases(ctx: PreviewContext) -> None:
    """Three resolved jams at the transfer, a day or more apart, the last one a day ago."""
    kiosk, operator = ctx.kiosk, ctx.session()
    supervisor = kiosk.auth.login(*SUPERVISOR)
    for problem, decision, why in PAST_CASES:
        raised = kiosk.exceptions.raise_exception(operator, "equipment", "high", problem)
        kiosk.decisions.resolve(supervisor, raised.id, decision, why)
        _advance(ctx, 31 * 3600)


def conflict(ctx: PreviewContext) -> str:
    """One exception decided differently on two kiosks while offline; returns its id."""
    other = other_kiosk(ctx)
    try:
        raised = ctx.kiosk.exceptions.raise_exception(
            ctx.session(), "equipment", "high", "Conveyor stops at the transfer, belt slipping"
        )
        deliver(ctx.kiosk, other)
        here = ctx.kiosk.auth.login(*SUPERVISOR)
        ctx.kiosk.decisions.acknowledge(ctx.kiosk.auth.login(*TEAM_LEAD), raised.id)
        ctx.kiosk.decisions.resolve(
            here,
            raised.id,
            "Replace the transfer belt",
            "Belt torn at the splice",
            "Re-splice it",
            _silence(ctx.kiosk, 1),
        )
        _advance(ctx, 240)
        there = other.auth.login(*SUPERVISOR)
        # The other kiosk's voice note: its event is delivered below, its file is not (the sync
        # has not downloaded it yet), so the detail says so beside this kiosk's playable one.
        other.decisions.resolve(
            there,
            raised.id,
            "Re-tension the belt",
            "Belt slipping, tension at 60 %",
            "",
            _silence(other, 2),
        )
        deliver(ctx.kiosk, other)
        deliver(other, ctx.kiosk)
        return raised.id
    finally:
        other.close()


def _silence(kiosk: Kiosk, tenths: int) -> Attachment:
    """A short silent voice note stored on `kiosk` (its length makes its hash its own)."""
    path = kiosk.data_dir / f"preview-note-{tenths}.wav"
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(16_000)
        sound.writeframes(b"\x00\x00" * 1600 * tenths)
    return kiosk.attachments.store(path)


def _raise(ctx: PreviewContext, build: Callable[[RaiseExceptionScreen], None]) -> QWidget:
    screen = RaiseExceptionScreen(ctx.worker, ctx.kiosk, ctx.place, ctx.clock, camera=lambda: False)
    build(screen)
    return screen


def raise_described(ctx: PreviewContext) -> QWidget:
    """Typing what is wrong: the most similar past cases of the line beside it."""
    seed_past_cases(ctx)
    view = ctx.job()

    def build(screen: RaiseExceptionScreen) -> None:
        index = view.current_index or 0
        step = view.version.steps[index]
        title = step_title(step, ctx.session().language)
        context = RaiseContext(
            view.job.id, step.id, where_text(view.work_order.id, index + 1, title)
        )
        screen.begin(ctx.session(), context)
        screen.what.kinds.button("equipment").click()
        screen.what.severities.button("high").click()
        screen.describe_button.click()
        screen.describe.text.setPlainText("Totes stuck on the transfer belt again")
        screen.describe.text.moveCursor(QTextCursor.MoveOperation.End)
        screen.describe.look_up_now()

    return _raise(ctx, build)


def raise_from_notice(ctx: PreviewContext) -> QWidget:
    """Offered by the out-of-limit notice: quality chosen, the reading shown, hold offered."""
    view = answer_until(ctx.kiosk, ctx.session(), ctx.job(), StepKind.MEASUREMENT)

    def build(screen: RaiseExceptionScreen) -> None:
        index = view.current_index or 0
        step = view.version.steps[index]
        context = RaiseContext(
            view.job.id,
            step.id,
            where_text(view.work_order.id, index + 1, step_title(step, ctx.session().language)),
            reading_text(
                f"{number_text('12.8')} N·m", f"{number_text('11.5')} – {number_text('12.5')} N·m"
            ),
            "quality",
        )
        screen.begin(ctx.session(), context)
        screen.what.severities.button("high").click()

    return _raise(ctx, build)


def keyboard(ctx: PreviewContext) -> QWidget:
    """The on-screen keyboard with its accents row, Spanish typed into the description."""

    def build(screen: RaiseExceptionScreen) -> None:
        screen.begin(ctx.session(), RaiseContext())
        screen.what.kinds.button("material").click()
        screen.what.severities.button("medium").click()
        screen.describe_button.click()
        screen.describe.text.setPlainText("¿Tornillos M6? Llegó la caja equivocada, señor. ")
        screen.describe.text.moveCursor(QTextCursor.MoveOperation.End)
        screen.describe.keyboard.key("accents").click()
        screen.describe.keyboard.key("shift").click()

    return _raise(ctx, build)


def queue(ctx: PreviewContext) -> QWidget:
    """Home with the line's open exceptions: on hold, in conflict, from another kiosk."""
    operator = ctx.session()
    view = answer_until(ctx.kiosk, operator, ctx.job(), StepKind.MEASUREMENT)
    conflict(ctx)
    _advance(ctx, 300)
    ctx.kiosk.exceptions.raise_exception(
        operator,
        "quality",
        "critical",
        "Cracked cover casting at the boss",
        view.job.id,
        blocking=True,
    )
    other = other_kiosk(ctx)
    try:
        other.exceptions.raise_exception(
            other.auth.login(*TEAM_LEAD), "material", "medium", "Wrong label roll loaded at pack"
        )
        deliver(other, ctx.kiosk)
    finally:
        other.close()
    _advance(ctx, 600)
    ctx.kiosk.jobs.pause(operator, view.job.id)
    sent = SentReader(ctx.kiosk.uow)
    screen = HomeScreen(ctx.worker, ctx.kiosk.jobs, ctx.kiosk.auth, ctx.place, ctx.clock, sent=sent)
    section = ExceptionQueue(ctx.worker, ctx.kiosk.exceptions, ctx.clock, ctx.place.line_name)
    screen.body.addWidget(section)
    screen.enter(operator)
    return screen


def detail_conflict(ctx: PreviewContext) -> QWidget:
    """Two kiosks' different decisions, seen by a team lead who may settle them."""
    exception_id = conflict(ctx)
    _advance(ctx, 600)
    screen = ExceptionDetailScreen(ctx.worker, ctx.kiosk, ctx.place, ctx.clock)
    screen.open(ctx.kiosk.auth.login(*TEAM_LEAD), exception_id)
    return screen


def detail_resolve(ctx: PreviewContext) -> QWidget:
    """A supervisor writing the decision record."""
    view = answer_until(ctx.kiosk, ctx.session(), ctx.job(), StepKind.MEASUREMENT)
    raised = ctx.kiosk.exceptions.raise_exception(
        ctx.session(),
        "equipment",
        "high",
        "Nutrunner TW-07 reads low against the reference",
        view.job.id,
    )
    lead = ctx.kiosk.auth.login(*TEAM_LEAD)
    ctx.kiosk.decisions.acknowledge(lead, raised.id)
    ctx.kiosk.decisions.contain(lead, raised.id, "Switched to the back-up nutrunner TW-09")
    screen = ExceptionDetailScreen(ctx.worker, ctx.kiosk, ctx.place, ctx.clock)
    screen.open(ctx.kiosk.auth.login(*SUPERVISOR), raised.id)
    screen.show()
    ctx.settle()
    screen.buttons[Action.RESOLVE].click()
    screen.form.fields["decision"].setPlainText("Recalibrate TW-07 and check it weekly")
    screen.form.fields["decision"].moveCursor(QTextCursor.MoveOperation.End)
    return screen


def step_hold(ctx: PreviewContext) -> QWidget:
    """The step runner on a job that quality holds."""
    view = answer_until(ctx.kiosk, ctx.session(), ctx.job(), StepKind.MEASUREMENT)
    ctx.kiosk.exceptions.raise_exception(
        ctx.session(),
        "quality",
        "critical",
        "Cracked cover casting at the boss",
        view.job.id,
        blocking=True,
    )
    sent = SentReader(ctx.kiosk.uow)
    screen = StepRunnerScreen(ctx.worker, ctx.kiosk.jobs, ctx.place, ctx.clock, sent=sent)
    kiosk = ctx.kiosk
    screen.attach_holds(lambda job_id: read_hold(kiosk, job_id))
    screen.open(ctx.session(), view)
    return screen
