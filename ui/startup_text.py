"""What the kiosk says while it cannot open yet: a broken database, no plant data, waiting."""

from __future__ import annotations

from harmony_kiosk.enrolment import Enrolment
from harmony_kiosk.errors import DatabaseUnusable, KnownError
from ui.opening import NoPlantData

# title, message, hint, action, other action
Said = tuple[str, str, str, str, str]
ENROL = "Enrol with server"


def open_failure_text(error: KnownError) -> Said:
    """When the kiosk cannot open its data."""
    if isinstance(error, NoPlantData):
        return (
            "This kiosk is not set up yet",
            "It has no plant data and is not enrolled with a server.",
            "Enrol it with a code from the server (harmony-server enrol-code), "
            "or try the demo plant: harmony-kiosk demo.",
            ENROL,
            "Try again",
        )
    if isinstance(error, DatabaseUnusable):
        hint = "Nothing was written to the file. Call IT and show them this screen."
    else:
        hint = "Call IT or your supervisor and show them this screen."
    return "The kiosk cannot start", error.message, hint, "Try again", ""


def waiting_text(enrolment: Enrolment, *, enrol_again: bool = False) -> Said:
    """An enrolled kiosk without its plant data yet: no button, it opens by itself. Unless sync
    cannot run (revoked, or the secret lost): then enrolling again is the way on."""
    hint = "Nothing to do here. The status at the top right shows how sync is going."
    if enrol_again:
        hint = "Sync cannot run as it is: enrol this kiosk again with a new code from the server."
    return (
        "Waiting for plant data from the server…",
        f"This kiosk is enrolled with {enrolment.server_url} as station "
        f"{enrolment.station_id}. It opens by itself as soon as the server has sent its "
        "plant data.",
        hint,
        "",
        "Enrol again" if enrol_again else "",
    )
