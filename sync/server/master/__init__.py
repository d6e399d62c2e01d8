"""Master data: the plant, operators, instruction versions and work orders kiosks download."""
