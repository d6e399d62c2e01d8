"""Shop-floor words and their kin: how "the belt is stuck" finds "conveyor jammed" from last month.

Text is folded (case, accents), crudely stemmed (English and Spanish endings) and mapped to a
concept: words of one group below share a concept. Both the index and the query use this, so a
lead's paraphrase meets the words a past case was written in.
"""

from __future__ import annotations

import re
import unicodedata

_GROUPS: tuple[tuple[str, ...], ...] = (
    (
        "jam",
        "jammed",
        "stuck",
        "blocked",
        "blockage",
        "wedged",
        "clog",
        "clogged",
        "atasco",
        "atascado",
        "trabado",
        "bloqueado",
    ),
    ("conveyor", "belt", "transfer", "chain", "roller", "banda", "transportador", "rodillo"),
    ("leak", "leaking", "drip", "dripping", "seep", "seeping", "fuga", "gotea", "goteo"),
    ("oil", "lubricant", "grease", "aceite", "grasa"),
    ("air", "pneumatic", "pressure", "compressed", "aire", "presion", "neumatico"),
    ("torque", "tightening", "nutrunner", "wrench", "driver", "atornillador", "apriete"),
    ("bolt", "screw", "fastener", "nut", "tornillo", "perno", "tuerca"),
    ("sensor", "photoeye", "prox", "proximity", "detector", "fotocelda"),
    (
        "noise",
        "noisy",
        "rattle",
        "squeal",
        "squeak",
        "grinding",
        "vibration",
        "ruido",
        "vibracion",
        "rechina",
    ),
    (
        "hot",
        "overheat",
        "overheating",
        "temperature",
        "heat",
        "caliente",
        "sobrecalentamiento",
        "temperatura",
    ),
    ("crack", "cracked", "fracture", "broken", "grieta", "roto", "fisura"),
    ("scratch", "scratched", "scuff", "mark", "dent", "rayon", "rayado", "golpe"),
    ("misaligned", "alignment", "offset", "crooked", "skewed", "desalineado", "chueco"),
    ("power", "outage", "trip", "tripped", "breaker", "electrical", "energia", "apagon"),
    ("label", "sticker", "etiqueta"),
    ("scanner", "scan", "barcode", "reader", "lector", "escaner"),
    ("gasket", "seal", "o-ring", "oring", "empaque", "sello"),
    ("missing", "shortage", "short", "empty", "out", "faltante", "falta", "vacio"),
    ("wrong", "incorrect", "mixed", "equivocado", "incorrecto"),
    ("motor", "drive", "servo", "gearmotor"),
    ("fixture", "jig", "nest", "clamp", "sujecion"),
    ("tool", "bit", "socket", "cutter", "herramienta", "dado"),
    ("calibration", "calibrate", "drift", "reading", "calibracion", "lectura"),
    ("plc", "hmi", "controller", "program", "fault", "alarm", "error", "alarma", "falla"),
    ("paint", "coating", "stripe", "pintura"),
    ("thread", "threads", "stripped", "cross-threaded", "rosca", "barrida"),
    ("burr", "flash", "sharp", "rebaba"),
    ("porosity", "pores", "void", "porosidad", "poro"),
    ("weight", "scale", "heavy", "light", "peso", "bascula"),
    ("pallet", "tote", "bin", "box", "carton", "tarima", "caja", "contenedor"),
    ("replace", "replaced", "swap", "swapped", "change", "changed", "reemplazo", "cambio"),
    ("adjust", "adjusted", "reset", "tune", "ajuste", "ajustar"),
    (
        "clean",
        "cleaned",
        "wipe",
        "debris",
        "dirt",
        "chips",
        "limpiar",
        "limpieza",
        "basura",
        "rebabas",
    ),
)
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "there",
        "again",
        "after",
        "before",
        "from",
        "by",
        "as",
        "not",
        "no",
        "yes",
        "we",
        "they",
        "he",
        "she",
        "i",
        "our",
        "line",
        "station",
        "shift",
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "y",
        "o",
        "de",
        "del",
        "en",
        "con",
        "por",
        "para",
        "es",
        "fue",
        "se",
        "no",
        "que",
        "otra",
        "vez",
        "al",
        "lo",
    ]
)
_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")
_ENDINGS = (
    "ings",
    "ing",
    "edly",
    "ed",
    "ies",
    "es",
    "s",
    "ando",
    "iendo",
    "ados",
    "adas",
    "ado",
    "ada",
    "idos",
    "ido",
    "ida",
)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


_GROUP_OF: dict[str, tuple[str, ...]] = {group[0]: group for group in _GROUPS}
_CONCEPT_OF: dict[str, str] = {}
for _group in _GROUPS:
    for _member in _group:
        _CONCEPT_OF.setdefault(stem(fold(_member)), _group[0])


def words(text: str) -> list[str]:
    """The meaningful words of a text, folded, without stop words."""
    return [w for w in _WORD.findall(fold(text)) if w not in _STOPWORDS and len(w) > 1]


def concepts(text: str) -> set[str]:
    """The concepts a text talks about: synonym groups, or the stem of an unknown word."""
    return {_CONCEPT_OF.get(stem(word), stem(word)) for word in words(text)}


def expansions(text: str) -> set[str]:
    """Every word that can stand for a concept of `text`: what to look for in the index."""
    found: set[str] = set()
    for concept in concepts(text):
        group = _GROUP_OF.get(concept, (concept,))
        found.update(fold(member) for member in group)
    return found
