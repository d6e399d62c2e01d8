"""The printable handoff page (handoff_summary.to_html) as an A4 PDF in the data folder.

Runs on the worker: QTextDocument lays the HTML out and QPdfWriter paints it, both away from the
GUI thread (Qt allows painting on a QPdfWriter from any thread). Written to a temporary name and
renamed, so a half-written PDF never carries the final name.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

EXPORTS = "exports"
PAGE_STYLE = (
    "body { font-family: Inter; font-size: 10pt; }"
    "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 12px; }"
    "table { border-collapse: collapse; } th { background: #E2E8F0; text-align: left; }"
)


def exports_dir(data_dir: Path) -> Path:
    return data_dir / EXPORTS


def write_pdf(page_html: str, path: Path, title: str) -> Path:
    """Render `page_html` onto A4 pages at `path`; returns it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Harmony Kiosk")
    document = QTextDocument()
    font = QFont("Inter")
    font.setPointSize(10)
    # Inter's contextual alternates (a hyphen or colon between digits) are glyphs without a
    # Unicode mapping in the PDF: the page looked right but "WO-26-1187" could not be found.
    font.setFeature(QFont.Tag("calt"), 0)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(PAGE_STYLE)
    document.setHtml(page_html)
    document.print_(writer)
    del writer  # the file is complete and closed once the writer is gone
    with partial.open("rb") as done:
        os.fsync(done.fileno())
    partial.replace(path)
    return path
