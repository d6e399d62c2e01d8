"""The downtime reason tree: up to three levels, reached by touch in three taps, or by search."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

MAX_DEPTH = 3


@dataclass(frozen=True)
class ReasonCode:
    code: str
    label: str
    parent: str | None = None
    label_es: str | None = None
    planned: bool = False  # planned stops (breaks, changeovers on plan) are not losses
    needs_note: bool = False  # "other": a text or a voice note must say what it was

    def label_in(self, language: str) -> str:
        return self.label_es if language == "es" and self.label_es else self.label


class ReasonTreeError(ValueError):
    """A reason tree that breaks the rules (unknown parent, too deep, duplicate code)."""


def _folded(text: str) -> str:
    """Lower case without accents, so "electrico" finds "Eléctrico"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class ReasonTree:
    """The codes of one plant, checked once and navigated by code."""

    def __init__(self, codes: Iterable[ReasonCode]) -> None:
        self._codes: dict[str, ReasonCode] = {}
        for reason in codes:
            if reason.code in self._codes:
                raise ReasonTreeError(f"reason code {reason.code!r} appears twice")
            self._codes[reason.code] = reason
        for reason in self._codes.values():
            if reason.parent is not None and reason.parent not in self._codes:
                raise ReasonTreeError(f"{reason.code}: no parent {reason.parent!r}")
            if len(self.path_to(reason.code)) > MAX_DEPTH:
                raise ReasonTreeError(f"{reason.code}: deeper than {MAX_DEPTH} levels")

    def __len__(self) -> int:
        return len(self._codes)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def get(self, code: str) -> ReasonCode:
        return self._codes[code]

    def top_level(self) -> list[ReasonCode]:
        return [r for r in self._codes.values() if r.parent is None]

    def children(self, code: str) -> list[ReasonCode]:
        return [r for r in self._codes.values() if r.parent == code]

    def is_leaf(self, code: str) -> bool:
        return not self.children(code)

    def path_to(self, code: str) -> tuple[ReasonCode, ...]:
        """The codes from the top level down to `code`."""
        path: list[ReasonCode] = []
        current: str | None = code
        while current is not None:
            reason = self._codes[current]
            if reason in path:
                raise ReasonTreeError(f"{code}: its parents form a loop")
            path.append(reason)
            current = reason.parent
        return tuple(reversed(path))

    def path_text(self, code: str, language: str = "en") -> str:
        return " › ".join(r.label_in(language) for r in self.path_to(code))

    def search(self, text: str, language: str = "en") -> list[ReasonCode]:
        """Leaf codes whose path contains every word typed (accents and case ignored)."""
        words = _folded(text).split()
        if not words:
            return []
        found = []
        for reason in self._codes.values():
            if not self.is_leaf(reason.code):
                continue
            haystack = _folded(
                " ".join(
                    [reason.code]
                    + [r.label for r in self.path_to(reason.code)]
                    + [r.label_es or "" for r in self.path_to(reason.code)]
                )
            )
            if all(word in haystack for word in words):
                found.append(reason)
        return sorted(found, key=lambda r: self.path_text(r.code, language))
