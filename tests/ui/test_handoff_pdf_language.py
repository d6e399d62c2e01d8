"""The printed handoff follows the language of the lead who exports it: Spanish headings, dates
and numbers for Ricardo; the English page (the command line's) is unchanged."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC

import pytest
from pytestqt.qtbot import QtBot

from harmony_kiosk.clock import ManualClock
from harmony_kiosk.services.handoff_summary import (
    DowntimeLine,
    ExceptionLine,
    HandoffSummary,
    JobLine,
    to_html,
)
from harmony_kiosk.services.kiosk import Kiosk
from tests.conftest import OPERATOR_EN, TEAM_LEAD
from tests.services.job_runner import run_whole_job
from tests.ui.conftest import Screenshots
from tests.ui.driving import log_in, settle, tap, wait_for_screen
from ui.handoff_labels import handoff_labels
from ui.language import UiLanguage
from ui.main_window import MainWindow
from ui.preview_seed import seed_stops
from ui.worker import Worker

SUMMARY = HandoffSummary(
    line_id="LINE1",
    shift_id="2026-11-25/A",
    shift_name="A",
    start="2026-11-25T06:00:00+00:00",
    end="2026-11-25T14:00:00+00:00",
    jobs=(JobLine("WO-26-1187", "GBX-200", 12500, 3, "completed", "10041"),),
    downtime=(DowntimeLine("Mecánico › Transportador", 95.2),),
    exceptions=(ExceptionLine("quality", "high", "Poro en la carcasa", "open", None, True),),
    nonconforming_steps=2,
    not_yet_sent=12000,
    oldest_not_sent="2026-11-25T13:05:00Z",
)


def test_a_spanish_leads_page_has_spanish_headings_dates_and_numbers(spanish: UiLanguage) -> None:
    page = to_html(SUMMARY, "", "Ricardo Mendoza (20014)", None, handoff_labels(UTC))
    assert "<h1>Entrega de turno · LINE1 · turno A</h1>" in page
    assert "mié 25 nov 2026 06:00 – mié 25 nov 2026 14:00 · escrita por Ricardo Mendoza" in page
    assert "Aún sin aceptar" in page
    assert "<th>Orden</th><th>Producto</th><th>Buenas</th><th>Desecho</th>" in page
    assert "<td>12.500</td>" in page and "<td>Terminado</td>" in page
    assert "<h2>Paros (95 min)</h2>" in page
    assert "<td>Calidad (Alta)</td>" in page and "Abierta" in page
    assert "decisiones en conflicto" in page
    assert "2 resultados de paso no conformes." in page
    assert (
        "12.000 registros aún sin enviar al servidor (el más antiguo del mié 25 nov 2026 13:05)"
        in page
    )
    assert "<h2>Notas</h2><p>Ninguna.</p>" in page
    for english in ("Shift handoff", "Jobs", "Downtime", "written by", "Not yet accepted"):
        assert english not in page


def test_the_command_lines_page_stays_english() -> None:
    page = to_html(SUMMARY, "", "Ricardo Mendoza (20014)", None)
    assert "<h1>Shift handoff · LINE1 · shift A</h1>" in page
    assert "2026-11-25T06:00:00+00:00 – 2026-11-25T14:00:00+00:00 · written by" in page
    assert "<td>12500</td>" in page and "<h2>Downtime (95 min)</h2>" in page
    assert "12000 records not yet sent to the server (oldest from 2026-11-25T13:05:00Z)" in page


def test_ricardo_exports_the_handoff_pdf_in_spanish(
    both_languages: None,
    qtbot: QtBot,
    window: MainWindow,
    worker: Worker,
    clock: ManualClock,
    opened_kiosk: Kiosk,
    shots: Screenshots,
) -> None:
    operator = opened_kiosk.auth.login(*OPERATOR_EN)
    run_whole_job(opened_kiosk, operator, good=3, scrap=1)
    seed_stops(opened_kiosk, clock, operator=operator)
    log_in(qtbot, window, worker, *TEAM_LEAD)
    assert window.language.current == "es"
    assert window.lead_pages is not None
    screen = window.lead_pages.handoff
    tap(qtbot, window.lead_pages.bar.handoff_button)
    wait_for_screen(qtbot, window, screen)
    settle(qtbot, worker)
    tap(qtbot, screen.hand_over)
    settle(qtbot, worker)
    tap(qtbot, screen.export_button)
    settle(qtbot, worker)
    pdf = screen.exported
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    shots.save(window, "handoff-exported-es")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the page itself is tested above")
    words = " ".join(
        subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Entrega de turno · LINE1 · turno A" in words
    assert "mié 25 nov 2026 06:00" in words
    assert "escrita por Ricardo Mendoza (20014)" in words and "Aún sin aceptar" in words
    assert "Trabajos" in words and "Buenas" in words and "Paros (" in words
    assert "Shift handoff" not in words and "written by" not in words
    assert "Not coded yet" not in words  # the stops no lead has coded yet, said in Spanish
