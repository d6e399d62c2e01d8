"""What the maintenance screen reads and does off the GUI thread: the kiosk's identity and
enrolment, and enrolling it with a server."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from harmony_kiosk.clock import Clock
from harmony_kiosk.device import load_or_create
from harmony_kiosk.enrolment import Enrolment, load_enrolment
from harmony_kiosk.errors import InvalidEntry
from ui.sync_wording import moment_text
from ui.widgets.enrol_form import EnrolEntry


@dataclass(frozen=True)
class KioskFacts:
    """Who this kiosk is and where it is enrolled, read from its data folder."""

    device_id: str
    kind: str
    enrolment: Enrolment | None


def read_facts(data_dir: Path, clock: Clock) -> KioskFacts:
    """On the worker: the device file and the enrolment file."""
    identity = load_or_create(data_dir, clock)
    return KioskFacts(identity.device_id, identity.kind, load_enrolment(data_dir))


def enrol_kiosk(data_dir: Path, entry: EnrolEntry, clock: Clock) -> Enrolment:
    """On the worker: enrol with the server; a KnownError says plainly why not."""
    from sync.client.enrol import enrol  # noqa: PLC0415 (off the start-up path)
    from sync.client.transport import ServerAddress  # noqa: PLC0415

    if entry.ca_bundle is not None and not entry.ca_bundle.is_file():
        raise InvalidEntry(f"There is no CA bundle at {entry.ca_bundle}.")
    address = ServerAddress(entry.server_url, entry.ca_bundle)
    return enrol(data_dir, address, entry.code, clock)


def enrolment_facts(
    facts: KioskFacts | None, now: datetime, zone: tzinfo | None
) -> list[tuple[str, str]]:
    """Where this kiosk is enrolled, for the facts card."""
    if facts is None:
        return [(QCoreApplication.translate("KioskFacts", "Enrolment"), "…")]
    if facts.kind == "demo":
        return [
            (
                QCoreApplication.translate("KioskFacts", "Enrolment"),
                QCoreApplication.translate(
                    "KioskFacts", "A demo folder: never enrolled, its journal stays here"
                ),
            )
        ]
    enrolment = facts.enrolment
    if enrolment is None:
        return [
            (
                QCoreApplication.translate("KioskFacts", "Enrolment"),
                QCoreApplication.translate("KioskFacts", "Not enrolled"),
            )
        ]
    since = moment_text(enrolment.enrolled_at, now, zone)
    shown = [
        (QCoreApplication.translate("KioskFacts", "Server"), enrolment.server_url),
        (
            QCoreApplication.translate("KioskFacts", "Enrolled as"),
            QCoreApplication.translate("KioskFacts", "station {station_id} · since {since}").format(
                station_id=enrolment.station_id, since=since
            ),
        ),
    ]
    if enrolment.ca_bundle:
        shown.append((QCoreApplication.translate("KioskFacts", "CA bundle"), enrolment.ca_bundle))
    return shown
