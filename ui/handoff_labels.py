"""The printed handoff page's words and formats in the language shown (HandoffLabels, filled here).

Made on the GUI thread when the lead taps "Export PDF", so the page follows the language of the
lead who exports it; harmony_kiosk's to_html only fills the templates.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from harmony_kiosk.services.handoff_labels import HandoffLabels
from ui.exception_wording import kind_name, severity_name, status_name
from ui.marked import QT_TRANSLATE_NOOP
from ui.pattern_wording import uncoded_or

CONTEXT = "HandoffLabels"
JOB_STATUS_NAMES = {
    "running": QT_TRANSLATE_NOOP("HandoffLabels", "In progress"),
    "paused": QT_TRANSLATE_NOOP("HandoffLabels", "Paused"),
    "completed": QT_TRANSLATE_NOOP("HandoffLabels", "Completed"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def when_text(iso: str, zone: tzinfo | None) -> str:
    """ "Wed 25 Nov 2026 14:00", "mié 25 nov 2026 14:00": the locale's names, the plant's clock."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso  # not a date after all: shown as it came
    if moment.tzinfo is not None and zone is not None:
        moment = moment.astimezone(zone)
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
    return f"{day.replace('.', '')} {moment:%H:%M}"


def handoff_labels(zone: tzinfo | None = None) -> HandoffLabels:
    """The page's words now, in the language shown; times in `zone` (the shift's own)."""
    locale = QLocale()
    return HandoffLabels(
        title=QCoreApplication.translate("HandoffLabels", "Shift handoff · {line} · shift {shift}"),
        period=QCoreApplication.translate(
            "HandoffLabels", "{start} – {end} · written by {written_by} · {accepted}"
        ),
        accepted_by=QCoreApplication.translate("HandoffLabels", "Accepted by {name}"),
        not_accepted=QCoreApplication.translate("HandoffLabels", "Not yet accepted"),
        jobs=QCoreApplication.translate("HandoffLabels", "Jobs"),
        order=QCoreApplication.translate("HandoffLabels", "Order"),
        product=QCoreApplication.translate("HandoffLabels", "Product"),
        good=QCoreApplication.translate("HandoffLabels", "Good"),
        scrap=QCoreApplication.translate("HandoffLabels", "Scrap"),
        status=QCoreApplication.translate("HandoffLabels", "Status"),
        no_jobs=QCoreApplication.translate("HandoffLabels", "No jobs this shift."),
        downtime=QCoreApplication.translate("HandoffLabels", "Downtime ({minutes} min)"),
        stop_minutes=QCoreApplication.translate("HandoffLabels", "{minutes} min"),
        no_downtime=QCoreApplication.translate("HandoffLabels", "No downtime."),
        exceptions=QCoreApplication.translate("HandoffLabels", "Exceptions"),
        kind=QCoreApplication.translate("HandoffLabels", "Kind"),
        what=QCoreApplication.translate("HandoffLabels", "What"),
        decision=QCoreApplication.translate("HandoffLabels", "Decision"),
        conflicting=QCoreApplication.translate("HandoffLabels", " — conflicting decisions"),
        no_exceptions=QCoreApplication.translate("HandoffLabels", "No exceptions."),
        quality=QCoreApplication.translate("HandoffLabels", "Quality"),
        nonconforming=QCoreApplication.translate(
            "HandoffLabels", "{count} nonconforming step results."
        ),
        sync=QCoreApplication.translate("HandoffLabels", "Sync"),
        unsent=QCoreApplication.translate(
            "HandoffLabels", "{count} records not yet sent to the server"
        ),
        oldest=QCoreApplication.translate("HandoffLabels", " (oldest from {when})"),
        all_sent=QCoreApplication.translate("HandoffLabels", "Everything was sent to the server."),
        notes=QCoreApplication.translate("HandoffLabels", "Notes"),
        no_notes=QCoreApplication.translate("HandoffLabels", "None."),
        when=lambda iso: when_text(iso, zone),
        count=locale.toString,
        minutes=lambda minutes: locale.toString(float(minutes), "f", 0),
        job_status=lambda status: (
            _tr(JOB_STATUS_NAMES[status]) if status in JOB_STATUS_NAMES else status
        ),
        reason=uncoded_or,
        exception_kind=kind_name,
        severity=severity_name,
        exception_status=status_name,
    )
