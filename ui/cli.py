"""The `harmony-kiosk` command: the kiosk GUI (run, demo) and the headless commands (journal
checks, and the sync client's enrol and sync-now)."""

from __future__ import annotations

# isort: off
from ui.started import STARTED_AT  # first: start-up timings count from here

# isort: on

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from harmony_kiosk import cli as core_cli
from harmony_kiosk import paths
from harmony_kiosk.clock import SystemClock
from harmony_kiosk.demo_folders import current_demo
from harmony_kiosk.errors import KnownError
from ui import (
    selftest,  # packaging: the frozen bundle's smoke test (hidden command)
    selftest_qt,  # packaging: the bundle's trimmed Qt still works (hidden)
)

__all__ = ["STARTED_AT", "main"]
DEMO_STATION = "LINE1-ST1"
NO_DISPLAY = """\
harmony-kiosk: there is no display to show the kiosk on (DISPLAY and WAYLAND_DISPLAY are unset).
  On a machine without a screen, run it under a virtual display:
      xvfb-run -a make run
  or check that it starts without showing anything:
      QT_QPA_PLATFORM=offscreen harmony-kiosk demo
  Commands that need no screen (verify-journal, rebuild-projections, demo --no-gui, enrol,
  sync-now) work as is."""


GUI_COMMANDS = ("run", "demo")


def build_parser(*, with_sync: bool = True) -> argparse.ArgumentParser:
    """The parser; `with_sync=False` leaves out the sync commands, whose HTTP client the GUI
    commands need not load before the window shows (the kiosk loads it later, on its worker)."""
    parser = argparse.ArgumentParser(
        prog="harmony-kiosk",
        description="Harmony Kiosk: line-side work instructions. With no command: run.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser("run", help="run the kiosk on its data folder")
    _gui_options(run, default_station=None)
    run.set_defaults(handler=_run)
    demo = commands.add_parser("demo", help="run the kiosk on the demo plant (its own folder)")
    demo.add_argument("--reset", action="store_true", help="start a fresh demo folder first")
    demo.add_argument("--no-gui", action="store_true", help="only create the demo folder")
    _gui_options(demo, default_station=DEMO_STATION)
    demo.set_defaults(handler=_demo)
    core_cli.add_commands(commands)
    selftest.add_command(commands)  # packaging: hidden `selftest`
    selftest_qt.add_command(commands)  # packaging: hidden `selftest-qt`
    if with_sync:
        from sync.client import cli as sync_cli  # noqa: PLC0415

        sync_cli.add_commands(commands)  # enrol, sync-now: headless, no Qt
    return parser


def _gui_options(parser: argparse.ArgumentParser, default_station: str | None) -> None:
    parser.add_argument(
        "--windowed", action="store_true", help="a 1280×800 window, not full screen"
    )
    parser.add_argument(
        "--station", default=default_station, help="station id (default: %(default)s)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    gui = not words or words[0] in GUI_COMMANDS
    parser = build_parser(with_sync=not gui)
    args = parser.parse_args(words)
    if args.command is None:
        args = parser.parse_args(["run"])
    return core_cli.run_handler(args)


def has_display() -> bool:
    """Whether Qt can find a screen. Only Linux/BSD need a display server named in the env."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _run(args: argparse.Namespace) -> int:
    return _gui(paths.data_root(), args.station, args.windowed)


def _demo(args: argparse.Namespace) -> int:
    if not args.no_gui and not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    clock = SystemClock()
    root, plant = paths.data_root(), paths.demo_plant_dir()
    folder = None if args.reset else current_demo(root)
    if folder is None:  # making a demo folder needs the services; opening one does not
        from harmony_kiosk.services import demo  # noqa: PLC0415

        folder = (
            demo.reset_demo(root, plant, clock)
            if args.reset
            else demo.create_demo(root, plant, clock)
        )
    if args.no_gui:
        print(f"Demo plant ready in {folder}")
        return 0
    return _gui(folder, args.station, args.windowed)


def _gui(data_dir: Path, station: str | None, windowed: bool) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    # Qt is imported only here, so the headless commands start fast and need no display.
    from ui.app import run_gui  # noqa: PLC0415

    try:
        return run_gui(data_dir, station, windowed, SystemClock())
    except KnownError as error:
        print(f"harmony-kiosk: {error.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
