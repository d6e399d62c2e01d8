"""Shift handoff: the outgoing lead reads the kiosk's summary, adds notes and voice notes, hands
over; the incoming lead accepts on the same kiosk with badge and PIN. Exported as an A4 PDF."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.errors import KnownError
from ui import handoff_reads
from ui.downtime_wording import clock_time
from ui.handoff_labels import handoff_labels
from ui.place import Place
from ui.refusal_wording import refusal_text
from ui.screens.frame import Screen
from ui.screens.handoff_pages import HandoffHandedPage, HandoffWritePage
from ui.widgets.touch import button, set_style_property, text
from ui.wording import day_text
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from harmony_kiosk.domain.shifts import Shift
    from harmony_kiosk.services.attachments import Attachment
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.handoff import HandoffView
    from harmony_kiosk.services.kiosk import Kiosk
    from ui.voice.widget import VoiceNoteWidget

TYPING_NOTES_HEIGHT = 128
QWIDGETSIZE_MAX = 16777215


class HandoffScreen(Screen):
    """Emits `home_requested`; writes, accepts and exports through the worker."""

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
        self._shift: Shift | None = None
        self._start: handoff_reads.HandoffStart | None = None
        self.handed: handoff_reads.Handed | None = None
        self.voice: VoiceNoteWidget | None = None
        self.voice_notes: list[Attachment] = []
        self.exported: Path | None = None
        self._line_name = place.line_name
        self.header.set_place(
            QCoreApplication.translate("Handoff", "Shift handoff"), place.line_name
        )
        self.empty = text("", "empty", name="handoff-empty")
        self.empty.hide()
        self.body.addWidget(self.empty)
        self.banner = text("", "success", name="handoff-banner")
        self.banner.hide()
        self.body.addWidget(self.banner)
        self.pages = QStackedWidget()
        self.body.addWidget(self.pages, 1)
        self._build_write_page()
        self._build_handed_page()
        self._build_actions()

    # --- building ------------------------------------------------------------------------------
    def _build_write_page(self) -> None:
        page = HandoffWritePage()
        # The page's parts, by the names the screen and its tests have always used.
        self.summary, self.notes_label, self.notes = page.summary, page.notes_label, page.notes
        self.done_typing, self.voice_count = page.done_typing, page.voice_count
        self.voice_column, self.dock = page.voice_column, page.dock
        self.dock.opened.connect(lambda: self._typing(on=True))
        self.dock.closed.connect(lambda: self._typing(on=False))
        self.write_page = page
        self.pages.addWidget(page)

    def _build_handed_page(self) -> None:
        page = HandoffHandedPage()
        self.handed_summary, self.handed_voice = page.summary, page.voice
        self.accept_form, self.accepted = page.accept_form, page.accepted
        self.accept_form.submitted.connect(self._accept)
        self.handed_page = page
        self.pages.addWidget(page)

    def _build_actions(self) -> None:
        self.home_button = button(
            QCoreApplication.translate("Handoff", "←  Home"), name="handoff-home", height=84
        )
        self.home_button.clicked.connect(self.home_requested)
        self.action_row.addWidget(self.home_button)
        self.message = text("", "error-inline", name="handoff-message")
        self.action_row.addWidget(self.message, 1)
        self.new_button = button(
            QCoreApplication.translate("Handoff", "Write this shift's"),
            name="handoff-new",
            height=84,
        )
        self.new_button.clicked.connect(self._write_new)
        self.action_row.addWidget(self.new_button)
        self.export_button = button(
            QCoreApplication.translate("Handoff", "Export PDF"), name="handoff-export", height=84
        )
        self.export_button.clicked.connect(self._export)
        self.action_row.addWidget(self.export_button)
        self.hand_over = button(
            QCoreApplication.translate("Handoff", "Hand over  →"), primary=True, name="hand-over"
        )
        self.hand_over.setMinimumWidth(320)
        self.hand_over.clicked.connect(self._hand_over)
        self.action_row.addWidget(self.hand_over)

    def _voice(self) -> VoiceNoteWidget:
        from ui.voice.widget import VoiceNoteWidget  # noqa: PLC0415 (Qt Multimedia: on first use)

        return VoiceNoteWidget(self._kiosk.attachments, self._worker, self._kiosk.data_dir)

    # --- entering ------------------------------------------------------------------------------
    def enter(self, session: OperatorSession) -> None:
        self._session = session
        self.set_person(session)
        self.banner.hide()
        self.say("")
        self.hand_over.hide()
        self.export_button.hide()
        self.new_button.hide()
        read = partial(handoff_reads.handoff_start, self._kiosk, self._clock)
        self._worker.run(read, self._started, self._refused, background=True)

    def _started(self, start: handoff_reads.HandoffStart) -> None:
        self._start = start
        self._shift = start.shift
        if start.waiting is not None:
            self._show_handed(start.waiting)
        else:
            self._show_write()

    def _show_write(self) -> None:
        start = self._start
        if start is None or start.shift is None or start.summary is None:
            self.empty.setText(
                QCoreApplication.translate(
                    "Handoff", "This line has no shift calendar: there is no shift to hand over."
                )
            )
            self.empty.show()
            self.pages.hide()
            return
        self.empty.hide()
        self.pages.show()
        self._set_subtitle(start.shift)
        self.summary.show_summary(start.summary, self.zone)
        self.notes.clear()
        self.voice_notes = []
        self._fresh_voice()
        self._show_voice_count()
        self.dock.close_keyboard()
        self.pages.setCurrentWidget(self.write_page)
        self.hand_over.show()
        self.hand_over.setEnabled(True)
        self.export_button.hide()
        self.new_button.hide()

    def _show_handed(self, handed: handoff_reads.Handed) -> None:
        self.handed = handed
        view = handed.view
        self.pages.show()
        summary = handed.shown or view.summary
        self.empty.hide()
        start = self._start
        if start is not None and start.shift is not None and start.shift.id == view.shift_id:
            self._set_subtitle(start.shift)
        else:
            self.header.set_place(
                QCoreApplication.translate("Handoff", "Shift handoff"),
                QCoreApplication.translate("Handoff", "{line_name} · shift {shift_name}").format(
                    line_name=self._line_name, shift_name=summary.shift_name
                ),
            )
        self.handed_summary.show_summary(
            summary, self.zone, view.notes, len(view.voice_notes), handed.written_by
        )
        self.handed_voice.show_notes(handed.voice_notes)
        done = handed.accepted_by is not None
        self.accept_form.setVisible(not done)
        self.accepted.setVisible(done)
        if done:
            self.accepted.setText(
                QCoreApplication.translate(
                    "Handoff", "✓  Accepted by {accepted_by}. The shift is handed over."
                ).format(accepted_by=handed.accepted_by)
            )
        else:
            self.accept_form.reset()
        self.pages.setCurrentWidget(self.handed_page)
        self.hand_over.hide()
        self.export_button.show()
        stale = start is not None and start.shift is not None and start.shift.id != view.shift_id
        self.new_button.setVisible(stale and not done)

    def _set_subtitle(self, shift: Shift) -> None:
        """ "Line 1 · Gearbox assembly · Shift A · Wed 25 Nov · 06:00 – 14:00" in the header."""
        span = f"{clock_time(shift.start, self.zone)} – {clock_time(shift.end, self.zone)}"
        when = QCoreApplication.translate("Handoff", "Shift {name} · {day_text} · {span}").format(
            name=shift.name, day_text=day_text(shift.local_date), span=span
        )
        self.header.set_place(
            QCoreApplication.translate("Handoff", "Shift handoff"), f"{self._line_name} · {when}"
        )

    # --- writing -------------------------------------------------------------------------------
    def _fresh_voice(self) -> None:
        if self.voice is not None:
            self.voice.hide()
            self.voice.deleteLater()
        self.voice = self._voice()
        self.voice.saved.connect(self._voice_saved)
        self.voice_column.addWidget(self.voice)

    def _voice_saved(self, attachment: Attachment) -> None:
        self.voice_notes.append(attachment)
        self._show_voice_count()

    def _show_voice_count(self) -> None:
        count = len(self.voice_notes)
        self.voice_count.setText(
            QCoreApplication.translate(
                "Handoff", "🎤 %n voice note(s) kept for the handoff", "", count
            )
        )
        self.voice_count.setVisible(count > 0)

    def _typing(self, *, on: bool) -> None:
        """While the keyboard is up, the notes take the page; the summary waits."""
        self.summary.setVisible(not on)
        self.notes.setMaximumHeight(TYPING_NOTES_HEIGHT if on else QWIDGETSIZE_MAX)  # keys fit
        if self.voice is not None:
            self.voice.setVisible(not on)
        self.voice_count.setVisible(not on and bool(self.voice_notes))
        self.done_typing.setVisible(on)

    def _hand_over(self) -> None:
        session, shift = self._session, self._shift
        if session is None or shift is None:
            return
        self.dock.close_keyboard()
        notes, voices = self.notes.words(), tuple(self.voice_notes)
        work = partial(self._write, session, shift, notes, voices)
        self.hand_over.setEnabled(False)
        self._worker.run(work, self._written, self._action_refused)

    def _write(
        self,
        session: OperatorSession,
        shift: Shift,
        notes: str,
        voices: tuple[Attachment, ...],
    ) -> handoff_reads.Handed:
        """On the worker."""
        return handoff_reads.named(
            self._kiosk, self._kiosk.handoffs.write(session, shift, notes, voices)
        )

    def _written(self, handed: handoff_reads.Handed) -> None:
        self._show_banner(
            QCoreApplication.translate(
                "Handoff", "✓  Handed over. The incoming lead accepts it here with badge and PIN."
            )
        )
        self._show_handed(handed)

    def _write_new(self) -> None:
        self.banner.hide()
        self._show_write()

    # --- accepting -----------------------------------------------------------------------------
    def _accept(self, badge: str, pin: str) -> None:
        handed = self.handed
        if handed is None:
            return
        self._worker.run(
            partial(self._accept_on_worker, handed.view.id, badge, pin),
            self._accepted,
            self._accept_refused,
        )

    def _accept_on_worker(self, handoff_id: str, badge: str, pin: str) -> handoff_reads.Handed:
        view: HandoffView = self._kiosk.handoffs.accept(handoff_id, badge, pin)
        return handoff_reads.named(self._kiosk, view)

    def _accepted(self, handed: handoff_reads.Handed) -> None:
        self._show_banner(
            QCoreApplication.translate(
                "Handoff", "✓  Shift {shift_name} handed over and accepted."
            ).format(shift_name=handed.view.summary.shift_name)
        )
        self._show_handed(handed)

    def _accept_refused(self, error: KnownError) -> None:
        self.accept_form.refused(refusal_text(error))

    # --- exporting -----------------------------------------------------------------------------
    def _export(self) -> None:
        handed = self.handed
        if handed is None:
            return
        self.export_button.setEnabled(False)
        labels = handoff_labels(self.zone)  # the exporting lead's language, on this thread
        work = partial(handoff_reads.export_pdf, self._kiosk, handed, labels)
        self._worker.run(work, self._exported, self._action_refused)

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.exported = path
        self._show_banner(
            QCoreApplication.translate("Handoff", "✓  Saved as PDF: {path}").format(path=path)
        )

    # --- saying --------------------------------------------------------------------------------
    def _show_banner(self, words: str) -> None:
        self.banner.setText(words)
        self.banner.show()
        self.say("")

    def _action_refused(self, error: KnownError) -> None:
        self.hand_over.setEnabled(True)
        self.export_button.setEnabled(True)
        self.say(refusal_text(error))

    def _refused(self, error: KnownError) -> None:
        self.say(refusal_text(error))

    def say(self, message: str) -> None:
        self.message.setText(message)
        set_style_property(self.message, "role", "error-inline")
