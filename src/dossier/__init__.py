"""dossier: evidence-backed event data from news articles.

The public API is the names in ``__all__``; each is imported on first use, so that
``import dossier`` stays cheap for tools that need only a part of it.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "Actor": "dossier.model",
    "ActorRef": "dossier.model",
    "Analysis": "dossier.model",
    "Article": "dossier.model",
    "ConfigError": "dossier.errors",
    "Database": "dossier.store",
    "DossierError": "dossier.errors",
    "Event": "dossier.model",
    "InputError": "dossier.errors",
    "Mention": "dossier.model",
    "ModelError": "dossier.errors",
    "Pipeline": "dossier.pipeline",
    "Settings": "dossier.settings",
    "Skipped": "dossier.model",
    "StoreError": "dossier.errors",
    "When": "dossier.model",
    "Where": "dossier.model",
    "evaluate_documents": "dossier.evaluation",
    "extract_records": "dossier.service",
    "ingest_paths": "dossier.service",
    "load_settings": "dossier.settings",
    "open": "dossier.exports.frames",
    "read_inputs": "dossier.ingest",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'dossier' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
