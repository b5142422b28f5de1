"""Reports that say they tell another occasion of an act the story already reports.

"X barred three *other* officials", "X attacked Y *again*", "*another* attack", "*Earlier* this
month, a bomber struck", "In *past* tensions, X has threatened …": the word places the act
beside another one of its kind, so the report is never folded into an unmarked report of the
same type and parties (events/merge.py). The words are in cues.yaml:

- ``occasion_adverbs``: said of the act itself (its verb, or the noun that names it);
- ``occasion_determiners``: said of the act's noun or of what it is done to ("another attack",
  "three other officials"), never of a co-party ("met with other leaders");
- ``occasion_time_words``: said of the act's time phrase ("earlier this month", "in past
  talks").
"""

from __future__ import annotations

from dataclasses import replace

from dossier.events.lexicon import Lexicon
from dossier.model import ANOTHER_OCCASION as ANOTHER
from dossier.model import Mention

# How a trigger is carried by the clause that dates it: a participle adjunct ("…, killing
# two"), an infinitive complement ("threatened to close"), the act noun of a light verb
# ("launched another attack", "it was the second attack").
_CARRIERS = {"xcomp", "advcl", "dobj", "attr"}
_OBJECTS = {"dobj", "nsubjpass", "attr"}
_TIME_LINKS = {"npadvmod", "prep"}


def mark_occasions(doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """The mentions, those that say they tell another occasion recording ``ANOTHER``."""
    return [replace(m, rules=(*m.rules, ANOTHER))
            if ANOTHER not in m.rules and another_occasion(doc, m, lex) else m
            for m in mentions]


def is_another(m: Mention) -> bool:
    return ANOTHER in m.rules


def another_occasion(doc, mention: Mention, lex: Lexicon) -> bool:
    """Does the mention's trigger come with a word saying that its act is another occasion
    of an act of its kind?"""
    span = doc.char_span(mention.trigger.start, mention.trigger.start + 1,
                         alignment_mode="expand")
    if span is None:
        return False
    adverbs, dets = lex.cue("occasion_adverbs"), lex.cue("occasion_determiners")
    times = lex.cue("occasion_time_words")
    for tok in _anchors(span[0]):
        for child in tok.children:
            word = child.lower_
            if child.dep_ in ("advmod", "npadvmod") and word in adverbs:
                return True
            if child.dep_ in ("det", "amod") and word in dets and tok.pos_ in ("NOUN", "PROPN"):
                return True
            if child.dep_ in _OBJECTS and _modified(child, dets):
                return True
            if child.dep_ in _TIME_LINKS and _time_phrase_marked(child, times):
                return True
    return False


def _anchors(tok):
    """The trigger and the clause heads that carry it (see _CARRIERS)."""
    out = [tok]
    while tok.dep_ in _CARRIERS and tok.head is not tok and len(out) < 4:
        if tok.dep_ == "advcl" and tok.tag_ not in ("VBG", "VBN"):
            break  # a finite adverbial clause is an act of its own
        tok = tok.head
        out.append(tok)
    return out


def _modified(noun, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("det", "amod") and c.lower_ in words for c in noun.children)


def _time_phrase_marked(link, words: frozenset[str]) -> bool:
    """"Earlier this month" (month <- earlier), "in past tensions" (in -> tensions <- past)."""
    heads = [link] + [c for c in link.children if c.dep_ == "pobj"]
    return any(c.dep_ in ("advmod", "amod") and c.lower_ in words
               for h in heads for c in h.children)
