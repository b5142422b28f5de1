"""dossier's errors. Each says what happened and what to do about it.

    DossierError            the root: catch this to catch everything dossier raises
    ├── ConfigError         a setting, settings file or knowledge-base file is wrong
    ├── InputError          an input file cannot be read as an article (names file and line)
    ├── ModelError          the spaCy pipeline named in the settings cannot be loaded
    └── StoreError          the database cannot be opened, migrated or written
"""

from __future__ import annotations


class DossierError(Exception):
    """Root of dossier's errors; ``str(error)`` is a message fit for a user."""

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        self.message = message
        self.fix = fix
        super().__init__(f"{message}\n  fix: {fix}" if fix else message)


class ConfigError(DossierError):
    """A setting, a settings file or a knowledge-base file is invalid."""


class InputError(DossierError):
    """An input cannot be read as an article."""

    def __init__(self, origin: str, reason: str, *, fix: str | None = None) -> None:
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}", fix=fix)


class ModelError(DossierError):
    """The spaCy pipeline cannot be loaded."""


class StoreError(DossierError):
    """The database cannot be opened, migrated or written."""
