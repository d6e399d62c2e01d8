"""The kiosk's commands that need no screen: verify-journal, rebuild-projections, demo set-up."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from harmony_kiosk import paths
from harmony_kiosk.clock import SystemClock
from harmony_kiosk.demo_folders import current_demo
from harmony_kiosk.errors import KnownError

# The services (and SQLAlchemy under them) are imported by the commands that run, not here:
# `harmony-kiosk run` builds this parser too, and its window must not wait for them.


def _data_dir(args: argparse.Namespace) -> Path:
    if getattr(args, "demo", False):
        folder = current_demo(paths.data_root())
        if folder is None:
            raise KnownError("There is no demo folder yet: start one with `harmony-kiosk demo`.")
        return folder
    return paths.data_root()


def verify_journal_command(args: argparse.Namespace) -> int:
    from harmony_kiosk.services.kiosk import open_database, verify_journal  # noqa: PLC0415

    data_dir = _data_dir(args)
    identity, database, _ = open_database(data_dir, SystemClock())
    try:
        report = verify_journal(database, identity.device_id)
    finally:
        database.close()
    if report.first_break is not None:
        found = report.first_break
        print(
            f"BROKEN at seq {found.seq}: {found.problem} "
            f"({report.events_checked} events intact before it)"
        )
        return 1
    print(f"OK: {report.events_checked} events, gapless and unbroken, device {identity.device_id}")
    return 0


def rebuild_projections_command(args: argparse.Namespace) -> int:
    from harmony_kiosk.services.kiosk import open_database, rebuild_projections  # noqa: PLC0415

    _, database, _ = open_database(_data_dir(args), SystemClock())
    try:
        replayed = rebuild_projections(database)
    finally:
        database.close()
    print(f"Rebuilt the projections from {replayed} events.")
    return 0


def diagnostics_command(args: argparse.Namespace) -> int:
    from harmony_kiosk.diagnostics import default_target, write_archive  # noqa: PLC0415

    data_dir = _data_dir(args)
    clock = SystemClock()
    target = Path(args.out) if args.out else default_target(data_dir, clock.now())
    print(f"Diagnostics written to {write_archive(data_dir, target, clock)}")
    return 0


def add_commands(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the commands of this module on the `harmony-kiosk` parser."""
    verify = subcommands.add_parser(
        "verify-journal", help="walk the hash chain; exit 1 on a break or gap"
    )
    verify.add_argument("--demo", action="store_true", help="check the current demo folder")
    verify.set_defaults(handler=verify_journal_command)
    rebuild = subcommands.add_parser(
        "rebuild-projections", help="rebuild derived tables from the journal"
    )
    rebuild.add_argument("--demo", action="store_true", help="rebuild the current demo folder")
    rebuild.set_defaults(handler=rebuild_projections_command)
    diagnostics = subcommands.add_parser(
        "diagnostics", help="write one archive for IT: versions, settings, logs, checks, sync"
    )
    diagnostics.add_argument("--demo", action="store_true", help="of the current demo folder")
    diagnostics.add_argument("--out", help="the zip to write (default: <data>/exports/…)")
    diagnostics.set_defaults(handler=diagnostics_command)


def run_handler(args: argparse.Namespace) -> int:
    """Run a command, turning expected errors into a message and exit code 2."""
    try:
        return int(args.handler(args))
    except KnownError as error:
        print(f"harmony-kiosk: {error.message}", file=sys.stderr)
        return 2
