"""Maintenance behind a supervisor's badge: the kiosk's identity, enrolment and sync; enrolling."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.domain.operators import Operator, Role
from harmony_kiosk.enrolment import Enrolment
from harmony_kiosk.errors import InvalidEntry, KnownError
from ui.diagnostics_export import write_diagnostics
from ui.kiosk_facts import KioskFacts, enrol_kiosk, enrolment_facts, read_facts
from ui.place import Place
from ui.refusal_wording import refusal_text
from ui.screens.frame import Screen
from ui.sync_link import SyncLink
from ui.sync_picture import SyncPicture
from ui.sync_wording import sync_facts
from ui.widgets.display_choices import DisplayChoices, display_button
from ui.widgets.enrol_form import EnrolForm
from ui.widgets.facts_card import FactsCard
from ui.widgets.supervisor_gate import SupervisorGate
from ui.widgets.text_scroll import TextScroll
from ui.widgets.touch import button, set_style_property, text
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import AuthService

log = logging.getLogger(__name__)


class MaintenanceScreen(Screen):
    """A supervisor's badge and PIN first; then what this kiosk is, and "Enrol with server"."""

    done = Signal()
    exit_requested = Signal()  # "Exit kiosk": the window closes and the application ends

    def __init__(
        self, worker: Worker, clock: Clock, link: SyncLink, parent: QWidget | None = None
    ) -> None:
        super().__init__(clock, None, parent)
        self._worker = worker
        self._clock = clock
        self._link = link
        self._auth: AuthService | None = None
        self._place: Place | None = None
        self._facts: KioskFacts | None = None
        self._picture = link.monitor.latest
        self.header.set_place(
            QCoreApplication.translate("Maintenance", "Maintenance"),
            QCoreApplication.translate("Maintenance", "Supervisor only"),
        )
        self.pages = QStackedWidget()
        self.body.addWidget(self.pages, 1)
        self.gate = SupervisorGate()
        self.gate.submitted.connect(self._check)
        self.pages.addWidget(self.gate)
        settings = QWidget()
        row = QHBoxLayout(settings)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        self.about = FactsCard(QCoreApplication.translate("Maintenance", "This kiosk"))
        row.addWidget(TextScroll(self.about), 1)  # eight facts: large text may not fit
        self.form = EnrolForm()
        row.addWidget(self.form, 1)
        self.pages.addWidget(settings)
        self.settings_page = settings
        self.display = DisplayChoices(worker, link.data_dir)  # theme and text size
        self.pages.addWidget(self.display)
        self.display_button = display_button()
        self.display_button.clicked.connect(self._toggle_display)
        self.header.add_right(self.display_button, first=True)

        self.back_button = button(
            QCoreApplication.translate("Maintenance", "Cancel"), height=84, name="maintenance-back"
        )
        self.back_button.setMinimumWidth(200)
        self.back_button.clicked.connect(self._leave)
        self.enrol_button = button(
            QCoreApplication.translate("Maintenance", "Enrol with server"),
            primary=True,
            name="enrol",
        )
        self.enrol_button.setMinimumWidth(380)
        self.enrol_button.clicked.connect(self._enrol)
        self.action_row.addWidget(self.back_button)
        self._build_tools()
        self.action_row.addStretch(1)
        self.action_row.addWidget(self.enrol_button)
        self.open_guarded()

    def _build_tools(self) -> None:
        """Diagnostics (an archive for IT) and "Exit kiosk", past the supervisor's guard."""
        self.diagnostics_button = button(self.tr("Diagnostics"), height=84, name="diagnostics")
        self.diagnostics_button.clicked.connect(self._write_diagnostics)
        self.exit_button = button(self.tr("Exit kiosk"), height=84, name="exit-kiosk")
        self.exit_button.clicked.connect(self._exit)
        self.action_row.addWidget(self.diagnostics_button)
        self.action_row.addWidget(self.exit_button)
        self.tool_note = text("", "status", name="maintenance-tool-note")
        self.tool_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tool_note.hide()
        self.body.addWidget(self.tool_note)

    # --- entering ------------------------------------------------------------------------------
    def attach(self, auth: AuthService, place: Place) -> None:
        """The kiosk is open: supervisors can be checked, the station named."""
        self._auth = auth
        self._place = place
        self.set_place(place)
        self.header.set_place(
            QCoreApplication.translate("Maintenance", "Maintenance"),
            f"{place.station_id} · {place.station_name}",
        )

    def open_guarded(self) -> None:
        """The supervisor's badge and PIN first."""
        self.person.hide()
        self.pages.setCurrentWidget(self.gate)
        self.back_button.setText(QCoreApplication.translate("Maintenance", "Cancel"))
        self.enrol_button.hide()
        self.display_button.hide()
        self.diagnostics_button.hide()
        self.exit_button.hide()
        self._say_tool("")
        self.gate.reset()

    def open_setup(self) -> None:
        """A new kiosk with no plant data has no supervisors yet: enrolment only, no guard.
        The single-use code from the server is what proves the right to enrol."""
        self.header.set_place(
            QCoreApplication.translate("Maintenance", "Maintenance"),
            QCoreApplication.translate("Maintenance", "Setting up a new kiosk"),
        )
        self._show_settings()

    def is_open(self) -> bool:
        """Whether the settings (past the guard) are shown."""
        return self.pages.currentWidget() is self.settings_page

    def show_sync(self, picture: SyncPicture) -> None:
        self._picture = picture
        if self.is_open():
            self._show_facts()

    # --- the guard -----------------------------------------------------------------------------
    def _check(self, badge: str, pin: str) -> None:
        auth = self._auth
        if auth is None:
            self.gate.refused(
                QCoreApplication.translate(
                    "Maintenance", "The kiosk is still starting. Try again in a moment."
                )
            )
            return
        self._worker.run(
            lambda: auth.check_credentials(badge, pin), self._checked, self._gate_refused
        )

    def _checked(self, operator: Operator) -> None:
        if not operator.holds(Role.SUPERVISOR):
            log.info("maintenance refused to badge %s (not a supervisor)", operator.badge)
            self.gate.refused(
                QCoreApplication.translate(
                    "Maintenance",
                    "{name} is not a supervisor. Maintenance opens for a supervisor only.",
                ).format(name=operator.name)
            )
            return
        log.info("maintenance opened by badge %s", operator.badge)
        self.person.set_person(
            operator.name, QCoreApplication.translate("Maintenance", "Supervisor")
        )
        self.person.show()
        self._show_settings()
        self.exit_button.show()  # a supervisor's way out; never in the unguarded setup

    def _gate_refused(self, error: KnownError) -> None:
        self.gate.refused(refusal_text(error))

    # --- the settings --------------------------------------------------------------------------
    def _show_settings(self) -> None:
        self.pages.setCurrentWidget(self.settings_page)
        self.back_button.setText(QCoreApplication.translate("Maintenance", "Done"))
        self.enrol_button.show()
        self.display_button.show()
        self.display_button.setText(self.display.open_text())
        self.diagnostics_button.show()
        self.form.say("", "status")
        self._set_busy(False)
        self._show_facts()
        self._reload_facts()
        self.form.url_field.setFocus()

    def _toggle_display(self) -> None:
        if self.pages.currentWidget() is self.display:
            self._show_settings()
            return
        self.pages.setCurrentWidget(self.display)
        self.enrol_button.hide()
        self.display_button.setText(self.display.close_text())

    def _reload_facts(self) -> None:
        data_dir, clock = self._link.data_dir, self._clock
        self._worker.run(lambda: read_facts(data_dir, clock), self.show_facts, background=True)

    def show_facts(self, facts: KioskFacts) -> None:
        """Who this kiosk is (read from its folder on the worker)."""
        self._facts = facts
        self._show_facts()

    def _show_facts(self) -> None:
        now, zone = self._clock.now(), self.zone
        facts = self._facts
        place = self._place
        station = (
            f"{place.station_id} · {place.station_name}"
            if place
            else QCoreApplication.translate("Maintenance", "none yet")
        )
        shown = [
            (
                QCoreApplication.translate("Maintenance", "Device"),
                facts.device_id if facts else "…",
            ),
            (QCoreApplication.translate("Maintenance", "Station"), station),
        ]
        shown.extend(enrolment_facts(facts, now, zone))
        shown.extend(sync_facts(self._picture, now, zone))
        self.about.show_facts(shown)

    def _enrol(self) -> None:
        try:
            entry = self.form.entry()
        except InvalidEntry as error:
            self.form.say(error.message, "error")
            return
        self._set_busy(True)
        self.form.say(
            QCoreApplication.translate("Maintenance", "Enrolling with {server_url}…").format(
                server_url=entry.server_url
            ),
            "status",
        )
        data_dir, clock = self._link.data_dir, self._clock
        self._worker.run(
            lambda: enrol_kiosk(data_dir, entry, clock), self._enrolled, self._enrol_refused
        )

    def _enrolled(self, enrolment: Enrolment) -> None:
        self._set_busy(False)
        self.form.code_field.clear()
        said = QCoreApplication.translate(
            "Maintenance",
            "✓ Enrolled with {server} as station {station} (line {line}). Sync is starting.",
        ).format(server=enrolment.server_url, station=enrolment.station_id, line=enrolment.line_id)
        if self._place is not None and self._place.station_id != enrolment.station_id:
            said += QCoreApplication.translate(
                "Maintenance", " The kiosk opens as {station_id} from its next start."
            ).format(station_id=enrolment.station_id)
        self.form.say(said, "success")
        log.info("enrolled from the maintenance screen as %s", enrolment.station_id)
        self._link.restart()
        self._reload_facts()

    def _enrol_refused(self, error: KnownError) -> None:
        self._set_busy(False)
        self.form.say(refusal_text(error), "error")

    def _set_busy(self, busy: bool) -> None:
        self.form.set_busy(busy)
        self.enrol_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)

    # --- diagnostics and exit ------------------------------------------------------------------
    def _write_diagnostics(self) -> None:
        self.diagnostics_button.setEnabled(False)
        self._say_tool(self.tr("Writing the diagnostics archive…"))
        data_dir, clock = self._link.data_dir, self._clock
        self._worker.run(
            lambda: write_diagnostics(data_dir, clock),
            self._diagnostics_written,
            self._tool_refused,
        )

    def _diagnostics_written(self, path: Path) -> None:
        self.diagnostics_button.setEnabled(True)
        log.info("diagnostics written from the maintenance menu", extra={"archive": str(path)})
        said = self.tr("✓ Diagnostics saved to {path}. Copy it to a USB stick or mail it to IT.")
        self._say_tool(said.format(path=path), "success")

    def _tool_refused(self, error: KnownError) -> None:
        self.diagnostics_button.setEnabled(True)
        self._say_tool(refusal_text(error), "error")

    def _say_tool(self, message: str, role: str = "status") -> None:
        self.tool_note.setText(message)
        set_style_property(self.tool_note, "role", role)
        self.tool_note.setVisible(bool(message))

    def _exit(self) -> None:
        log.info("exit kiosk chosen in the maintenance menu")
        self.person.hide()
        self.exit_requested.emit()

    def _leave(self) -> None:
        self._say_tool("")
        self.form.say("", "status")
        self.person.hide()
        self.done.emit()
