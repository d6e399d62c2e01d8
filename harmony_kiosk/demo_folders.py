"""Where demo folders live and which one is current (paths only: cheap to import at start-up)."""

from __future__ import annotations

from pathlib import Path

POINTER = "CURRENT"


def demo_base(data_root: Path) -> Path:
    return data_root / "demo"


def current_demo(data_root: Path) -> Path | None:
    """The demo folder in use, if one was made."""
    pointer = demo_base(data_root) / POINTER
    if not pointer.exists():
        return None
    folder = demo_base(data_root) / pointer.read_text(encoding="utf-8").strip()
    return folder if folder.is_dir() else None
