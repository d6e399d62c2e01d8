"""Expected, user-facing errors: each carries a calm message an operator can act on.

Anything that is not a `KnownError` is a bug: logged with its traceback, never shown as one.
"""

from __future__ import annotations

from collections.abc import Mapping


class KnownError(Exception):
    """An expected failure with a message fit for the person at the screen."""

    def __init__(
        self, message: str, *, code: str = "", params: Mapping[str, str | int] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message  # English, for the log and the command line
        # A stable name and its values: a screen in another language words it again from these
        # (ui/refusal_wording.py), since this package never imports Qt's translations.
        self.code = code
        self.params: dict[str, str | int] = dict(params or {})


class InvalidEntry(KnownError):
    """What was typed, scanned or counted cannot be accepted as it is."""


class RuleViolation(KnownError):
    """The action breaks a rule of the work (order of steps, state of the job)."""


class NotAllowed(KnownError):
    """The person logged in does not hold the role this action needs."""


class LoginRefused(KnownError):
    """Badge or PIN not accepted, or the badge is locked for a while."""

    def __init__(
        self, message: str, *, reason: str, locked_for_s: float = 0.0, tries_left: int = 0
    ) -> None:
        super().__init__(message)
        self.tries_left = tries_left  # a screen in another language words the message again
        self.reason = (
            reason  # as the journal records it: unknown_badge, wrong_pin, locked, inactive
        )
        self.locked_for_s = locked_for_s


class NotFound(KnownError):
    """A record the action names does not exist on this kiosk."""


class PlantFileError(KnownError):
    """A plant file breaks the documented format; the message names file, entry and field."""


class DatabaseUnusable(KnownError):
    """The kiosk's database failed its integrity check; it is kept untouched for IT.
    `path` and `detail` let a screen say it again in its own language."""

    def __init__(self, message: str, path: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.detail = detail
