"""English words in headlines: which capitalised words are ordinary English, and which lines are
title-case headlines. Shared by the headline parse (``nlp.headlines``) and the actor stage's
filters for the small model's NER mistakes (``actors.headline``).

The English word lists are the WordNet lemma index an installed English spaCy pipeline ships
with its rule lemmatizer (nothing is downloaded); without it ``common_word`` is always False.
"""

from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)

_MIN_HEADLINE_WORDS = 3
_HEADLINE_SHARE = 0.85


@lru_cache(maxsize=1)
def _word_index() -> dict[str, frozenset[str]]:
    """{"verb"|"adj"|"noun": lemmas} from the model's lemmatizer lookups, or {} if absent."""
    try:
        import spacy
        from spacy.lookups import Lookups
        # Any installed English pipeline with a rule lemmatizer ships the same WordNet index.
        english = [name for name in sorted(spacy.util.get_installed_models()) if name.startswith("en_")]
        files = sorted(f for name in english for f in
                       spacy.util.get_package_path(name).glob("*/lemmatizer/lookups/lookups.bin"))
        if not files:
            return {}
        lookups = Lookups().from_disk(files[0].parent)
        index = lookups.get_table("lemma_index")
        return {pos: frozenset(index[pos]) for pos in ("verb", "adj", "noun")}
    except Exception as exc:  # a model without lookups: the rule is off, not an error
        log.debug("no lemma index for common words: %s", exc)
        return {}


def _lemmas(word: str) -> list[str]:
    """The word and its likely uninflected forms ("continues" -> "continue")."""
    out = [word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: len(word) - len(suffix)] + repl)
    return out


def common_word(word: str, headline: bool) -> bool:
    """A capitalised single word that is ordinary English in lower case (see module doc)."""
    index = _word_index()
    if not index or not word.isalpha() or word.isupper():
        return False
    low = word.lower()
    forms = _lemmas(low)
    if any(f in index["verb"] or f in index["adj"] for f in forms):
        return True
    if low.endswith("s") and any(f in index["noun"] for f in forms[1:]):
        return True
    return headline and low in index["noun"]


def headline_like(tokens) -> bool:
    """Most longer words of the line capitalised: title-case headline style."""
    if len(tokens) and tokens[-1].text == ".":
        return False  # a headline has no full stop: "The Public Ministry is Guatemala's …"
    words = [t for t in tokens if t.is_alpha and len(t) >= 4]
    if len(words) < _MIN_HEADLINE_WORDS:
        return False
    capital = sum(1 for t in words if t.text[0].isupper())
    return capital / len(words) >= _HEADLINE_SHARE
