"""Maintenance behind a supervisor's badge: the kiosk's identity, enrolment and sync; enrolling."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.domain.operators import Operator, Role
from harmony_kiosk.enrolment import Enrolment
from harmony_kiosk.errors import InvalidEntry, KnownError
from ui.kiosk_facts import KioskFacts, enrol_kiosk, enrolment_facts, read_facts
from ui.place import Place
from ui.screens.frame import Screen
from ui.sync_link import SyncLink
from ui.sync_picture import SyncPicture
from ui.sync_wording import sync_facts
from ui.widgets.enrol_form import EnrolForm
from ui.widgets.facts_card import FactsCard
from ui.widgets.supervisor_gate import SupervisorGate
from ui.widgets.touch import button
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.services.auth import AuthService

log = logging.getLogger(__name__)


class MaintenanceScreen(Screen):
    """A supervisor's badge and PIN first; then what this kiosk is, and "Enrol with server"."""

    done = Signal()

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
        self.header.set_place("Maintenance", "Supervisor only")
        self.pages = QStackedWidget()
        self.body.addWidget(self.pages, 1)
        self.gate = SupervisorGate()
        self.gate.submitted.connect(self._check)
        self.pages.addWidget(self.gate)
        settings = QWidget()
        row = QHBoxLayout(settings)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        self.about = FactsCard("This kiosk")
        row.addWidget(self.about, 1)
        self.form = EnrolForm()
        row.addWidget(self.form, 1)
        self.pages.addWidget(settings)
        self.settings_page = settings

        self.back_button = button("Cancel", height=84, name="maintenance-back")
        self.back_button.setMinimumWidth(200)
        self.back_button.clicked.connect(self._leave)
        self.enrol_button = button("Enrol with server", primary=True, name="enrol")
        self.enrol_button.setMinimumWidth(380)
        self.enrol_button.clicked.connect(self._enrol)
        self.action_row.addWidget(self.back_button)
        self.action_row.addStretch(1)
        self.action_row.addWidget(self.enrol_button)
        self.open_guarded()

    # --- entering ------------------------------------------------------------------------------
    def attach(self, auth: AuthService, place: Place) -> None:
        """The kiosk is open: supervisors can be checked, the station named."""
        self._auth = auth
        self._place = place
        self.set_place(place)
        self.header.set_place("Maintenance", f"{place.station_id} · {place.station_name}")

    def open_guarded(self) -> None:
        """The supervisor's badge and PIN first."""
        self.person.hide()
        self.pages.setCurrentWidget(self.gate)
        self.back_button.setText("Cancel")
        self.enrol_button.hide()
        self.gate.reset()

    def open_setup(self) -> None:
        """A new kiosk with no plant data has no supervisors yet: enrolment only, no guard.
        The single-use code from the server is what proves the right to enrol."""
        self.header.set_place("Maintenance", "Setting up a new kiosk")
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
            self.gate.refused("The kiosk is still starting. Try again in a moment.")
            return
        self._worker.run(
            lambda: auth.check_credentials(badge, pin), self._checked, self._gate_refused
        )

    def _checked(self, operator: Operator) -> None:
        if not operator.holds(Role.SUPERVISOR):
            log.info("maintenance refused to badge %s (not a supervisor)", operator.badge)
            self.gate.refused(
                f"{operator.name} is not a supervisor. Maintenance opens for a supervisor only."
            )
            return
        log.info("maintenance opened by badge %s", operator.badge)
        self.person.set_person(operator.name, "Supervisor")
        self.person.show()
        self._show_settings()

    def _gate_refused(self, error: KnownError) -> None:
        self.gate.refused(error.message)

    # --- the settings --------------------------------------------------------------------------
    def _show_settings(self) -> None:
        self.pages.setCurrentWidget(self.settings_page)
        self.back_button.setText("Done")
        self.enrol_button.show()
        self.form.say("", "status")
        self._set_busy(False)
        self._show_facts()
        self._reload_facts()
        self.form.url_field.setFocus()

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
        station = f"{place.station_id} · {place.station_name}" if place else "none yet"
        shown = [("Device", facts.device_id if facts else "…"), ("Station", station)]
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
        self.form.say(f"Enrolling with {entry.server_url}…", "status")
        data_dir, clock = self._link.data_dir, self._clock
        self._worker.run(
            lambda: enrol_kiosk(data_dir, entry, clock), self._enrolled, self._enrol_refused
        )

    def _enrolled(self, enrolment: Enrolment) -> None:
        self._set_busy(False)
        self.form.code_field.clear()
        said = (
            f"✓ Enrolled with {enrolment.server_url} as station {enrolment.station_id} "
            f"(line {enrolment.line_id}). Sync is starting."
        )
        if self._place is not None and self._place.station_id != enrolment.station_id:
            said += f" The kiosk opens as {enrolment.station_id} from its next start."
        self.form.say(said, "success")
        log.info("enrolled from the maintenance screen as %s", enrolment.station_id)
        self._link.restart()
        self._reload_facts()

    def _enrol_refused(self, error: KnownError) -> None:
        self._set_busy(False)
        self.form.say(error.message, "error")

    def _set_busy(self, busy: bool) -> None:
        self.form.set_busy(busy)
        self.enrol_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)

    def _leave(self) -> None:
        self.form.say("", "status")
        self.person.hide()
        self.done.emit()
