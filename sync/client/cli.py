"""The kiosk's sync commands: enrol, sync-now, sync-status (registered on `harmony-kiosk`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from harmony_kiosk import credentials, paths
from harmony_kiosk.clock import SystemClock
from harmony_kiosk.device import load_or_create
from harmony_kiosk.errors import KnownError
from harmony_kiosk.logs import REDACTOR
from harmony_kiosk.services.kiosk import open_database
from sync.client.connect import build_engine
from sync.client.enrol import enrol
from sync.client.transport import ServerAddress, SyncFailure


def enrol_command(args: argparse.Namespace) -> int:
    data_dir = paths.data_root()
    clock = SystemClock()
    _, database, _ = open_database(data_dir, clock)  # the folder and its schema exist first
    database.close()
    ca_bundle = Path(args.ca_bundle).resolve() if args.ca_bundle else None
    enrolment = enrol(data_dir, ServerAddress(args.server, ca_bundle), args.code, clock)
    print(
        f"Enrolled with {enrolment.server_url} as station {enrolment.station_id} "
        f"(line {enrolment.line_id}). The secret is in the keyring."
    )
    return 0


def sync_now_command(_args: argparse.Namespace) -> int:
    clock = SystemClock()
    data_dir = paths.data_root()
    _, database, _ = open_database(data_dir, clock)
    database.close()
    built = build_engine(data_dir, clock)
    if built is None:
        raise KnownError(
            "This kiosk is not enrolled: `harmony-kiosk enrol --server URL --code CODE`."
        )
    engine, own_database = built
    try:
        report = engine.sync_once()
    except SyncFailure as error:
        raise KnownError(str(error)) from None
    finally:
        own_database.close()
    print(
        f"Sent: {report.events_acked} events acknowledged, {report.rejected} quarantined, "
        f"{report.blobs_uploaded} blobs; received {report.line_events_received} line events, "
        f"{report.blobs_downloaded} attachments"
        + (
            f", master data revision {report.master_revision_applied}"
            if report.master_revision_applied
            else ""
        )
    )
    return 0


def rotate_secret_command(_args: argparse.Namespace) -> int:
    """A new device secret: asked with the old one, kept in the keyring once the server has it."""
    clock = SystemClock()
    data_dir = paths.data_root()
    built = build_engine(data_dir, clock)
    if built is None:
        raise KnownError("This kiosk is not enrolled: there is no secret to rotate.")
    engine, own_database = built
    try:
        answer = engine.rotate_secret()
    except SyncFailure as error:
        raise KnownError(str(error)) from None
    finally:
        own_database.close()
    identity = load_or_create(data_dir, clock)
    REDACTOR.never_write(answer.secret)
    credentials.store_secret(data_dir, identity.device_id, answer.secret)
    print(f"New secret kept in the keyring; the old one works until {answer.previous_valid_until}.")
    return 0


def add_commands(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = subcommands.add_parser("enrol", help="register this kiosk with a server")
    command.add_argument("--server", required=True, help="the server's URL, https://…")
    command.add_argument("--code", required=True, help="the enrolment code from harmony-server")
    command.add_argument("--ca-bundle", help="the plant's CA bundle, if the server's is not public")
    command.set_defaults(handler=enrol_command)
    sync_now = subcommands.add_parser("sync-now", help="one sync pass, now, and what it moved")
    sync_now.set_defaults(handler=sync_now_command)
    rotate = subcommands.add_parser("rotate-secret", help="get a new device secret from the server")
    rotate.set_defaults(handler=rotate_secret_command)
