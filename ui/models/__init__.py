"""Qt item models that present service results to list views."""
