"""A spaCy component that ends a sentence after a lone capital letter and its full stop when
no name goes before it: "… wrote on X. Gunmen fired …", "… a plan B. Later, …".

The tokenizer keeps "X." whole, as an initial, and the parser then runs the two sentences
into one, so the next sentence's subject becomes an actor of the first. An initial follows a
capitalised name ("George W. Bush", "Gen. H. R. McMaster"); a letter after a lower-case word
is a name in its own right (a platform, a plan, a vitamin) that ends its sentence.

The same holds for a state's dotted initials closing a prepositional phrase ("… sold to the U.K.
Lopez said …", "… from the U.S. But …"): a new sentence starts when what follows
opens a clause (a conjunction, a pronoun, a determiner, or a name with a finite verb after
it), not when it names a body ("by the U.S. Treasury Department")."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from dossier.nlp.lines import insert_before_parser

COMPONENT = "dossier_letter_ends"
_LETTER = re.compile(r"[A-Z]\.")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# Tags of words that open a clause ("But", "If", "The", "He", "When", "There") and of finite verbs.
_OPENERS = frozenset({"CC", "IN", "DT", "PRP", "WRB", "WDT", "EX", "RB", "PRP$"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _ends_sentence(doc: Doc, token) -> bool:
    before = doc[token.i - 1]
    if _LETTER.fullmatch(token.text):
        return before.is_lower and before.is_alpha
    if not _INITIALS.fullmatch(token.text) or token.i < 2 or before.lower_ != "the" or \
            doc[token.i - 2].tag_ != "IN":
        return False
    following = doc[token.i + 1]
    if following.tag_ in _OPENERS:
        return True
    return following.tag_ == "NNP" and token.i + 2 < len(doc) and \
        doc[token.i + 2].tag_ in _FINITE


@Language.component(COMPONENT)
def split_after_letters(doc: Doc) -> Doc:
    """Start a sentence at a capitalised word after "<lower-case word> X." or after a
    state's initials closing a phrase when a clause opens ("sold to the U.K. Lopez said")."""
    for token in doc[1:-1]:
        if _ends_sentence(doc, token):
            following = doc[token.i + 1]
            if following.is_alpha and following.text[:1].isupper():
                following.is_sent_start = True
                # and the new sentence's first word is not one on its own: left free, the
                # parser cuts "Gunmen | fired …" after it
                if following.i + 1 < len(doc) and doc[following.i + 1].is_sent_start is None:
                    doc[following.i + 1].is_sent_start = False
    return doc


def add_letter_ends(nlp: Language) -> Language:
    return insert_before_parser(nlp, COMPONENT)
