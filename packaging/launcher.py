"""The frozen bundle's entry point: the same `harmony-kiosk` command as the source's script."""

from __future__ import annotations

import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main())
