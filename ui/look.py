"""The active look: which palette painted widgets draw with, and how much larger text is.

The stylesheet styles every widget it can; list rows, cards and charts are painted with
QPainter and read their colours and sizes here at paint time, so switching the theme (from the
maintenance menu, say) repaints them in the new colours without rebuilding a screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from ui.palettes import HIGH_CONTRAST, STANDARD, Palette

THEMES = {"standard": STANDARD, "high-contrast": HIGH_CONTRAST}
TEXT_SCALES = {"normal": 1.0, "large": 1.25}


@dataclass(frozen=True)
class Look:
    theme: str = "standard"
    text_size: str = "normal"

    def __post_init__(self) -> None:
        if self.theme not in THEMES:
            raise ValueError(f"unknown theme {self.theme!r} (one of {', '.join(THEMES)})")
        if self.text_size not in TEXT_SCALES:
            raise ValueError(f"unknown text size {self.text_size!r} ({', '.join(TEXT_SCALES)})")

    @property
    def palette(self) -> Palette:
        return THEMES[self.theme]

    @property
    def text_scale(self) -> float:
        return TEXT_SCALES[self.text_size]


# One look for the whole application, like the QApplication's stylesheet it goes with: set by
# ui.theme.apply, read by delegates while they paint (a delegate has no constructor argument
# path from the composition root, and a look change must reach every one at once).
_current = Look()


def current() -> Look:
    return _current


def use(look: Look) -> None:
    global _current  # noqa: PLW0603 (see the comment above _current)
    _current = look


def palette() -> Palette:
    return _current.palette


def scaled(px: int) -> int:
    """A painted size (a font's pixels, a row's height) in the current text size."""
    return round(px * _current.text_scale)
