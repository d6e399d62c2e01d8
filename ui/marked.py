"""Marking English texts for translation where they are written (tables, constants).

`pyside6-lupdate` finds `QT_TRANSLATE_NOOP(context, text)` by its name; this one returns `str`
for mypy (PySide6's is typed `object`). The text is translated where it is shown, with
`QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: ARG001 - read by lupdate
    return source
