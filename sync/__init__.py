"""Syncing kiosks with the central server: the wire protocol, the client and the server."""
