"""Opening a kiosk's data folder: identity, integrity check, upgrade, and the services on top."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from harmony_kiosk import device, paths
from harmony_kiosk.clock import Clock
from harmony_kiosk.device import DeviceIdentity
from harmony_kiosk.disk_space import DiskGauge, DiskPolicy
from harmony_kiosk.domain.events import ChainReport, check_chain
from harmony_kiosk.domain.plant import Station
from harmony_kiosk.errors import NotFound
from harmony_kiosk.services.attachments import Attachments
from harmony_kiosk.services.auth import AuthService
from harmony_kiosk.services.downtime import DowntimeService
from harmony_kiosk.services.exception_decisions import ExceptionDecisions
from harmony_kiosk.services.exceptions import ExceptionService
from harmony_kiosk.services.handoff import HandoffService
from harmony_kiosk.services.jobs import JobService
from harmony_kiosk.services.knowledge import KnowledgeService
from harmony_kiosk.services.patterns import PatternService
from harmony_kiosk.services.unit_of_work import UnitOfWork
from harmony_kiosk.settings import load_settings
from harmony_kiosk.store import master_data, projector
from harmony_kiosk.store.blob_store import BlobStore
from harmony_kiosk.store.database import Database
from harmony_kiosk.store.journal import Journal, read_events
from harmony_kiosk.store.migrate import UpgradeReport, check_integrity, upgrade

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    """Everything the kiosk runs on, wired once at start-up (the UI holds one of these)."""

    data_dir: Path
    identity: DeviceIdentity
    database: Database
    uow: UnitOfWork
    station: Station
    auth: AuthService
    jobs: JobService
    exceptions: ExceptionService
    decisions: ExceptionDecisions
    downtime: DowntimeService
    attachments: Attachments
    knowledge: KnowledgeService
    patterns: PatternService
    handoffs: HandoffService
    upgrade_report: UpgradeReport
    disk: DiskGauge

    def close(self) -> None:
        self.database.close()


def open_database(
    data_dir: Path, clock: Clock, kind: str = "kiosk"
) -> tuple[DeviceIdentity, Database, UpgradeReport]:
    """Create or open the data folder's database: integrity check, then upgrade to head."""
    identity = device.load_or_create(data_dir, clock, kind)
    path = paths.database_path(data_dir)
    check_integrity(path)  # before anything opens the file for writing
    database = Database(path)
    report = upgrade(database, paths.backups_dir(data_dir), clock.now())
    return identity, database, report


def open_kiosk(
    data_dir: Path, clock: Clock, station_id: str | None = None, *, disk: DiskGauge | None = None
) -> Kiosk:
    """Open the kiosk for one station (default: the first station of the plant). `disk`
    measures the data folder's disk (default: the real one, at the settings' percentages)."""
    identity, database, report = open_database(data_dir, clock)
    uow = UnitOfWork(database, Journal(identity.device_id, clock))
    with database.read() as connection:
        stations = master_data.all_stations(connection)
        if not stations:
            database.close()
            raise NotFound(
                "This kiosk has no plant data yet: enrol it with the server, or try the demo "
                "plant with `harmony-kiosk demo`.",
                code="plant.missing",
            )
        station = master_data.station(connection, station_id) if station_id else stations[0]
    auth = AuthService(uow, clock, station.id)
    jobs = JobService(uow, auth, clock, station.id)
    log.info("kiosk opened", extra={"device_id": identity.device_id, "station": station.id})
    blobs = BlobStore(paths.blobs_dir(data_dir))
    if disk is None:
        settings = load_settings(data_dir)
        policy = DiskPolicy(settings.disk_warn_percent, settings.disk_refuse_media_percent)
        disk = DiskGauge(data_dir, policy)
    attachments = Attachments(blobs, clock, disk)
    raised = ExceptionService(uow, clock, station.id, identity.device_id, attachments)
    decisions = ExceptionDecisions(uow, attachments)
    stops = DowntimeService(uow, clock, station.id, attachments)
    return Kiosk(
        data_dir,
        identity,
        database,
        uow,
        station,
        auth,
        jobs,
        raised,
        decisions,
        stops,
        attachments,
        KnowledgeService(uow, station.id),
        PatternService(uow, stops, clock),
        HandoffService(uow, clock, station.id, auth, stops, attachments, blobs),
        report,
        disk,
    )


def verify_journal(database: Database, device_id: str) -> ChainReport:
    """Walk the whole chain of this device's journal."""
    with database.read() as connection:
        return check_chain(read_events(connection), device_id)


def rebuild_projections(database: Database) -> int:
    """Rebuild every derived table from the journal in one transaction; returns events replayed."""
    with database.write() as connection:
        return projector.rebuild(connection)
