"""Moving an exception through its lifecycle: each transition by the role allowed to make it."""

from __future__ import annotations

from typing import Any

from harmony_kiosk.domain.exception_merge import TRANSITIONS, MergedException, merge, roles_allowed
from harmony_kiosk.errors import InvalidEntry, NotAllowed, NotFound, RuleViolation
from harmony_kiosk.services.attachments import Attachment, Attachments
from harmony_kiosk.services.auth import OperatorSession
from harmony_kiosk.services.unit_of_work import UnitOfWork
from harmony_kiosk.store.exception_projection import events_of

MAX_TEXT = 2000


class ExceptionDecisions:
    """Acknowledge, contain, resolve (with a decision record), cancel, release a hold, settle."""

    def __init__(self, uow: UnitOfWork, attachments: Attachments) -> None:
        self._uow = uow
        self._attachments = attachments

    def detail(self, exception_id: str) -> MergedException:
        with self._uow.reading() as connection:
            known = events_of(connection, exception_id)
        if not known:
            raise NotFound("This exception is not on this kiosk.", code="exception.not_found")
        return merge(known)

    def acknowledge(
        self, session: OperatorSession, exception_id: str, note: str = ""
    ) -> MergedException:
        return self._record(
            session, exception_id, "exception.acknowledged", {"note": _text(note, "")}
        )

    def contain(self, session: OperatorSession, exception_id: str, action: str) -> MergedException:
        return self._record(
            session,
            exception_id,
            "exception.contained",
            {"action": _text(action, "the containment")},
        )

    def resolve(
        self,
        session: OperatorSession,
        exception_id: str,
        decision: str,
        rationale: str,
        alternatives: str = "",
        voice_note: Attachment | None = None,
    ) -> MergedException:
        payload = {
            "decision": _text(decision, "what was decided"),
            "rationale": _text(rationale, "why it was decided"),
            "alternatives": _text(alternatives, ""),
            "voice_note": voice_note.sha256 if voice_note else None,
        }
        return self._record(session, exception_id, "exception.resolved", payload, voice_note)

    def cancel(self, session: OperatorSession, exception_id: str, reason: str) -> MergedException:
        payload = {"reason": _text(reason, "why it is cancelled")}
        return self._record(session, exception_id, "exception.cancelled", payload)

    def release(
        self, session: OperatorSession, exception_id: str, note: str = ""
    ) -> MergedException:
        return self._record(session, exception_id, "exception.released", {"note": _text(note, "")})

    def settle(
        self, session: OperatorSession, exception_id: str, chosen_event_id: str, note: str = ""
    ) -> MergedException:
        merged = self.detail(exception_id)
        if chosen_event_id not in {d.event_id for d in merged.decisions}:
            raise InvalidEntry(
                "Choose one of the decisions recorded for this exception.",
                code="exception.settle_choice",
            )
        payload = {"chosen_event_id": chosen_event_id, "note": _text(note, "")}
        return self._record(session, exception_id, "exception.settled", payload)

    def _record(
        self,
        session: OperatorSession,
        exception_id: str,
        type_name: str,
        payload: dict[str, Any],
        attachment: Attachment | None = None,
    ) -> MergedException:
        with self._uow.action() as action:
            known = events_of(action.connection, exception_id)
            if not known:
                raise NotFound("This exception is not on this kiosk.", code="exception.not_found")
            merged = merge(known)
            allowed = roles_allowed(type_name, merged.kind)
            if not any(session.holds(role) for role in allowed):
                names = " or ".join(sorted(role.value.replace("_", " ") for role in allowed))
                article = "an" if merged.kind[0] in "aeiou" else "a"
                raise NotAllowed(
                    f"Only a {names} can do this for {article} {merged.kind} exception.",
                    code="exception.role",
                    params={
                        "roles": ",".join(sorted(role.value for role in allowed)),
                        "kind": merged.kind,
                    },
                )
            _check_state(merged, type_name)
            body = {"exception_id": exception_id, **{k: v for k, v in payload.items() if v}}
            if attachment is not None:
                self._attachments.register(action.connection, attachment)
            action.record(type_name, session.badge, body)
            return merge(events_of(action.connection, exception_id))


def _check_state(merged: MergedException, type_name: str) -> None:
    if type_name in TRANSITIONS:
        allowed_from, _ = TRANSITIONS[type_name]
        if merged.status not in allowed_from:
            raise RuleViolation(
                f"This exception is {merged.status.value}: that step is past.",
                code="exception.past",
                params={"status": merged.status.value},
            )
    elif type_name == "exception.released" and not merged.on_hold:
        raise RuleViolation("This exception holds no job.", code="exception.no_hold")
    elif type_name == "exception.settled" and not merged.conflict:
        raise RuleViolation(
            "There is nothing to settle: the decisions agree.", code="exception.agreed"
        )


# What _text asks for, by the stable code a screen words again in its own language.
_SAY = {
    "the containment": "exception.say_containment",
    "what was decided": "exception.say_decision",
    "why it was decided": "exception.say_rationale",
    "why it is cancelled": "exception.say_cancel",
}


def _text(value: str, what: str) -> str:
    text = value.strip()
    if what and not text:
        raise InvalidEntry(f"Say {what}.", code=_SAY[what])
    if len(text) > MAX_TEXT:
        raise InvalidEntry(
            f"Keep it under {MAX_TEXT} characters.",
            code="text.too_long",
            params={"max": MAX_TEXT},
        )
    return text
