"""The PySide6 touch UI: screens, touch widgets and the composition root that wires the kiosk."""
