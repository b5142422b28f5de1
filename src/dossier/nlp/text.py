"""A Doc's text, built once: spaCy's ``Doc.text`` joins every token's text on each access, and
the later stages ask for it per trigger and per verb (a quarter of their time went there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "dossier.text"  # a plain key: spaCy's extension attributes use tuple keys


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in the Doc's ``user_data`` after the first call (a Doc's text never
    changes: retokenizing keeps it)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
