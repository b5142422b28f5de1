"""The public API is small, sorted and importable; changing it is a decision, not an accident."""

from __future__ import annotations

import dossier

PUBLIC = [
    "Actor", "ActorRef", "Analysis", "Article", "ConfigError", "Database", "DossierError",
    "Event", "InputError", "Mention", "ModelError", "Pipeline", "Settings", "Skipped",
    "StoreError", "When", "Where", "evaluate_documents", "extract_records", "ingest_paths", "load_settings",
    "open", "read_inputs",
]


def test_public_api_is_pinned():
    assert dossier.__all__ == PUBLIC


def test_public_api_names_all_resolve():
    for name in dossier.__all__:
        assert getattr(dossier, name) is not None


def test_public_api_rejects_unknown_names():
    try:
        dossier.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("an unknown attribute must raise AttributeError")
