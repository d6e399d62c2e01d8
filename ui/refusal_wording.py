"""A refused badge and PIN, said in the language shown (the login screen, signatures, gates).

harmony_kiosk words its refusals in English (the journal records the reason, not the words);
in English the screens show those words as they are, in another language they are said again
here from the refusal's reason, lock time and tries left.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from harmony_kiosk.errors import KnownError, LoginRefused
from ui.language import SOURCE_LANGUAGE, shown_language


def refusal_text(error: KnownError) -> str:
    if not isinstance(error, LoginRefused) or shown_language() == SOURCE_LANGUAGE:
        return error.message
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
