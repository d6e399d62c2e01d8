"""What the kiosk says while it cannot open yet: a broken database, no plant data, waiting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from harmony_kiosk.enrolment import Enrolment
from harmony_kiosk.errors import DatabaseUnusable, KnownError
from ui.marked import QT_TRANSLATE_NOOP
from ui.opening import NoPlantData

# title, message, hint, action, other action
Said = tuple[str, str, str, str, str]
ENROL = QT_TRANSLATE_NOOP("StartupText", "Enrol with server")


def _tr(source: str) -> str:
    return QCoreApplication.translate("StartupText", source)


def open_failure_text(error: KnownError) -> Said:
    """When the kiosk cannot open its data."""
    if isinstance(error, NoPlantData):
        return (
            QCoreApplication.translate("StartupText", "This kiosk is not set up yet"),
            QCoreApplication.translate(
                "StartupText", "It has no plant data and is not enrolled with a server."
            ),
            QCoreApplication.translate(
                "StartupText",
                "Enrol it with a code from the server (harmony-server enrol-code), "
                "or try the demo plant: harmony-kiosk demo.",
            ),
            _tr(ENROL),
            QCoreApplication.translate("StartupText", "Try again"),
        )
    if isinstance(error, DatabaseUnusable):
        hint = QCoreApplication.translate(
            "StartupText", "Nothing was written to the file. Call IT and show them this screen."
        )
    else:
        hint = QCoreApplication.translate(
            "StartupText", "Call IT or your supervisor and show them this screen."
        )
    cannot = QCoreApplication.translate("StartupText", "The kiosk cannot start")
    # Only when opening failed: its wording tables stay off the path to the first paint.
    from ui.refusal_wording import refusal_text  # noqa: PLC0415

    message = refusal_text(error)
    if isinstance(error, DatabaseUnusable) and error.path:
        message = QCoreApplication.translate(
            "StartupText",
            "The kiosk's database failed its integrity check and was left untouched for IT: "
            "{path} ({detail})",
        ).format(path=error.path, detail=error.detail)
    return cannot, message, hint, QCoreApplication.translate("StartupText", "Try again"), ""


def waiting_text(enrolment: Enrolment, *, enrol_again: bool = False) -> Said:
    """An enrolled kiosk without its plant data yet: no button, it opens by itself. Unless sync
    cannot run (revoked, or the secret lost): then enrolling again is the way on."""
    hint = QCoreApplication.translate(
        "StartupText", "Nothing to do here. The status at the top right shows how sync is going."
    )
    if enrol_again:
        hint = QCoreApplication.translate(
            "StartupText",
            "Sync cannot run as it is: enrol this kiosk again with a new code from the server.",
        )
    return (
        QCoreApplication.translate("StartupText", "Waiting for plant data from the server…"),
        QCoreApplication.translate(
            "StartupText",
            "This kiosk is enrolled with {server} as station {station}. "
            "It opens by itself as soon as the server has sent its plant data.",
        ).format(server=enrolment.server_url, station=enrolment.station_id),
        hint,
        "",
        QCoreApplication.translate("StartupText", "Enrol again") if enrol_again else "",
    )
