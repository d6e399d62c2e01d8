"""`harmony-kiosk selftest` (hidden): one whole job on the demo plant, headless, then the journal.

The frozen bundle carries only the `harmony-kiosk` command, so this is how its smoke test
(packaging/smoke.py) proves that the bundle logs in, runs a job through the real services and
keeps an intact journal. It works only on the current demo folder (`harmony-kiosk demo --no-gui`
makes one), never on a kiosk's own data: the job it runs is recorded like any other.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from harmony_kiosk.domain.instructions import MeasurementStep, ScanStep, Step
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.jobs import JobView, StepOutcome
    from harmony_kiosk.services.kiosk import Kiosk

DEFAULT_STATION = "LINE1-ST1"
OPERATOR_ROLE = "operator"


def add_command(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `selftest` without help text, so `--help` does not list it."""
    parser = subcommands.add_parser("selftest")
    parser.add_argument("--station", default=DEFAULT_STATION)
    parser.set_defaults(handler=selftest_command)


def selftest_command(args: argparse.Namespace) -> int:
    # Imported here: the GUI's start-up does not pay for what only this command uses.
    from harmony_kiosk import paths  # noqa: PLC0415
    from harmony_kiosk.clock import SystemClock  # noqa: PLC0415
    from harmony_kiosk.errors import KnownError  # noqa: PLC0415
    from harmony_kiosk.services import demo  # noqa: PLC0415
    from harmony_kiosk.services.kiosk import open_kiosk, verify_journal  # noqa: PLC0415

    folder = demo.current_demo(paths.data_root())
    if folder is None:
        raise KnownError(
            "selftest runs on the demo plant: make it with `harmony-kiosk demo --no-gui`."
        )
    credentials = demo_credentials()
    kiosk = open_kiosk(folder, SystemClock(), args.station)
    try:
        badge, pin = credentials[OPERATOR_ROLE]
        session = kiosk.auth.login(badge, pin)
        say(f"logged in: {session.name} ({session.badge}) at {kiosk.station.id}")
        view = run_first_order(kiosk, session, credentials)
        kiosk.auth.logout(session)
        report = verify_journal(kiosk.database, kiosk.identity.device_id)
    finally:
        kiosk.close()
    say(
        f"job {view.job.id} of work order {view.work_order.id}: {view.job.status.value}, "
        f"{len(view.version.steps)} steps"
    )
    if report.first_break is not None:
        say(f"BROKEN at seq {report.first_break.seq}: {report.first_break.problem}")
        return 1
    say(f"OK: {report.events_checked} events, gapless and unbroken")
    return 0


def say(line: str) -> None:
    """A line for the smoke test's log (this is a command: it reports on standard output)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def demo_credentials() -> dict[str, tuple[str, str]]:
    """A badge and PIN for each role, from the demo plant's published credentials."""
    from harmony_kiosk import paths  # noqa: PLC0415

    text = (paths.demo_plant_dir() / "operators.toml").read_text(encoding="utf-8")
    found: dict[str, tuple[str, str]] = {}
    for operator in tomllib.loads(text)["operators"]:
        for role in operator["roles"]:
            found.setdefault(role, (str(operator["badge"]), str(operator["pin"])))
    return found


def run_first_order(
    kiosk: Kiosk, session: OperatorSession, credentials: dict[str, tuple[str, str]]
) -> JobView:
    """Start the station's first queued order, answer every step in order, complete it."""
    from harmony_kiosk.domain.jobs import JobStatus  # noqa: PLC0415
    from harmony_kiosk.errors import KnownError  # noqa: PLC0415

    queue = kiosk.jobs.queue()
    if not queue:
        raise KnownError(f"Station {kiosk.station.id} has no work order queued.")
    view = kiosk.jobs.start(session, queue[0].work_order.id)
    for step in view.version.steps:
        outcome = answer(kiosk, session, view, step, credentials)
        if outcome.conforming is False:
            raise KnownError(f"selftest: step {step.id} was judged out of limits")
        view = outcome.view
    view = kiosk.jobs.complete(session, view.job.id, good=1, scrap=0)
    if view.job.status is not JobStatus.COMPLETED:
        raise KnownError(f"selftest: the job ended {view.job.status.value}, not completed")
    return view


def answer(
    kiosk: Kiosk,
    session: OperatorSession,
    view: JobView,
    step: Step,
    credentials: dict[str, tuple[str, str]],
) -> StepOutcome:
    """Answer one step as a careful operator would: nominal values, passes, valid codes."""
    from harmony_kiosk.domain import instructions as kinds  # noqa: PLC0415

    job_id = view.job.id
    if isinstance(step, kinds.MeasurementStep):
        return kiosk.jobs.measure(session, job_id, step.id, nominal_text(step))
    if isinstance(step, kinds.PassFailStep):
        return kiosk.jobs.check(session, job_id, step.id, True)
    if isinstance(step, kinds.ScanStep):
        return kiosk.jobs.scan(session, job_id, step.id, example_code(step))
    if isinstance(step, kinds.SignatureStep):
        role = step.role.value
        badge, pin = (session.badge, credentials[OPERATOR_ROLE][1])
        if role != OPERATOR_ROLE:
            badge, pin = credentials[role]
        return kiosk.jobs.sign(session, job_id, step.id, badge, pin)
    return kiosk.jobs.acknowledge(session, job_id, step.id)


def nominal_text(step: MeasurementStep) -> str:
    """The value in the middle of a measurement's limits, with the decimals it asks for."""
    from decimal import Decimal  # noqa: PLC0415

    value = step.nominal
    if value is None:
        bounds = [bound for bound in (step.lower, step.upper) if bound is not None]
        value = sum(bounds, Decimal(0)) / len(bounds) if bounds else Decimal(0)
    return f"{value:.{step.decimals}f}"


_CLASS = re.compile(r"\[\^?(.)[^\]]*\]|\\(.)|(.)")
_COUNT = re.compile(r"\{(\d+)(?:,\d*)?\}|[+*?]")


def example_code(step: ScanStep) -> str:
    """A code that matches a scan step's pattern, made from its simple regular expression
    (literals, classes like [0-9], \\d, and counts like {6}); checked against the pattern."""
    from harmony_kiosk.errors import KnownError  # noqa: PLC0415

    pattern, position = step.pattern.strip("^$"), 0
    code: list[str] = []
    while position < len(pattern):
        atom = _CLASS.match(pattern, position)
        assert atom is not None  # every position matches the `(.)` branch at least
        first, escaped, literal = atom.groups()
        char = first or {"d": "0", "w": "a"}.get(escaped or "", escaped) or literal
        position = atom.end()
        count = _COUNT.match(pattern, position)
        times = 1
        if count is not None:
            times = int(count.group(1)) if count.group(1) else (1 if count.group() == "+" else 0)
            position = count.end()
        code.append(char * times)
    example = "".join(code)
    if not step.matches(example):
        raise KnownError(f"selftest: no example code for the pattern {step.pattern!r}")
    return example
