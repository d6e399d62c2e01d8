"""A refusal from harmony_kiosk (a KnownError) said in the language shown, on every screen.

harmony_kiosk words its refusals in English (the journal records the reason, not the words);
in English the screens show those words as they are, in another language they are said again
here: a refused badge and PIN from its reason, lock time and tries left, any other refusal from
its `code` and `params` (texts in ui/refusal_texts.py). A refusal with no known code is still
said calmly, never as a traceback.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QCoreApplication, QLocale

from harmony_kiosk.domain.operators import Role
from harmony_kiosk.errors import KnownError, LoginRefused
from ui.language import SOURCE_LANGUAGE, shown_language
from ui.refusal_texts import CONTEXT, FALLBACK, ROLES_JOIN, TEXTS
from ui.role_wording import role_name

log = logging.getLogger(__name__)


def refusal_text(error: KnownError) -> str:
    """What the screen says for `error`, in the language shown now."""
    if shown_language() == SOURCE_LANGUAGE:
        return error.message
    if isinstance(error, LoginRefused):
        return _login_text(error)
    if not error.code:  # raised by a screen in the language shown, or a message for IT
        return error.message
    template = TEXTS.get(error.code)
    if template is None:  # a newer code than this table: calm words, the English detail kept
        log.info("refusal without a translated wording (%r): %s", error.code, error.message)
        return QCoreApplication.translate(CONTEXT, FALLBACK).format(detail=error.message)
    counts = [value for value in error.params.values() if isinstance(value, int)]
    if "%n" in template and counts:  # the language's own plural forms ("1 decimal", "2 …")
        said = QCoreApplication.translate(CONTEXT, template, "", counts[0])
    else:
        said = QCoreApplication.translate(CONTEXT, template)
    try:
        return said.format(**_params_shown(error.params, shown_language()))
    except (KeyError, IndexError, ValueError):  # a translation naming a value the code lacks
        log.warning("refusal %r: its wording does not fit its values %r", error.code, error.params)
        return QCoreApplication.translate(CONTEXT, FALLBACK).format(detail=error.message)


def _params_shown(params: dict[str, str | int], language: str) -> dict[str, str]:
    """The refusal's values as the language shown writes them: numbers with its marks, roles,
    kinds and statuses by their names, a step or reason by its own title in that language."""
    shown: dict[str, str] = {}
    for key, given in params.items():
        value = params.get(f"{key}_{language}") or given
        if isinstance(value, int):
            shown[key] = QLocale().toString(value)
        elif key == "role":
            shown[key] = _role(value)
        elif key == "roles":
            names = [_role(role) for role in value.split(",") if role]
            joined = names[0] if names else ""
            for name in names[1:]:
                joined = QCoreApplication.translate(CONTEXT, ROLES_JOIN).format(
                    first=joined, second=name
                )
            shown[key] = joined
        elif key in ("kind", "status"):
            shown[key] = _exception_word(key, value)
        else:
            shown[key] = value
    return shown


def _exception_word(key: str, value: str) -> str:
    # The exception wording (and the domain behind it) loads only when a refusal names one:
    # the login screen words its refusals from this module before the first paint.
    from ui import exception_wording  # noqa: PLC0415

    named = exception_wording.kind_name if key == "kind" else exception_wording.status_name
    return named(value).lower()


def _role(value: str) -> str:
    try:
        return role_name(Role(value))
    except ValueError:
        return value


def _login_text(error: LoginRefused) -> str:
    minutes = max(1, math.ceil(error.locked_for_s / 60))
    if error.reason == "locked":
        return QCoreApplication.translate(
            "RefusalWording",
            "This badge is locked for %n minute(s) after too many wrong PINs.",
            "",
            minutes,
        )
    if error.reason == "inactive":
        return QCoreApplication.translate(
            "RefusalWording", "This badge is no longer active. Please see your team lead."
        )
    if error.locked_for_s:
        return QCoreApplication.translate(
            "RefusalWording",
            "Badge or PIN not recognised. This badge is now locked for %n minute(s).",
            "",
            minutes,
        )
    if error.tries_left:
        left = error.tries_left
        return QCoreApplication.translate(
            "RefusalWording", "Badge or PIN not recognised. %n try/tries left.", "", left
        )
    return QCoreApplication.translate("RefusalWording", "Scan your badge or type its number.")
