"""Tests of the sync packages: protocol, client and server."""
