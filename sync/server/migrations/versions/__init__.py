"""One file per schema revision of the server's database."""
