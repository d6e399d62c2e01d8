"""Finding English left on a Spanish screen: the texts a screen shows (labels, buttons,
placeholders, accessible names, painted rows) checked against the catalogue's English sources
and a list of English-only words, the plant's own names and typed content set aside."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from harmony_kiosk.paths import demo_plant_dir
from ui import preview
from ui.translations import TS_DIR, read_ts

# Texts the same in both languages: not a missed translation. Kept short, each with its reason.
SAME_IN_BOTH = {
    "PIN",  # the word Spanish-speaking plants use
    "Material",  # exception kind: the same word
    "Supervisor",  # role: the same word
    "NOMINAL",  # the same word
    "min",  # the unit
    "OK",  # the keypad's key, read the same on every plant floor
    "Harmony Kiosk",  # the product's name
}
# Words that only English has: one of them in a Spanish screen is a text nobody translated.
ENGLISH_WORDS = {
    "the", "and", "your", "you", "is", "are", "this", "with", "for", "from", "what", "was",
    "not", "step", "stop", "stops", "shift", "save", "cancel", "back", "next", "done", "home",
    "log", "scan", "badge", "order", "orders", "job", "work", "exception", "exceptions",
    "voice", "note", "start", "resume", "pause", "skip", "sign", "record", "play", "again",
    "waiting", "saved", "sent", "today", "raised", "open", "check", "measured", "limits",
    "none", "yet", "reason", "code", "coded", "split", "handoff", "board", "refresh", "photo",
    "of", "in", "by", "at", "performed", "verified", "approved", "signing", "signed", "good",
    "measurement", "instruction", "confirm", "quality", "safety", "equipment", "critical", "high",
    "low", "medium", "operator", "team", "lead", "scrap", "due", "left", "minutes", "days",
    "offline", "online", "stuck", "revoked", "enrolled", "server", "kiosk", "station", "stopped",
    "running", "planned", "unplanned", "loss", "notes", "optional", "pass", "fail", "read",
}  # fmt: skip


# --- what a screen shows ---------------------------------------------------------------------
def shown_texts(root: QWidget) -> list[str]:
    """Every text a person can read on `root` now: labels, buttons, placeholders, accessible
    names, and the rows painted from item models (their display and custom roles)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            shown = _plain(widget.text())
            # A clamped text ends in "…" and keeps the whole of it in its tooltip.
            found.append(widget.toolTip() if shown.endswith("…") and widget.toolTip() else shown)
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found.extend(_model_texts(widget))
        found.extend((widget.accessibleName(), widget.accessibleDescription()))
    return [text.strip() for text in found if text and text.strip()]


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text) if "<" in text else text


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole]
    roles += [Qt.ItemDataRole.UserRole + n for n in range(1, 16)]
    found = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        found.extend(str(v) for v in (index.data(r) for r in roles) if isinstance(v, str))
    return found


# --- which texts are English ------------------------------------------------------------------
def _pattern(source: str) -> re.Pattern[str] | None:
    """The English source text as a pattern: placeholders and counts match anything."""
    words = re.sub(r"\{[^}]*\}|%n", "", source)
    if not re.search(r"[A-Za-z]{4,}", words):
        # Only placeholders and short words ("{remaining} of {quantity}"): as a pattern it
        # would match any text holding " of "; the English words below catch it instead.
        return None
    parts = re.split(r"(\{[^}]*\}|%n)", source)
    body = "".join(".+?" if re.fullmatch(r"\{[^}]*\}|%n", p) else re.escape(p) for p in parts)
    return re.compile(rf"\s*{body}\s*", re.DOTALL)


def english_sources() -> list[re.Pattern[str]]:
    """Every English text of the catalogue whose Spanish differs from it."""
    patterns = []
    for messages in read_ts(TS_DIR / "harmony_es.ts").values():
        for message in messages.values():
            spanish = message.forms or [message.translation]
            if message.source in SAME_IN_BOTH or message.source in spanish:
                continue
            made = _pattern(message.source)
            if made is not None:
                patterns.append(made)
    return patterns


def plant_data() -> set[str]:
    """Names the plant gives (lines, stations, products, reasons, instructions, people) and
    what its people typed in the demo: content, in the words its authors chose."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in demo_plant_dir().rglob("*.toml"):
        walk(tomllib.loads(path.read_text("utf-8")))
    # What people typed in the preview's seed (notes, descriptions, decisions): content too.
    for module in ("preview_exceptions.py", "preview_lead.py", "preview_seed.py"):
        source = (Path(preview.__file__).parent / module).read_text("utf-8")
        found.update(re.findall(r'"([^"\n]{12,})"', source))
    found.add("file is not a database")  # SQLite's own words, quoted for IT on the message
    # Instruction texts are rich text: compared as a label shows them, without the markup.
    return {" ".join(_plain(text).split()) for text in found if len(text) > 3}


def untranslated(texts: list[str], sources: list[re.Pattern[str]], content: set[str]) -> list[str]:
    """The texts that are an English source text, or that hold an English-only word once the
    plant's own names and typed content are taken out."""
    wrong = []
    for text in texts:
        if text in SAME_IN_BOTH:
            continue
        if any(pattern.fullmatch(text) for pattern in sources):
            wrong.append(text)
            continue
        rest = " ".join(text.split())  # a clamped text wraps with line breaks of its own
        for known in sorted(content, key=len, reverse=True):
            rest = rest.replace(" ".join(known.split()), " ")
        rest = re.sub(r"\S+-\S+|/\S+", " ", rest)  # commands, paths: harmony-kiosk demo
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", rest)}
        if words & ENGLISH_WORDS:
            wrong.append(text)
    return wrong
