"""The export tests read one small real SQLite store (tests/support/exports_support.py)."""

from exports_support import store  # noqa: F401 - a fixture
