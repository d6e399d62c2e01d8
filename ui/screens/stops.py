"""The line's stops: those waiting for a code and the shift's; leads code, recode and split them.

Pages: the list, the reason picker (at most three taps), the coding form, the split form.
Operators see the same list and read "A team lead codes this stop."
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.domain.operators import Role
from harmony_kiosk.domain.plant import Equipment
from harmony_kiosk.errors import KnownError
from ui import lead_reads
from ui.downtime_wording import LEAD_CODES, clock_time, minutes_text, said, span_text
from ui.language import shown_language
from ui.place import Place
from ui.refusal_wording import refusal_text
from ui.screens.frame import Screen
from ui.widgets.coding_form import CodingForm
from ui.widgets.equipment_picker import EquipmentPicker
from ui.widgets.reason_picker import ReasonPicker
from ui.widgets.split_form import SplitForm
from ui.widgets.stops_list import StopsList
from ui.widgets.touch import button, set_style_property, text
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.domain.reasons import ReasonCode
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.downtime import DowntimeView
    from harmony_kiosk.services.kiosk import Kiosk
    from ui.voice.widget import VoiceNoteWidget


class StopsScreen(Screen):
    """Emits `home_requested`; everything else happens here, through the worker."""

    home_requested = Signal()

    def __init__(
        self,
        worker: Worker,
        kiosk: Kiosk,
        place: Place,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(clock, place, parent)
        self._worker = worker
        self._kiosk = kiosk
        self._clock = clock
        self._session: OperatorSession | None = None
        self._stops: lead_reads.LineStops | None = None
        self._select_id: str | None = None
        self._keep_coding = False
        self.header.set_place(QCoreApplication.translate("Stops", "Line stops"), place.line_name)
        self.pages = QStackedWidget()
        self.body.addWidget(self.pages, 1)
        self.list_page = StopsList()
        self.list_page.selected.connect(self._selected)
        self.pages.addWidget(self.list_page)
        # The list page's parts, by the names the tests and the lead's driving use.
        page = self.list_page
        self.title, self.filter, self.banner = page.title, page.filter, page.banner
        self.model, self.list, self.empty, self.details = (
            page.model, page.list, page.empty, page.details
        )  # fmt: skip
        self.picker = ReasonPicker()
        self.picker.chosen.connect(self._reason_chosen)
        self.pages.addWidget(self.picker)
        self.coding = CodingForm(self._voice)
        self.coding.note.edited.connect(lambda: self.say(""))  # a refusal answered: let it go
        self.pages.addWidget(self.coding)
        self.split = SplitForm()
        self.pages.addWidget(self.split)
        self.equipment = EquipmentPicker()
        self.equipment.chosen.connect(self._save_equipment)
        self.pages.addWidget(self.equipment)
        self.details.name_equipment.connect(self._to_equipment)
        self._build_actions()
        self.pages.currentChanged.connect(lambda _index: self._show_actions())
        self._show_actions()

    # --- building ------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.home_button = button(
            QCoreApplication.translate("Stops", "←  Home"), name="stops-home", height=84
        )
        self.home_button.clicked.connect(self.home_requested)
        self.cancel_button = button(
            QCoreApplication.translate("Stops", "Cancel"), name="stops-cancel", height=84
        )
        self.cancel_button.clicked.connect(self._to_list)
        self.other_button = button(
            QCoreApplication.translate("Stops", "←  Another reason"), name="other-reason", height=84
        )
        self.other_button.clicked.connect(self._to_picker)
        self.message = text("", "error-inline", name="stops-message")
        self.split_button = button(
            QCoreApplication.translate("Stops", "Split…"), name="split-stop", height=84
        )
        self.split_button.clicked.connect(self._to_split)
        self.code_button = button(
            QCoreApplication.translate("Stops", "Code this stop  →"), primary=True, name="code-stop"
        )
        self.code_button.setMinimumWidth(340)
        self.code_button.clicked.connect(self._to_picker)
        self.save_button = button(
            QCoreApplication.translate("Stops", "Save code"), primary=True, name="save-code"
        )
        self.save_button.setMinimumWidth(300)
        self.save_button.clicked.connect(self._save_code)
        self.split_here = button(
            QCoreApplication.translate("Stops", "Split here"), primary=True, name="split-here"
        )
        self.split_here.setMinimumWidth(300)
        self.split_here.clicked.connect(self._save_split)
        for widget in (self.home_button, self.cancel_button, self.other_button):
            self.action_row.addWidget(widget)
        self.action_row.addWidget(self.message, 1)
        for widget in (self.split_button, self.code_button, self.save_button, self.split_here):
            self.action_row.addWidget(widget)

    def _show_actions(self) -> None:
        page = self.pages.currentWidget()
        on_list = page is self.list_page
        lead = self._is_lead()
        stop = self.selected_stop()
        self.home_button.setVisible(on_list)
        self.cancel_button.setVisible(page in (self.picker, self.split, self.equipment))
        self.other_button.setVisible(page is self.coding)
        can_code = on_list and lead and stop is not None and not stop.running
        self.code_button.setVisible(can_code)
        if stop is not None:
            self.code_button.setText(
                QCoreApplication.translate("Stops", "Code again  →")
                if stop.reason_code
                else QCoreApplication.translate("Stops", "Code this stop  →")
            )
        can_split = can_code and stop is not None and (stop.duration_s or 0) >= 2
        self.split_button.setVisible(can_split)
        self.save_button.setVisible(page is self.coding)
        self.split_here.setVisible(page is self.split)
        self.say("")

    def _voice(self) -> VoiceNoteWidget:
        from ui.voice.widget import VoiceNoteWidget  # noqa: PLC0415 (Qt Multimedia: on first use)

        return VoiceNoteWidget(self._kiosk.attachments, self._worker, self._kiosk.data_dir)

    # --- entering ------------------------------------------------------------------------------
    def enter(self, session: OperatorSession) -> None:
        self._session = session
        self.set_person(session)
        self.banner.hide()
        self.pages.setCurrentWidget(self.list_page)
        self.reload()

    def reload(self, select_id: str | None = None, *, keep_coding: bool = False) -> None:
        """Read the line's stops again, then select `select_id` (where it now is); with
        `keep_coding`, the next stop waiting for a code instead, while there is one."""
        self._select_id, self._keep_coding = select_id, keep_coding
        read = partial(lead_reads.line_stops, self._kiosk, self._clock)
        self._worker.run(read, self._loaded, self._refused, background=True)

    def _loaded(self, stops: lead_reads.LineStops) -> None:
        self._stops = stops
        self.picker.set_tree(stops.tree, self._language())
        self.list_page.show_stops(
            stops, self._language(), self.zone, self._select_id, keep_coding=self._keep_coding
        )

    def _selected(self) -> None:
        stops = self._stops
        self.details.show_stop(
            self.selected_stop(),
            stops.tree if stops else None,
            self._language(),
            self.zone,
            None if self._is_lead() else said(LEAD_CODES),
        )
        self.details.show_voice_note(stops.voice_note_of(self.selected_stop()) if stops else None)
        self._show_actions()

    def selected_stop(self) -> DowntimeView | None:
        return self.list_page.selected_stop()

    # --- coding --------------------------------------------------------------------------------
    def _to_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)

    def _to_picker(self) -> None:
        stop = self.selected_stop()
        if stop is not None:
            start = clock_time(stop.started_at, self.zone)
            self.picker.set_question(
                QCoreApplication.translate("Stops", "What stopped the station at {start}?").format(
                    start=start
                )
            )
        self.picker.reset()
        self.pages.setCurrentWidget(self.picker)

    def _reason_chosen(self, reason: ReasonCode) -> None:
        stop, stops = self.selected_stop(), self._stops
        if stop is None or stops is None:
            return
        about = QCoreApplication.translate("Stops", "Code the stop {span_text} as").format(
            span_text=span_text(stop, self.zone)
        )
        self.coding.begin(about, reason, stops.tree, self._language(), stop.note or "")
        self.pages.setCurrentWidget(self.coding)

    def _save_code(self) -> None:
        stop, session, reason = self.selected_stop(), self._session, self.coding.reason
        if stop is None or session is None or reason is None:
            return
        work = partial(
            self._kiosk.downtime.code,
            session,
            stop.id,
            reason.code,
            self.coding.note.words(),
            self.coding.voice_note,
            self.coding.is_planned(),
        )
        self.save_button.setEnabled(False)
        self._worker.run(work, self._coded, self._action_refused)

    def _coded(self, view: DowntimeView) -> None:
        self.save_button.setEnabled(True)
        stops = self._stops
        code = view.reason_code or ""
        known = stops is not None and code in stops.tree
        words = stops.tree.path_text(code, self._language()) if stops and known else code
        # Coding through the waiting list moves on to the next; a recode stays where it was.
        self._done(
            QCoreApplication.translate("Stops", "✓  Coded: {words}.").format(words=words),
            view.id,
            keep_coding=self.list_page.showing_needs(),
        )

    # --- splitting -----------------------------------------------------------------------------
    def _to_split(self) -> None:
        stop = self.selected_stop()
        if stop is None or stop.duration_s is None:
            return
        self.split.begin(stop, self.zone)
        self.pages.setCurrentWidget(self.split)

    def _save_split(self) -> None:
        stop, session = self.selected_stop(), self._session
        if stop is None or session is None:
            return
        work = partial(self._kiosk.downtime.split, session, stop.id, self.split.after_s())
        self.split_here.setEnabled(False)
        self._worker.run(work, self._split_done, self._action_refused)

    def _split_done(self, parts: tuple[DowntimeView, DowntimeView]) -> None:
        self.split_here.setEnabled(True)
        first, second = parts
        first_s, second_s = first.duration_s or 0, second.duration_s or 0
        lengths = QCoreApplication.translate("Stops", "{minutes_text} and {minutes_text2}").format(
            minutes_text=minutes_text(first_s), minutes_text2=minutes_text(second_s)
        )
        self._done(
            QCoreApplication.translate(
                "Stops", "✓  Split into two stops of {lengths}. Check the code of each."
            ).format(lengths=lengths),
            second.id,
        )

    # --- naming the equipment ----------------------------------------------------------------
    def _to_equipment(self) -> None:
        stop = self.selected_stop()
        if stop is None:
            return
        self._worker.run(
            self._kiosk.downtime.equipment_of_line, self._show_equipment, self._refused
        )

    def _show_equipment(self, items: list[Equipment]) -> None:
        stop = self.selected_stop()
        if stop is None:
            return
        question = self.tr("Which machine stopped at {start}?").format(
            start=clock_time(stop.started_at, self.zone)
        )
        current = stop.equipment_id or stop.equipment
        self.equipment.show_equipment(question, items, current, self._language())
        self.pages.setCurrentWidget(self.equipment)

    def _save_equipment(self, name: str) -> None:
        stop, session = self.selected_stop(), self._session
        if stop is None or session is None:
            return
        work = partial(self._kiosk.downtime.name_equipment, session, stop.id, name)
        self._worker.run(work, self._equipment_named, self._action_refused)

    def _equipment_named(self, view: DowntimeView) -> None:
        named = view.equipment_in(self._language()) or ""
        banner = self.tr("✓  Equipment named: {name}.").format(name=named)
        self._done(banner, view.id)

    # --- outcomes ------------------------------------------------------------------------------
    def _done(self, banner: str, select_id: str, *, keep_coding: bool = False) -> None:
        self.banner.setText(banner)
        self.banner.show()
        self.pages.setCurrentWidget(self.list_page)
        self.reload(select_id, keep_coding=keep_coding)

    def _action_refused(self, error: KnownError) -> None:
        self.save_button.setEnabled(True)
        self.split_here.setEnabled(True)
        self.say(refusal_text(error))

    def _refused(self, error: KnownError) -> None:
        self.say(refusal_text(error))

    def say(self, message: str) -> None:
        self.message.setText(message)
        set_style_property(self.message, "role", "error-inline")

    def _is_lead(self) -> bool:
        return self._session is not None and self._session.holds(Role.TEAM_LEAD)

    def _language(self) -> str:
        # The words on screen: an operator's preferred language shows only once UiLanguage
        # switched to it (a preview, a kiosk set to one language), so the names follow it too.
        return shown_language()
