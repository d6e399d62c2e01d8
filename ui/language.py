"""The language the kiosk shows: its Qt translator, and the locale of its dates and numbers.

The texts are English in the code (the source) and come out of Qt's translation system:
`resources/translations/harmony_<code>.ts` (in the repository) compiled to `.qm` by the build
(`make translations`, also part of `make setup` and of the packaging build). English has its own
`.qm` too, holding only the plural forms ("1 order", "2 orders") of the `%n` texts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

from harmony_kiosk import paths

log = logging.getLogger(__name__)
LANGUAGES = ("en", "es")  # what KioskSettings.language and an operator's language may name
SOURCE_LANGUAGE = "en"


def translations_dir() -> Path:
    """The compiled `.qm` files: in resources/ in a checkout, inside the bundle when frozen."""
    return paths.resources_dir() / "translations"


def shown_language() -> str:
    """The language the screens show now ("en", "es"): the locale UiLanguage set."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def qm_path(code: str) -> Path:
    return translations_dir() / f"harmony_{code}.qm"


class UiLanguage(QObject):
    """Installs the translator of one language at a time. Texts asked for afterwards
    (QCoreApplication.translate) come out in the new language, and so do dates and numbers
    (QLocale's default); screens that set their words when they were made are made again
    (ui/main_window.py, ui/screen_set.py)."""

    changed = Signal(str)

    def __init__(self, default: str = SOURCE_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.default = default if default in LANGUAGES else SOURCE_LANGUAGE
        self.current = ""
        self._translator: QTranslator | None = None

    def use(self, code: str | None) -> str:
        """Show `code` (None or a language the kiosk has no texts for: the default). Returns the
        language now shown."""
        base = (code or "").replace("_", "-").split("-")[0].lower()  # "es-MX" reads "es"
        wanted = base if base in LANGUAGES else self.default
        if wanted == self.current:
            return wanted
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("UiLanguage.use needs the QApplication")
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
        translator = QTranslator(self)
        path = qm_path(wanted)
        if translator.load(str(path)):
            app.installTranslator(translator)
            self._translator = translator
        else:
            # A checkout without `make translations`: the English source texts still read.
            log.warning("no compiled translation at %s: showing the source texts", path)
        QLocale.setDefault(QLocale(wanted))
        self.current = wanted
        log.info("the kiosk shows %s", wanted)
        self.changed.emit(wanted)
        return wanted

    def use_default(self) -> str:
        return self.use(self.default)

    def release(self) -> None:
        """Take this translator out (a window closing, a test ending); the locale goes back
        to English's."""
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        self._translator = None
        self.current = ""
        QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
