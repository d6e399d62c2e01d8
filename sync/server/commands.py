"""What each `harmony-server` command does: open the database, migrate it, act, print."""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.engine import Connection, Engine

from sync.server import devices, enrolment, quarantine
from sync.server.blobs import BlobStore
from sync.server.clock import Clock, SystemClock, iso
from sync.server.credentials import digest, new_admin_token
from sync.server.db.engine import open_engine
from sync.server.db.migrate import upgrade
from sync.server.db.schema import admin_tokens
from sync.server.errors import InvalidInput
from sync.server.fleet_table import device_table, quarantine_table
from sync.server.line_feed import catalogue_shared_types
from sync.server.master import operators
from sync.server.master.instructions import Published, load_instruction_file, publish
from sync.server.master.plant import PlantImport, import_plant, read_plant_folder
from sync.server.master.revision import bump
from sync.server.master.work_orders import import_work_orders_csv
from sync.server.settings import ServerSettings, demo_plant_dir


def _say(text: str) -> None:
    """What the command produced (a token, a code, a table): standard output, for scripts."""
    sys.stdout.write(text + "\n")


def _tell(text: str) -> None:
    """Explanations around it: standard error, so `code=$(harmony-server enrol-code …)` works."""
    sys.stderr.write(text + "\n")


@dataclass(frozen=True)
class Admin:
    """What a command works with: settings, a migrated database, the clock."""

    settings: ServerSettings
    engine: Engine
    clock: Clock

    @property
    def blob_store(self) -> BlobStore:
        return BlobStore(self.settings.blob_dir)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection


def open_admin(clock: Clock | None = None) -> Admin:
    settings = ServerSettings.from_environment()
    engine = open_engine(settings.database_url)
    upgrade(engine)
    return Admin(settings, engine, clock or SystemClock())


def run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        return serve(args)
    admin = open_admin()
    try:
        return _COMMANDS[args.command](admin, args)
    finally:
        admin.engine.dispose()


def serve(args: argparse.Namespace) -> int:
    import uvicorn  # noqa: PLC0415 - only `serve` needs the web server

    from sync.server.api.app import create_app  # noqa: PLC0415

    tls = (args.tls_cert, args.tls_key)
    if any(tls) and not all(tls):
        raise InvalidInput("--tls-cert and --tls-key go together")
    if not any(tls) and not args.insecure_http and not _is_loopback(args.host):
        raise InvalidInput(
            f"refusing plain HTTP on {args.host}: enrolment and rotation answers carry device "
            "secrets. Serve TLS (--tls-cert/--tls-key), or bind 127.0.0.1 behind a TLS reverse "
            "proxy, or pass --insecure-http when a proxy on another host terminates TLS"
        )
    admin = open_admin()
    app = create_app(admin.settings, engine=admin.engine, clock=admin.clock)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        server_header=False,
        log_level="info",
    )
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_admin(admin: Admin, args: argparse.Namespace) -> int:
    token = new_admin_token()
    with admin.transaction() as db:
        db.execute(
            admin_tokens.insert().values(
                name=args.name, token_hash=digest(token), created_at=admin.clock.now()
            )
        )
    _tell(f"admin token for {args.name!r}: shown once, only its hash is kept")
    _say(token)
    return 0


def enrol_code(admin: Admin, args: argparse.Namespace) -> int:
    with admin.transaction() as db:
        issued = enrolment.issue_code(
            db, args.station, timedelta(hours=args.hours), admin.clock.now()
        )
    _tell(f"enrolment code for {issued.station_id}, single use, expires {iso(issued.expires_at)}:")
    _say(issued.code)
    return 0


def import_plant_command(admin: Admin, args: argparse.Namespace, *, orders: bool = False) -> int:
    definition = read_plant_folder(args.folder)
    with admin.transaction() as db:
        report = import_plant(
            db,
            definition,
            admin.blob_store,
            admin.clock.now(),
            with_work_orders=orders or args.with_work_orders,
        )
    _print_import(report)
    return 0


