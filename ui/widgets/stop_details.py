"""The selected stop, spelled out beside the list: when, where, why, and who coded it."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.downtime_wording import span_text
from ui.models.stops_model import reason_words
from ui.widgets.touch import button, text
from ui.widgets.voice_notes import VoiceNoteFile, VoiceNotes

if TYPE_CHECKING:
    from harmony_kiosk.domain.reasons import ReasonTree
    from harmony_kiosk.services.downtime import DowntimeView


class StopDetails(QFrame):
    """A card: span, reason, planned or not, equipment, note, voice note, coded by; for a lead,
    a button to name the equipment (`name_equipment` asks for the picker)."""

    name_equipment = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stop-details")
        self.setProperty("role", "card")
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(8)
        self.span = text("", "card-title", name="details-span")
        column.addWidget(self.span)
        self.reason = text("", "lead-strong", name="details-reason")
        column.addWidget(self.reason)
        self.facts = text("", "detail", name="details-facts")
        column.addWidget(self.facts)
        self.note = text("", "detail", name="details-note")
        column.addWidget(self.note)
        # Plays the stop's voice note, or says it is not on this kiosk yet.
        self.voice = VoiceNotes(framed=False)
        column.addWidget(self.voice)
        self.equipment_button = button("", height=72, name="details-equipment")
        self.equipment_button.clicked.connect(self.name_equipment)
        column.addWidget(self.equipment_button)
        column.addStretch(1)
        self.who = text("", "caption", name="details-who")
        column.addWidget(self.who)

    def show_stop(
        self,
        stop: DowntimeView | None,
        tree: ReasonTree | None,
        language: str,
        zone: tzinfo | None,
        who_codes: str | None,
    ) -> None:
        """`who_codes`: said instead of the code actions to someone who may not code."""
        self.setVisible(stop is not None)
        if stop is None:
            return
        self.span.setText(span_text(stop, zone))
        self.reason.setText(reason_words(stop, tree, language))
        facts = [
            QCoreApplication.translate("StopDetails", "Station {station_id}").format(
                station_id=stop.station_id
            )
        ]
        if stop.equipment:
            facts.append(
                QCoreApplication.translate("StopDetails", "Equipment: {equipment}").format(
                    equipment=stop.equipment_in(language)
                )
            )
        if stop.reason_code is not None:
            facts.append(
                QCoreApplication.translate("StopDetails", "Counts as a planned stop")
                if stop.planned
                else QCoreApplication.translate("StopDetails", "Counts as a loss")
            )
        if stop.split_from:
            facts.append(QCoreApplication.translate("StopDetails", "Split from a longer stop"))
        if stop.voice_note:
            facts.append(QCoreApplication.translate("StopDetails", "🎤 Voice note attached"))
        self.facts.setText("\n".join(facts))
        self.note.setText(f"“{stop.note}”" if stop.note else "")
        self.note.setVisible(bool(stop.note))
        coded = (
            QCoreApplication.translate("StopDetails", "Coded by badge {coded_by}").format(
                coded_by=stop.coded_by
            )
            if stop.coded_by
            else ""
        )
        if stop.running:
            coded = QCoreApplication.translate(
                "StopDetails", "Still stopped: it can be coded once the station runs again."
            )
        elif who_codes and (stop.needs_code or stop.reason_code is None):
            coded = who_codes
        self.who.setText(coded)
        self.who.setVisible(bool(coded))
        # Leads only (the service checks again): `who_codes` is said to everyone else.
        self.equipment_button.setVisible(who_codes is None)
        self.equipment_button.setText(
            self.tr("Change the equipment…") if stop.equipment else self.tr("Name the equipment…")
        )

    def show_voice_note(self, note: VoiceNoteFile | None) -> None:
        """The selected stop's voice note (read on the worker with the stops), if it has one."""
        self.voice.show_notes([note] if note is not None else [])
