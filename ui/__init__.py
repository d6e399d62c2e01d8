"""The touch UI of the kiosk: PySide6 screens, touch widgets, and the composition root."""
