"""`make bench`: the kiosk's speed and memory figures, against baselines of the same run."""
