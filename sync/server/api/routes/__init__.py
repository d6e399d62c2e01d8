"""One module per group of endpoints; each declares its router."""
