"""Fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The team's shared development data (../shared); tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline (slow tier)."""
    from dossier.nlp import load_pipeline
    from dossier.settings import Settings

    return load_pipeline(Settings().spacy_model)
