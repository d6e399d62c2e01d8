"""Badge lockout after repeated wrong PINs, timed on the monotonic clock."""

from __future__ import annotations

from dataclasses import dataclass

MAX_FAILURES = 5
LOCK_SECONDS = 300.0


@dataclass
class _BadgeState:
    failures: int = 0
    locked_until: float = 0.0


class BadgeLockout:
    """Counts consecutive wrong PINs per badge; the fifth locks that badge for five minutes."""

    def __init__(
        self, max_failures: int = MAX_FAILURES, lock_seconds: float = LOCK_SECONDS
    ) -> None:
        self._max_failures = max_failures
        self._lock_seconds = lock_seconds
        self._badges: dict[str, _BadgeState] = {}

    def locked_for(self, badge: str, now: float) -> float:
        """Seconds the badge stays locked (0 when it may try)."""
        state = self._badges.get(badge)
        if state is None:
            return 0.0
        remaining = state.locked_until - now
        if remaining <= 0 and state.failures >= self._max_failures:
            del self._badges[badge]  # the lock ran out: a fresh start
            return 0.0
        return max(0.0, remaining)

    def record_failure(self, badge: str, now: float) -> float:
        """Count a wrong PIN; return the lock time it triggered (0 if none)."""
        state = self._badges.setdefault(badge, _BadgeState())
        state.failures += 1
        if state.failures >= self._max_failures:
            state.locked_until = now + self._lock_seconds
            return self._lock_seconds
        return 0.0

    def failures_left(self, badge: str) -> int:
        state = self._badges.get(badge)
        return self._max_failures - (state.failures if state else 0)

    def record_success(self, badge: str) -> None:
        self._badges.pop(badge, None)