def demo(admin: Admin, args: argparse.Namespace) -> int:
    args.folder = demo_plant_dir()
    return import_plant_command(admin, args, orders=True)


def _print_import(report: PlantImport) -> None:
    _say(
        f"site {report.site_id}: {report.lines} lines, {report.stations} stations, "
        f"{report.products} products, {report.operators} operators, "
        f"{report.instructions_published} instruction versions published "
        f"({report.instructions_unchanged} unchanged), {report.work_orders} work orders; "
        f"master data revision {report.revision}"
    )


def set_pin(admin: Admin, args: argparse.Namespace) -> int:
    pin = args.pin
    if pin is None:
        pin = getpass.getpass("PIN: ") if sys.stdin.isatty() else sys.stdin.readline()
    with admin.transaction() as db:
        revision = operators.set_pin(db, args.badge, pin.strip(), admin.clock.now())
    _say(f"PIN of {args.badge} set; master data revision {revision}")
    return 0


def deactivate(admin: Admin, args: argparse.Namespace) -> int:
    with admin.transaction() as db:
        revision = operators.deactivate(db, args.badge, admin.clock.now())
    _say(
        f"badge {args.badge} deactivated; master data revision {revision} "
        "(each kiosk refuses it after its next sync)"
    )
    return 0


def publish_command(admin: Admin, args: argparse.Namespace) -> int:
    version = load_instruction_file(args.file, args.plant_folder)
    name = f"{version.instruction_id} v{version.version}"
    with admin.transaction() as db:
        now = admin.clock.now()
        if publish(db, version, admin.blob_store, now) is Published.UNCHANGED:
            _say(f"{name} is published already with this content: nothing to do")
            return 0
        revision = bump(db, now)
    _say(f"{name} published; master data revision {revision}")
    return 0


def import_work_orders(admin: Admin, args: argparse.Namespace) -> int:
    try:
        raw = args.file.read_bytes()
    except OSError as error:
        raise InvalidInput(f"cannot read {args.file}: {error.strerror}") from None
    with admin.transaction() as db:
        count, revision = import_work_orders_csv(db, raw, admin.clock.now())
    _say(f"{count} work orders imported; master data revision {revision}")
    return 0


def devices_command(admin: Admin, _args: argparse.Namespace) -> int:
    with admin.transaction() as db:
        _say(device_table(devices.fleet(db), admin.clock.now()))
    return 0


def quarantine_command(admin: Admin, args: argparse.Namespace) -> int:
    with admin.transaction() as db:
        if args.action == "retry":
            now = admin.clock.now()
            for entry_id, outcome in quarantine.retry(db, args.ids, now, catalogue_shared_types()):
                _say(f"{entry_id}: {outcome}")
            return 0
        entries = quarantine.entries(db, include_resolved=args.all)
    if args.action == "list":
        _say(quarantine_table(entries))
        return 0
    text = json.dumps([entry.as_json() for entry in entries], indent=2, ensure_ascii=False)
    if args.out is None:
        _say(text)
    else:
        args.out.write_text(text + "\n", encoding="utf-8")
        _tell(f"{len(entries)} entries written to {args.out}")
    return 0


def revoke(admin: Admin, args: argparse.Namespace) -> int:
    with admin.transaction() as db:
        device = devices.revoke(db, args.device_id, admin.clock.now())
    _say(f"device {device.id} ({device.station_id}) revoked; it keeps recording locally")
    return 0


_COMMANDS: dict[str, Callable[[Admin, argparse.Namespace], int]] = {
    "create-admin": create_admin,
    "enrol-code": enrol_code,
    "import-plant": import_plant_command,
    "demo": demo,
    "set-pin": set_pin,
    "deactivate": deactivate,
    "publish": publish_command,
    "import-work-orders": import_work_orders,
    "devices": devices_command,
    "quarantine": quarantine_command,
    "revoke": revoke,
}
