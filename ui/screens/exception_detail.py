"""One exception: its context, history and decisions, and what the person logged in may do.

Only the actions the person's role allows in the exception's state are shown (ui.exception_
actions); the service checks again, and a refusal is said plainly. Words an action needs are
typed on the form page; Acknowledge needs none and is saved at once.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QStackedWidget, QWidget

from harmony_kiosk.clock import Clock
from harmony_kiosk.errors import KnownError
from ui.exception_actions import Action, allowed
from ui.exception_reads import ExceptionDetail, read_detail
from ui.marked import QT_TRANSLATE_NOOP
from ui.place import Place
from ui.refusal_wording import refusal_text
from ui.screens.frame import Screen
from ui.widgets.exception_alive import alive
from ui.widgets.exception_form import ActionForm, Ask
from ui.widgets.exception_overview import ExceptionOverview
from ui.widgets.exception_voice import VoiceSlot
from ui.widgets.touch import button, set_style_property, text
from ui.worker import Worker

if TYPE_CHECKING:  # services import SQLAlchemy: kept off the path to the first paint
    from collections.abc import Callable

    from harmony_kiosk.domain.exception_merge import MergedException
    from harmony_kiosk.services.auth import OperatorSession
    from harmony_kiosk.services.kiosk import Kiosk

# English source texts, translated where the buttons are made (QT_TRANSLATE_NOOP marks them).
LABELS = {
    Action.ACKNOWLEDGE: QT_TRANSLATE_NOOP("ExceptionDetail", "Acknowledge"),
    Action.CONTAIN: QT_TRANSLATE_NOOP("ExceptionDetail", "Contain…"),
    Action.CANCEL: QT_TRANSLATE_NOOP("ExceptionDetail", "Cancel it…"),
    Action.RESOLVE: QT_TRANSLATE_NOOP("ExceptionDetail", "Resolve…"),
    Action.RELEASE: QT_TRANSLATE_NOOP("ExceptionDetail", "Release the hold…"),
}
# The button drawn as the primary one: the furthest step the person may take.
_PRIMARY_ORDER = (Action.RELEASE, Action.RESOLVE, Action.CONTAIN, Action.ACKNOWLEDGE)
MAX_SETTLE_CHOICES = 3
_SAVE = {
    Action.CONTAIN: QT_TRANSLATE_NOOP("ExceptionDetail", "Save containment"),
    Action.CANCEL: QT_TRANSLATE_NOOP("ExceptionDetail", "Cancel the exception"),
    Action.RESOLVE: QT_TRANSLATE_NOOP("ExceptionDetail", "Save decision"),
    Action.RELEASE: QT_TRANSLATE_NOOP("ExceptionDetail", "Release the hold"),
    Action.SETTLE: QT_TRANSLATE_NOOP("ExceptionDetail", "Keep this decision"),
}


class ExceptionDetailScreen(Screen):
    closed = Signal()
    changed = Signal()  # an action was saved: the line's queue is out of date

    def __init__(
        self,
        worker: Worker,
        kiosk: Kiosk,
        place: Place,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(clock, place, parent)
        self.setObjectName("exception-detail")
        self._worker = worker
        self._kiosk = kiosk
        self._clock = clock
        self._place = place
        self._session: OperatorSession | None = None
        self._id: str | None = None
        self._detail: ExceptionDetail | None = None
        self._acting: Action | None = None
        self._chosen: str | None = None  # the decision a settle keeps
        self.header.set_place(
            QCoreApplication.translate("ExceptionDetail", "Exception"), place.subtitle
        )
        self.pages = QStackedWidget()
        self.overview = ExceptionOverview()
        self.form = ActionForm(VoiceSlot(kiosk.attachments, worker, kiosk.data_dir))
        self.pages.addWidget(self.overview)
        self.pages.addWidget(self.form)
        self.message = text("", "error-inline", name="detail-message")
        self.message.hide()
        self.body.addWidget(self.pages, 1)
        self.body.addWidget(self.message)
        self._build_actions()
        self._show_buttons([])  # none until the exception is read: nor do they widen the window

    def _build_actions(self) -> None:
        self.back_button = button(
            QCoreApplication.translate("ExceptionDetail", "←  Back"), height=88, name="detail-back"
        )
        self.back_button.setMinimumWidth(170)
        self.back_button.clicked.connect(self._back)
        self.action_row.addWidget(self.back_button)
        self.action_row.addStretch(1)
        self.buttons: dict[Action, QPushButton] = {}
        for action, label in LABELS.items():
            made = button(label, height=88, variant="action", name=f"detail-{action.name.lower()}")
            made.clicked.connect(partial(self._start, action))
            self.buttons[action] = made
            self.action_row.addWidget(made)
        self.settle_buttons: list[QPushButton] = []
        for number in range(MAX_SETTLE_CHOICES):
            made = button("", height=88, variant="action", name=f"detail-keep-{number}")
            made.clicked.connect(partial(self._settle, number))
            self.settle_buttons.append(made)
            self.action_row.addWidget(made)
        self.voice_button = button(
            QCoreApplication.translate("ExceptionDetail", "Voice note"),
            height=88,
            name="detail-voice",
        )
        self.voice_button.clicked.connect(self._toggle_voice)
        self.save_button = button(
            QCoreApplication.translate("ExceptionDetail", "Save"), primary=True, name="detail-save"
        )
        self.save_button.setMinimumWidth(300)
        self.save_button.clicked.connect(self._submit)
        self.action_row.addWidget(self.voice_button)
        self.action_row.addWidget(self.save_button)

    # --- showing -------------------------------------------------------------------------------
    def open(self, session: OperatorSession, exception_id: str) -> None:
        self._session, self._id, self._detail = session, exception_id, None
        self.set_person(session)
        self._say("")
        self.pages.setCurrentWidget(self.overview)
        self._show_buttons([])
        self.refresh()

    @property
    def detail(self) -> ExceptionDetail | None:
        return self._detail

    def refresh(self) -> None:
        exception_id, session = self._id, self._session
        if exception_id is None or session is None:
            return
        kiosk, language = self._kiosk, session.language
        self._worker.run(
            lambda: read_detail(kiosk, exception_id, language),
            self._read,
            self._refused,
            background=True,
        )

    def _read(self, detail: ExceptionDetail) -> None:
        if not alive(self):
            return
        self._detail = detail
        self.overview.show_detail(detail, self.zone, self._clock.now())
        if self.pages.currentWidget() is self.overview:
            self._show_buttons(self._allowed())

    def _allowed(self) -> list[Action]:
        if self._detail is None or self._session is None:
            return []
        return allowed(self._session, self._detail.merged)

    def _show_buttons(self, actions: list[Action]) -> None:
        """The overview's action bar: only what this person may do now."""
        on_form = self.pages.currentWidget() is self.form
        primary = next((a for a in _PRIMARY_ORDER if a in actions), None)
        for action, made in self.buttons.items():
            made.setVisible(not on_form and action in actions)
            set_style_property(made, "primary", action is primary)
        merged = self._detail.merged if self._detail else None
        choices = merged.decisions if merged and Action.SETTLE in actions and not on_form else ()
        for number, made in enumerate(self.settle_buttons):
            shown = number < len(choices)
            made.setVisible(shown)
            if shown:
                made.setText(
                    QCoreApplication.translate("ExceptionDetail", "Keep decision {value}").format(
                        value=number + 1
                    )
                )
        self.voice_button.setVisible(on_form and self.form.takes_voice)
        self.save_button.setVisible(on_form)
        self.back_button.setText(QCoreApplication.translate("ExceptionDetail", "←  Back"))

    # --- acting --------------------------------------------------------------------------------
    def _start(self, action: Action) -> None:
        if action is Action.ACKNOWLEDGE:
            self._call(Action.ACKNOWLEDGE, {})
            return
        self._acting, self._chosen = action, None
        if action is Action.CONTAIN:
            self.form.ask(
                QCoreApplication.translate(
                    "ExceptionDetail", "What was done so that it does no more harm?"
                ),
                [Ask("action", QCoreApplication.translate("ExceptionDetail", "Done"))],
            )
        elif action is Action.CANCEL:
            self.form.ask(
                QCoreApplication.translate("ExceptionDetail", "Why is this exception cancelled?"),
                [Ask("reason", QCoreApplication.translate("ExceptionDetail", "Reason"))],
            )
        elif action is Action.RELEASE:
            self.form.ask(
                QCoreApplication.translate(
                    "ExceptionDetail", "Release the hold: the job can go on."
                ),
                [
                    Ask(
                        "note",
                        QCoreApplication.translate(
                            "ExceptionDetail", "What was checked before releasing"
                        ),
                        required=False,
                    )
                ],
            )
        else:
            self.form.ask(
                QCoreApplication.translate(
                    "ExceptionDetail", "The decision record for “{about}”"
                ).format(about=self._about()),
                [
                    Ask(
                        "decision",
                        QCoreApplication.translate("ExceptionDetail", "What was decided"),
                    ),
                    Ask("rationale", QCoreApplication.translate("ExceptionDetail", "Why")),
                    Ask(
                        "alternatives",
                        QCoreApplication.translate("ExceptionDetail", "What else was considered"),
                        required=False,
                    ),
                ],
                voice=True,
            )
        self._show_form(action)

    def _about(self) -> str:
        raised = self._detail.raised if self._detail else {}
        return _short(
            str(
                raised.get("text")
                or QCoreApplication.translate("ExceptionDetail", "this exception")
            ),
            48,
        )

    def _settle(self, number: int) -> None:
        merged = self._detail.merged if self._detail else None
        if merged is None or number >= len(merged.decisions):
            return
        chosen = merged.decisions[number]
        self._acting, self._chosen = Action.SETTLE, chosen.event_id
        self.form.ask(
            QCoreApplication.translate(
                "ExceptionDetail", "Keep decision {value}, “{short}”, as the one that stands."
            ).format(value=number + 1, short=_short(chosen.decision, 48)),
            [
                Ask(
                    "note",
                    QCoreApplication.translate("ExceptionDetail", "Why this one"),
                    required=False,
                )
            ],
        )
        self._show_form(Action.SETTLE)

    def _show_form(self, action: Action) -> None:
        self.pages.setCurrentWidget(self.form)
        self.save_button.setText(QCoreApplication.translate("ExceptionDetail", _SAVE[action]))
        self._say("")
        self._show_buttons([])
        self._voice_label()

    def _toggle_voice(self) -> None:
        self.form.show_voice(on=not self.form.showing_voice())
        self._voice_label()

    def _voice_label(self) -> None:
        self.voice_button.setText(
            QCoreApplication.translate("ExceptionDetail", "Keyboard")
            if self.form.showing_voice()
            else QCoreApplication.translate("ExceptionDetail", "Voice note")
        )

    def _submit(self) -> None:
        action = self._acting
        if action is None:
            return
        if self.form.voice.pending():
            self._say(
                QCoreApplication.translate(
                    "ExceptionDetail", "Save or discard the voice note first."
                )
            )
            return
        self._call(action, self.form.values())

    def _call(self, action: Action, said: dict[str, str]) -> None:
        session, exception_id = self._session, self._id
        if session is None or exception_id is None:
            return
        decisions, chosen, note = self._kiosk.decisions, self._chosen, self.form.voice.attachment
        calls: dict[Action, Callable[[], MergedException]] = {
            Action.ACKNOWLEDGE: lambda: decisions.acknowledge(session, exception_id),
            Action.CONTAIN: lambda: decisions.contain(session, exception_id, said["action"]),
            Action.CANCEL: lambda: decisions.cancel(session, exception_id, said["reason"]),
            Action.RESOLVE: lambda: decisions.resolve(
                session,
                exception_id,
                said["decision"],
                said["rationale"],
                said["alternatives"],
                note,
            ),
            Action.RELEASE: lambda: decisions.release(session, exception_id, said["note"]),
            Action.SETTLE: lambda: decisions.settle(
                session, exception_id, chosen or "", said["note"]
            ),
        }
        self._set_busy(busy=True)
        self._worker.run(calls[action], self._done, self._refused)

    def _done(self, _merged: MergedException) -> None:
        self._set_busy(busy=False)
        self._acting = None
        self.pages.setCurrentWidget(self.overview)
        self._say(QCoreApplication.translate("ExceptionDetail", "✓  Saved"), success=True)
        self.changed.emit()
        self.refresh()

    def _refused(self, error: KnownError) -> None:
        self._set_busy(busy=False)
        self._say(refusal_text(error))
        if self.pages.currentWidget() is self.overview:
            self.refresh()  # the state may have moved on (another kiosk)

    def _back(self) -> None:
        if self.pages.currentWidget() is self.form:
            self._acting = None
            self.pages.setCurrentWidget(self.overview)
            self._say("")
            self._show_buttons(self._allowed())
            return
        self.closed.emit()

    def _set_busy(self, *, busy: bool) -> None:
        for made in (self.save_button, self.back_button, *self.buttons.values()):
            made.setEnabled(not busy)
        for made in self.settle_buttons:
            made.setEnabled(not busy)

    def _say(self, message: str, *, success: bool = False) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))
        set_style_property(self.message, "role", "success-inline" if success else "error-inline")


def _short(words: str, limit: int = 24) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"
