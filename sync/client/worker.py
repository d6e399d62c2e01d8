"""The sync client's own thread: passes on a timer and on demand, with backoff and jitter."""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from harmony_kiosk.clock import Clock, to_iso
from harmony_kiosk.store import sync_records
from harmony_kiosk.store.database import Database
from sync.client.engine import SyncEngine
from sync.client.transport import Offline, Refused, Revoked, ServerTrouble, SyncFailure

log = logging.getLogger(__name__)
STUCK_AFTER_S = 300.0  # no acknowledgement progress for 5 minutes while the server answers


@dataclass(frozen=True)
class SyncStatus:
    """What the kiosk's status indicator shows."""

    online: bool
    waiting: int
    oldest_unsent_at: str | None
    last_success_at: str | None
    revoked: bool
    stuck: bool
    last_error: str | None


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter: base·2^(n-1), capped, times a random factor."""

    base_s: float = 2.0
    cap_s: float = 300.0
    idle_s: float = 30.0  # between passes when all is well (to pull master data and line events)

    def delay(self, failures: int, rng: random.Random) -> float:
        if failures == 0:
            return self.idle_s
        ceiling = min(self.cap_s, self.base_s * 2.0 ** (failures - 1))
        return ceiling * rng.uniform(0.5, 1.0)


class SyncWorker:
    """Runs `SyncEngine.sync_once` on its own thread; never waits for the next local write."""

    def __init__(
        self,
        engine: SyncEngine,
        database: Database,
        clock: Clock,
        backoff: Backoff | None = None,
        rng: random.Random | None = None,
        on_pass: Callable[[], None] | None = None,
    ) -> None:
        self._engine = engine
        self._database = database
        self._clock = clock
        self._backoff = backoff or Backoff()
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography
        self._on_pass = on_pass
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="harmony-sync", daemon=True)
        self._lock = threading.Lock()
        self._online = False
        self._failures = 0
        self._last_progress = clock.monotonic()
        self._last_acked = -1
        self.passes = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def wake(self) -> None:
        """Ask for a pass now (after a local write, or when the network came back)."""
        self._wake.set()

    def status(self) -> SyncStatus:
        with self._database.read() as connection:
            state = sync_records.read_state(connection)
        with self._lock:
            return SyncStatus(
                online=self._online,
                waiting=state.waiting,
                oldest_unsent_at=state.oldest_unsent_at,
                last_success_at=state.last_success_at,
                revoked=state.revoked,
                stuck=self._engine.stuck,
                last_error=state.last_error,
            )

    def _run(self) -> None:
        while not self._stop.is_set():
            self._one_pass()
            with self._lock:
                delay = self._backoff.delay(self._failures, self._rng)
            if self._on_pass is not None:
                self._on_pass()
            self._wake.wait(delay)
            self._wake.clear()

    def _one_pass(self) -> None:
        try:
            self._engine.sync_once()
        except Revoked as error:
            self._failed(str(error), revoked=True)
        except Offline as error:
            self._failed(str(error), online=False)
        except (Refused, ServerTrouble, SyncFailure) as error:
            self._failed(str(error))
        except Exception as error:  # a bug: log it whole, keep the thread alive
            log.exception("sync pass failed unexpectedly")
            self._failed(f"unexpected: {type(error).__name__}")
        else:
            with self._lock:
                self._online = True
                self._failures = 0
        finally:
            self.passes += 1
            self._check_stuck()

    def _failed(self, message: str, *, online: bool = True, revoked: bool = False) -> None:
        with self._lock:
            self._online = online
            self._failures += 1
        try:
            with self._database.write() as connection:
                sync_records.record_failure(
                    connection, message, to_iso(self._clock.now()), revoked=revoked
                )
        except Exception:  # the database may be busy; the next pass records again
            log.exception("could not record the sync failure")

    def _check_stuck(self) -> None:
        state = self._engine.state()
        now = self._clock.monotonic()
        if state.waiting == 0 or state.acked_seq != self._last_acked:
            self._last_acked = state.acked_seq
            self._last_progress = now
            self._engine.stuck = False
            return
        if now - self._last_progress >= STUCK_AFTER_S and self._engine.health():
            if not self._engine.stuck:
                log.warning("sync queue stuck", extra={"waiting": state.waiting})
            self._engine.stuck = True
            try:  # so the server's devices view shows it too
                self._engine.report_status()
            except SyncFailure as error:
                log.info("could not report the stuck queue", extra={"error": str(error)})
