"""The central server: ingest, master data, enrolment and the admin command line."""
