"""`harmony-server`: serve the API and administer plant, operators, devices and quarantine."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from sync.server import commands
from sync.server.errors import ServerProblem


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="harmony-server",
        description="Central server of Harmony Kiosk. Data: $HARMONY_SERVER_DATA_DIR; "
        "database: $HARMONY_SERVER_DATABASE_URL (default: SQLite in the data folder).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the API (migrates the database first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument("--tls-cert", type=Path, help="PEM certificate (chain) to serve HTTPS")
    serve.add_argument("--tls-key", type=Path, help="PEM private key of --tls-cert")
    serve.add_argument(
        "--insecure-http",
        action="store_true",
        help="allow plain HTTP on a non-loopback address (only behind a TLS-terminating proxy)",
    )

    admin = sub.add_parser("create-admin", help="print a new admin token, once")
    admin.add_argument("--name", default="admin", help="who or what holds the token")

    code = sub.add_parser("enrol-code", help="print a single-use enrolment code for a station")
    code.add_argument("--station", required=True, help="station id, e.g. LINE1-ST2")
    code.add_argument("--hours", type=float, default=24.0, help="valid for (default 24)")

    plant = sub.add_parser("import-plant", help="import a plant folder (docs/plant-files.md)")
    plant.add_argument("folder", type=Path)
    plant.add_argument(
        "--with-work-orders", action="store_true", help="also import work_orders.toml"
    )

    sub.add_parser("demo", help="import the demo plant with its work orders")

    pin = sub.add_parser("set-pin", help="set an operator's PIN (read from stdin or --pin)")
    pin.add_argument("badge")
    pin.add_argument("--pin", help="the PIN (visible in the shell history: prefer stdin)")

    leaver = sub.add_parser("deactivate", help="switch a badge off on every kiosk")
    leaver.add_argument("badge")

    publish = sub.add_parser("publish", help="publish a work instruction file as a new version")
    publish.add_argument("file", type=Path)
    publish.add_argument("--plant-folder", type=Path, help="folder image paths start from")

    orders = sub.add_parser("import-work-orders", help="import work orders from an ERP CSV")
    orders.add_argument("file", type=Path)

    sub.add_parser("devices", help="list enrolled kiosks and how their sync is doing")

    quarantine = sub.add_parser("quarantine", help="events the server could not accept")
    actions = quarantine.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="open entries")
    listing.add_argument("--all", action="store_true", help="resolved entries too")
    export = actions.add_parser("export", help="entries with their events as JSON")
    export.add_argument("--out", type=Path, help="file to write (default: standard output)")
    export.add_argument("--all", action="store_true", help="resolved entries too")
    retry = actions.add_parser("retry", help="judge entries again (all open ones by default)")
    retry.add_argument("ids", nargs="*", type=int, metavar="ID")

    revoke = sub.add_parser("revoke", help="refuse everything from a device from now on")
    revoke.add_argument("device_id")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # The server logs what it does; an admin command only says what went wrong.
    level = logging.INFO if args.command == "serve" else logging.WARNING
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return commands.run(args)
    except ServerProblem as problem:
        print(f"harmony-server: {problem.detail}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
