"""A spaCy component that starts a sentence after every line break.

The cleaned text puts the headline, each paragraph and each bullet on lines of their own;
the statistical parser, which never saw such layout, runs a headline into the lead sentence
("…Drone Technology AFP A Russian delegation visited …"), and every later stage then reads
one false sentence. Sentence starts set before the parser are kept by it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "dossier_line_breaks"


@Language.component(COMPONENT)
def split_at_line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after a blank line, and after a single line break
    unless the next line opens in lower case (a sentence wrapped by hand goes on)."""
    breaks = 0
    for token in doc[1:]:
        if token.is_space:
            breaks += token.text.count("\n")
            continue
        if breaks >= 2 or (breaks == 1 and not token.text[:1].islower()):
            token.is_sent_start = True
            # and the line's first word is no sentence on its own: left free, the parser
            # cuts "Pakistan | said Sunday …" after a headline
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if token.is_alpha and following is not None and not following.is_space \
                    and following.is_sent_start is None:
                following.is_sent_start = False
        breaks = 0
    return doc


def add_line_breaks(nlp: Language) -> Language:
    return insert_before_parser(nlp, COMPONENT)


def insert_before_parser(nlp: Language, component: str) -> Language:
    """Insert a sentence-start component once, before the parser (or first, for a pipeline
    without one): the parser keeps the starts it is given."""
    if component not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(component, before="parser")
        else:
            nlp.add_pipe(component, first=True)
    return nlp
