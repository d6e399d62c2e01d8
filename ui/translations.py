"""The translation files: .ts sources refreshed from the code, compiled to the .qm the kiosk loads.

    python -m ui.translations update   # new texts from ui/ into resources/translations/*.ts
    python -m ui.translations build    # .ts -> .qm (make translations, make setup, packaging)

`pyside6-lupdate` finds the texts (QCoreApplication.translate, QT_TRANSLATE_NOOP) but its Python
parser does not see the count passed to `translate(context, text, "", n)`, so every text holding
`%n` is made a plural (numerus) message here, and the translations already written are kept
(lupdate alone would drop the plural forms). English gets a file of its own with only those
plural texts: "%n order(s)" reads "1 order" / "2 orders".
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from harmony_kiosk import paths

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = paths.resources_dir() / "translations"
TARGETS = {"es": "es_ES", "en": "en_US"}  # the file's language -> the .ts language attribute
Key = tuple[str, str]  # (context, source)


@dataclass
class Message:
    source: str
    comment: str = ""
    translation: str = ""
    forms: list[str] = field(default_factory=list)

    @property
    def plural(self) -> bool:
        return "%n" in self.source


def _tool(name: str) -> str:
    """The PySide6 tools live next to the interpreter (the venv's bin/ or Scripts/)."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def read_ts(path: Path) -> dict[str, dict[Key, Message]]:
    """context -> (context, source) -> message, as written in `path` (empty if it is missing)."""
    found: dict[str, dict[Key, Message]] = {}
    if not path.exists():
        return found
    root = ET.parse(path).getroot()  # noqa: S314 - our own file from the repository
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            message = Message(element.findtext("source") or "", element.findtext("comment") or "")
            translation = element.find("translation")
            if translation is not None:
                message.forms = [form.text or "" for form in translation.iter("numerusform")]
                message.translation = "" if message.forms else (translation.text or "")
            found.setdefault(name, {})[(name, message.source)] = message
    return found


def write_ts(path: Path, language: str, contexts: dict[str, dict[Key, Message]]) -> None:
    root = ET.Element("TS", version="2.1", language=TARGETS[language])
    for name in sorted(contexts):
        if not contexts[name]:
            continue
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in sorted(contexts[name].values(), key=lambda m: m.source):
            element = ET.SubElement(context, "message")
            if message.plural:
                element.set("numerus", "yes")
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            translation = ET.SubElement(element, "translation")
            done = any(message.forms) if message.plural else bool(message.translation)
            if not done:
                translation.set("type", "unfinished")
            if message.plural:
                for form in message.forms or ["", ""]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = message.translation
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def extract() -> dict[str, dict[Key, Message]]:
    """Every text the code marks for translation, from a fresh lupdate run over ui/."""
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py") if "preview" not in p.name)
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        listing = Path(folder) / "files.lst"
        listing.write_text("\n".join(sources), "utf-8")
        subprocess.run(  # noqa: S603 - our own tool, our own arguments
            [_tool("pyside6-lupdate"), f"@{listing}", "-locations", "none", "-ts", str(fresh)],
            check=True,
            capture_output=True,
        )
        return read_ts(fresh)


def update() -> None:
    """Refresh both .ts files from the code, keeping every translation already written."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    fresh = extract()
    for language in TARGETS:
        path = TS_DIR / f"harmony_{language}.ts"
        old = {key: m for messages in read_ts(path).values() for key, m in messages.items()}
        merged: dict[str, dict[Key, Message]] = {}
        for name, messages in fresh.items():
            for key, message in messages.items():
                if language == "en" and not message.plural:
                    continue  # English reads its source texts; only plurals need forms
                kept = old.get(key)
                if kept is not None:
                    message.translation, message.forms = kept.translation, kept.forms
                merged.setdefault(name, {})[key] = message
        write_ts(path, language, merged)
        print(f"{path.relative_to(ROOT)}: {sum(map(len, merged.values()))} texts")  # noqa: T201


def build(out: Path | None = None, *, only_stale: bool = False) -> list[Path]:
    """Compile every .ts to its .qm (beside it, or into `out`); returns the .qm files.
    `only_stale`: leave a .qm newer than its .ts as it is (the test suite's start)."""
    made = []
    for path in sorted(TS_DIR.glob("harmony_*.ts")):
        target = (out or TS_DIR) / path.with_suffix(".qm").name
        made.append(target)
        if only_stale and target.exists() and target.stat().st_mtime >= path.stat().st_mtime:
            continue
        # Written aside, then renamed: a kiosk (or a test run) starting meanwhile reads a whole
        # file, the old or the new one.
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        subprocess.run(  # noqa: S603 - our own tool, our own arguments
            [_tool("pyside6-lrelease"), "-silent", str(path), "-qm", str(partial)],
            check=True,
        )
        partial.replace(target)
    return made


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        update()
        return 0
    if argv[1:] == ["build"]:
        for made in build():
            print(made.relative_to(ROOT))  # noqa: T201
        return 0
    print(__doc__, file=sys.stderr)  # noqa: T201
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
