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

The English word lists come from ``dossier.nlp.words``.
"""

from __future__ import annotations

from dossier.nlp.words import common_word, headline_like


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
