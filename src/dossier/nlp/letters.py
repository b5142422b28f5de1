"""A spaCy component that ends a sentence after a lone capital letter and its full stop when
no name goes before it: "… posted on X. Militants attacked …", "… a plan B. Later, …".

The tokenizer keeps "X." whole, as an initial, and the parser then runs the two sentences
into one, so the next sentence's subject becomes an actor of the first. An initial follows a
capitalised name ("George W. Bush", "Gen. H. R. McMaster"); a letter after a lower-case word
is a name in its own right (a platform, a plan, a vitamin) that ends its sentence."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "dossier_letter_ends"
_LETTER = re.compile(r"[A-Z]\.")


@Language.component(COMPONENT)
def split_after_letters(doc: Doc) -> Doc:
    """Start a sentence at a capitalised word after "<lower-case word> X."."""
    for token in doc[1:-1]:
        if _LETTER.fullmatch(token.text) and doc[token.i - 1].is_lower and \
                doc[token.i - 1].is_alpha:
            following = doc[token.i + 1]
            if following.is_alpha and following.text[:1].isupper():
                following.is_sent_start = True
                # and the new sentence's first word is not one on its own: left free, the
                # parser cuts "Militants | attacked …" after it
                if following.i + 1 < len(doc) and doc[following.i + 1].is_sent_start is None:
                    doc[following.i + 1].is_sent_start = False
    return doc


def add_letter_ends(nlp: Language) -> Language:
    """Insert the component before the parser (or first, for a pipeline without one)."""
    if COMPONENT not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(COMPONENT, before="parser")
        else:
            nlp.add_pipe(COMPONENT, first=True)
    return nlp
