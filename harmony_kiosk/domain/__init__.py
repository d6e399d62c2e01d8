"""Plain dataclasses and rules of the shop floor; no database, no Qt, no network."""
