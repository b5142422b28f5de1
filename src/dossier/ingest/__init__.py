"""STUB (ingest helper owns this): read inputs and clean them into Articles."""
