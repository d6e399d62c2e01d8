"""Every refusal harmony_kiosk can send to a screen has a stable code, an English source in
ui/refusal_texts.py and a Spanish translation; a Spanish operator reads that, an English one the
service's own words, and an unknown code is still said calmly."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from harmony_kiosk.errors import InvalidEntry, KnownError, NotAllowed, RuleViolation
from ui.language import UiLanguage
from ui.refusal_texts import CONTEXT, TEXTS
from ui.refusal_wording import refusal_text
from ui.translations import TS_DIR, read_ts

ROOT = Path(__file__).resolve().parents[2]
# Where the refusals a screen can show are raised. Left out on purpose: the command line and
# start-up files (cli.py, settings, seed, plant files, demo reset), which speak to IT in English.
SHOWN_FROM = [
    *sorted((ROOT / "harmony_kiosk" / "services").glob("*.py")),
    *sorted((ROOT / "harmony_kiosk" / "domain").glob("*.py")),
    ROOT / "harmony_kiosk" / "disk_space.py",
    ROOT / "sync" / "client" / "enrol.py",
    ROOT / "sync" / "client" / "connect.py",
]
NOT_SHOWN = {"demo.py"}  # the demo reset is a command (harmony-kiosk demo --reset)
REFUSALS = {
    "KnownError",
    "InvalidEntry",
    "RuleViolation",
    "NotAllowed",
    "NotFound",
    "DiskFull",
    "DiskUnreadable",
}


def _raised() -> list[tuple[str, int, ast.expr | None]]:
    """(file, line, the code= expression or None) of every refusal raised where screens see it."""
    found: list[tuple[str, int, ast.expr | None]] = []
    for path in SHOWN_FROM:
        if path.name in NOT_SHOWN:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
                continue
            called = node.exc.func
            if isinstance(called, ast.Name) and called.id in REFUSALS:
                code = next((k.value for k in node.exc.keywords if k.arg == "code"), None)
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.lineno, code))
    return found


def _codes(expression: ast.expr) -> list[str]:
    """The codes an expression can give: a literal, either side of `a if c else b`, or the
    fixed start of an f-string (lead_only.{what}) standing for every code that starts so."""
    if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
        return [expression.value]
    if isinstance(expression, ast.IfExp):
        return _codes(expression.body) + _codes(expression.orelse)
    if isinstance(expression, ast.JoinedStr):
        first = expression.values[0]
        assert isinstance(first, ast.Constant)
        starts = [code for code in TEXTS if code.startswith(str(first.value))]
        assert starts, f"no text starts with {first.value!r}"
        return starts
    if isinstance(expression, ast.Subscript):  # _SAY[what]: every value of that table
        return [code for code in TEXTS if code.startswith("exception.say_")]
    if isinstance(expression, ast.Name):  # code = f"…" just above: checked where it is made
        return []
    raise AssertionError(f"a code the test cannot read: {ast.dump(expression)}")


def test_every_refusal_a_screen_can_show_carries_a_code_with_a_text() -> None:
    raised = _raised()
    assert len(raised) > 60  # the scan finds them (a renamed folder would find none)
    assert [where for where, _, code in raised if code is None] == []
    codes = {code for _, _, expression in raised if expression for code in _codes(expression)}
    assert codes - set(TEXTS) == set()
    # and the table holds nothing that is never raised (a code renamed on one side only)
    assert set(TEXTS) - codes == set()


def test_every_refusal_text_has_its_spanish_translation() -> None:
    messages = read_ts(TS_DIR / "harmony_es.ts").get(CONTEXT, {})
    missing = []
    for source in TEXTS.values():
        message = messages.get((CONTEXT, source))
        translated = message and (message.translation or all(message.forms))
        if not translated:
            missing.append(source)
    assert missing == []


def _filled(template: str) -> dict[str, str | int]:
    names = {field for _, field, _, _ in string.Formatter().parse(template) if field}
    return {name: 3 if name in {"number", "max", "total", "remaining"} else "X-7" for name in names}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_a_spanish_operator_reads_each_refusal_in_spanish(spanish: UiLanguage, code: str) -> None:
    params = _filled(TEXTS[code])
    if "%n" in TEXTS[code]:
        params["decimals"] = 2
    english = "The service's English sentence."
    said = refusal_text(KnownError(english, code=code, params=params))
    assert said != english
    if "%n" not in TEXTS[code]:
        assert said != TEXTS[code].format(**params)  # not the English source either
    assert "{" not in said and "%n" not in said
    if any(isinstance(value, str) for value in params.values()):
        assert "x-7" in said.casefold()  # the refusal's own values are in the sentence


def test_an_english_operator_reads_the_services_own_words() -> None:
    error = RuleViolation(
        "This job is on quality hold until quality releases it.", code="job.on_hold"
    )
    assert refusal_text(error) == "This job is on quality hold until quality releases it."


def test_values_are_written_the_spanish_way(spanish: UiLanguage) -> None:
    too_many = InvalidEntry(
        "Good and scrap add up to 12000, more than the 11500 left on this order.",
        code="counts.too_many",
        params={"total": 12000, "remaining": 11500},
    )
    assert refusal_text(too_many) == (
        "Buenas y desecho suman 12.000, más que las 11.500 que faltan en esta orden."
    )
    by_role = NotAllowed(
        "Only a quality or supervisor can do this for a quality exception.",
        code="exception.role",
        params={"roles": "quality,supervisor", "kind": "quality"},
    )
    assert refusal_text(by_role) == (
        "Solo Calidad o Supervisor puede hacer esto en una excepción de calidad."
    )
    step = RuleViolation(
        "Step 3 “Torque the cover” is required and cannot be skipped.",
        code="step.required",
        params={"title": "Torque the cover", "title_es": "Apriete la tapa", "number": 3},
    )
    assert refusal_text(step) == "El paso 3 “Apriete la tapa” es obligatorio y no se puede omitir."


def test_a_refusal_the_table_does_not_know_is_said_calmly(
    spanish: UiLanguage, caplog: pytest.LogCaptureFixture
) -> None:
    newer = RuleViolation("A rule from a newer kiosk.", code="rule.from_the_future")
    assert refusal_text(newer) == "Esto no se puede hacer ahora. (A rule from a newer kiosk.)"
    # a screen's own refusal has no code: it is in the language shown already
    assert (
        refusal_text(InvalidEntry("“x” no es un número entero.")) == "“x” no es un número entero."
    )
    # a translation that names a value the refusal lacks: calm words, never a KeyError
    assert refusal_text(KnownError("No values.", code="scan.invalid")) == (
        "Esto no se puede hacer ahora. (No values.)"
    )
