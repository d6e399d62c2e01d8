"""Wiring the sync client for an enrolled data folder (its own database connection)."""

from __future__ import annotations

from pathlib import Path

from harmony_kiosk import credentials, paths
from harmony_kiosk.clock import Clock, to_iso
from harmony_kiosk.device import load_or_create
from harmony_kiosk.disk_space import DiskGauge, DiskPolicy
from harmony_kiosk.enrolment import load_enrolment
from harmony_kiosk.errors import KnownError
from harmony_kiosk.logs import REDACTOR
from harmony_kiosk.services.kiosk import open_database
from harmony_kiosk.settings import load_settings
from harmony_kiosk.store.blob_store import BlobStore
from harmony_kiosk.store.database import Database
from sync.client.engine import SyncEngine
from sync.client.transport import ServerAddress, ServerConnection
from sync.client.worker import Backoff, SyncWorker


def build_engine(data_dir: Path, clock: Clock) -> tuple[SyncEngine, Database] | None:
    """The engine of an enrolled kiosk, or None when the folder is not enrolled."""
    enrolment = load_enrolment(data_dir)
    if enrolment is None:
        return None
    identity = load_or_create(data_dir, clock)
    secret = credentials.load_secret(data_dir, identity.device_id)
    if secret is not None:
        REDACTOR.never_write(secret)
    if secret is None:
        raise KnownError(
            "This kiosk is enrolled but its secret is missing from the keyring: enrol it again.",
            code="enrol.secret_missing",
        )
    address = ServerAddress(
        enrolment.server_url, Path(enrolment.ca_bundle) if enrolment.ca_bundle else None
    )
    connection = ServerConnection(address, identity.device_id, secret, lambda: to_iso(clock.now()))
    # Its own connection, on a database checked and brought to the current schema.
    _, database, _ = open_database(data_dir, clock)
    settings = load_settings(data_dir)
    # The same 95 % line as recordings: downloaded attachments must not fill the disk either.
    policy = DiskPolicy(settings.disk_warn_percent, settings.disk_refuse_media_percent)
    blobs = BlobStore(paths.blobs_dir(data_dir))
    engine = SyncEngine(database, connection, blobs, clock, disk=DiskGauge(data_dir, policy))
    return engine, database


def start_sync(data_dir: Path, clock: Clock, backoff: Backoff | None = None) -> SyncWorker | None:
    """Start the sync thread of an enrolled kiosk; None for a folder that is not enrolled."""
    built = build_engine(data_dir, clock)
    if built is None:
        return None
    engine, database = built
    worker = SyncWorker(engine, database, clock, backoff)
    worker.start()
    return worker
