"""Filters for the small model's NER mistakes on capitalised common words.

A title-case headline ("Army Offensive Continues as Cyclone Nears") capitalises every word, and
the small model then reads runs of them as persons or organisations. Two general rules, applied
to the ``person``/``org`` atoms NER proposes (names the knowledge base knows are never touched):

* in a headline-like line (most longer words capitalised) an unknown NER name is kept only when
  a title or an apposition confirms it ("President Jane Roe Visits …");
* anywhere, an unknown single capitalised word whose lower-case form is an English verb or
  adjective, or the plural of a common noun ("Continues", "Coordinated", "Schools"), is no
  actor, unless the document names it as part of a longer name. In a headline a singular
  common noun ("Cyclone") is dropped as well.

The English word lists are the WordNet lemma index an installed English spaCy pipeline ships
with its rule lemmatizer (nothing is downloaded); without it the second rule is silently off.
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


def line_sentence(doc, i: int):
    """The tokens of the sentence holding token ``i``, cut at line breaks."""
    sent = doc[i].sent
    lo, hi = i, i + 1
    while lo > sent.start and "\n" not in doc[lo - 1].text:
        lo -= 1
    while hi < sent.end and "\n" not in doc[hi - 1].text:
        hi += 1
    return doc[lo:hi]


def keep_ner_atom(doc, start: int, end: int, person: bool, confirmers: frozenset[str],
                  longer_parts: set[str]) -> bool:
    """Whether an unknown NER name at ``doc[start:end]`` may be an actor (module doc).

    ``person``: NER read a person; ``confirmers``: lower-case title words that confirm a
    person's name directly before it; ``longer_parts``: words of multi-word names elsewhere in the document."""
    before = doc[start - 1].lower_ if start > 0 else ""
    titled = person and before in confirmers  # "President Jane Roe"; no title makes an org
    appositive = end + 1 < len(doc) and doc[end].text == "," and \
        (doc[end + 1].lower_ in ("the", "a", "an") or doc[end + 1].lower_ in confirmers)
    headline = headline_like(line_sentence(doc, start))
    if headline and not (titled or appositive):
        return False
    of_name = end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title
    if end - start == 1 and not (titled or of_name) and doc[start].text not in longer_parts:
        # "Bank of Ghana" keeps its head word: the name continues after "of"
        return not common_word(doc[start].text, headline)
    return True
