"""Texts longer than one parse: cut at paragraph or sentence ends, parsed piece by piece and
joined back into one Doc over the whole text.

spaCy refuses a text over ``nlp.max_length`` (a million characters) because the parser's
memory grows with it; a book-length article must still be read, and no sentence should be
cut where a smaller piece would do.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

PIECE_CHARS = 100_000  # well under spaCy's limit; about a second of parsing each
# where to cut, best first: a blank line, a line end, a sentence end, any space
_BREAKS = (re.compile(r"\n\s*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"”’)]*\s+"),
           re.compile(r"\s+"))


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` characters (a run without
    any space may be cut anywhere); joined, they give ``text`` back."""
    out, at = [], 0
    while len(text) - at > size:
        window = text[at:at + size]
        cut = next((m.end() for pattern in _BREAKS
                    for m in reversed(list(pattern.finditer(window, size // 2)))), size)
        out.append(text[at:at + cut])
        at += cut
    if at < len(text):
        out.append(text[at:])
    return out


def parse_long(nlp: Language, text: str, size: int = PIECE_CHARS) -> Doc:
    """One Doc over ``text`` whose annotations come from parsing it in pieces."""
    docs = list(nlp.pipe(pieces(text, size)))
    # each piece but the last ends in a space, so joining adds none: offsets stay the text's
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text, "pieces rejoin to the text"
    return doc
