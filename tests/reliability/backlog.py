"""Recording a kiosk's backlog through its own services: jobs, exceptions, badge-ins and blobs."""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

from harmony_kiosk.clock import Clock, ManualClock, to_iso
from harmony_kiosk.domain.catalogue import EXCEPTION_KINDS, EXCEPTION_SEVERITIES
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.kiosk import Kiosk
from harmony_kiosk.store.blob_store import BlobStore, register_blob
from tests.services.job_runner import answer

if TYPE_CHECKING:  # the drill's child process imports this module without the server's
    from tests.sync.live_server import LiveServer

STATION = "LINE1-ST1"  # runs WI-GBX-COVER: about 17 events a job
# Due before every demo order, so it heads the station's queue; big enough never to run out.
BIG_ORDER = "WO-RELIABILITY-1"
_ORDERS_CSV = (
    "id,product,quantity,due,instruction,station\n"
    f"{BIG_ORDER},GBX-200,1000000,2026-01-05,WI-GBX-COVER,{STATION}\n"
)


def import_big_order(server: LiveServer, folder: Path) -> None:
    """An ERP export with one huge order for the station (demo orders hold 40 to 120 units)."""
    csv = folder / "big-orders.csv"
    csv.write_text(_ORDERS_CSV, encoding="utf-8")
    server.cli("import-work-orders", str(csv))


def work_one_job(kiosk: Kiosk, session: OperatorSession) -> None:
    """Finish the job left open at the head of the queue (after a crash), or run a new one."""
    entry = kiosk.jobs.queue()[0]
    open_job = entry.progress.open_job_id
    if open_job is not None:
        view = kiosk.jobs.resume(session, open_job)
    else:
        view = kiosk.jobs.start(session, entry.work_order.id)
    while (index := view.current_index) is not None:
        view = answer(kiosk, session, view, index, {}).view
    kiosk.jobs.complete(session, view.job.id, 1, 0)


def raise_trouble(kiosk: Kiosk, session: OperatorSession, rng: random.Random) -> None:
    kiosk.exceptions.raise_exception(
        session,
        rng.choice(EXCEPTION_KINDS),
        rng.choice(EXCEPTION_SEVERITIES),
        f"drill note {rng.randrange(10**6)}",
    )


def record_badge_ins(
    kiosk: Kiosk, clock: ManualClock, pairs: int, seconds_apart: float, per_transaction: int = 500
) -> int:
    """Operators badging in and out, many to a transaction; returns the events recorded.

    A week's volume one tap per transaction would take minutes here (each commit waits for
    its fsync); these go through the same unit of work as a tap (journal, chain, projections),
    only with fewer commits.
    """
    station = kiosk.station.id
    recorded = 0
    while recorded < 2 * pairs:
        with kiosk.uow.action() as action:
            for _ in range(min(per_transaction, 2 * pairs - recorded) // 2):
                badge, language = ("10078", "en") if recorded % 4 else ("10041", "es")
                logged_in = {"badge": badge, "station_id": station, "language": language}
                action.record("session.logged_in", badge, logged_in)
                clock.advance(seconds_apart)
                logged_out = {"badge": badge, "station_id": station, "reason": "replaced"}
                action.record("session.logged_out", badge, logged_out)
                clock.advance(seconds_apart)
                recorded += 2
    return recorded


def record_blob(kiosk: Kiosk, clock: Clock, data: bytes) -> str:
    """Store a file by its hash and note it for upload, as a voice note or photo would be."""
    sha256 = BlobStore(kiosk.data_dir / "blobs").put(data)
    with kiosk.database.write() as connection:
        register_blob(connection, sha256, len(data), "audio/mp4", to_iso(clock.now()))
    return sha256


def random_blob(rng: random.Random, smallest: int = 2_000, largest: int = 300_000) -> bytes:
    return rng.randbytes(rng.randrange(smallest, largest))
