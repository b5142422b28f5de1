"""Definite descriptions that name a kind of party: "the bloc", "the regional body" (an
organisation of states), "the three nations", "the trio" (the states of a list of three).

News names a party once and then by its kind: "Mali, Niger and Chad left ECOWAS … The three
nations accused the regional body …". Each description takes the most recent compatible
party of that kind, and only a close one: a wrong party costs more than a missing one.

- An organisation head ("bloc", "alliance", a modified "body") takes the organisation of
  states named in the last ``ORG_WINDOW`` sentences that the story has named most so far
  (ties: the latest): a story about ECOWAS that names in passing the alliance three members
  formed still calls ECOWAS "the bloc".
- A counted state head ("the three military-led nations") or a count noun ("the trio") takes
  a coordinated list of exactly that many states (or their people) in the last ``WINDOW``
  sentences; no list of that size, no antecedent. "The two countries" (any two states) is
  the resolver's own older rule.

The word lists are in ``data/descriptions.yaml``.
"""

from __future__ import annotations

from importlib import resources

from dossier.coref.mentions import Found
from dossier.coref.salience import WINDOW
from dossier.coref.schema import DescriptionsFile
from dossier.datafile import load_text
from dossier.kb import KnowledgeBase


def _read() -> DescriptionsFile:
    source = resources.files("dossier.coref").joinpath("data/descriptions.yaml")
    return load_text(source.read_text("utf-8"), DescriptionsFile, str(source),
                     what="descriptions file")


_WORDS = _read()
ORG_HEADS = frozenset(_WORDS.organisation_heads)
MODIFIER_REQUIRED = frozenset(_WORDS.modifier_required)
ORG_MODIFIERS = frozenset(_WORDS.organisation_modifiers)
STATE_HEADS = frozenset(_WORDS.state_heads)
COUNTS: dict[str, int] = dict(_WORDS.counts)
COUNT_NOUNS: dict[str, int] = dict(_WORDS.count_nouns)
ORG_WINDOW = 4  # previous sentences searched for "the bloc"
# Words that may stand between a count and its head ("the three MILITARY-LED nations").
_MODIFIER_DEPS = frozenset({"amod", "compound", "punct", "advmod", "npadvmod", "nmod"})


def organisation_head(doc, j: int) -> int | None:
    """The head of "the bloc", "the regional body" after "the" at ``j - 1``, or None."""
    k = j
    while k < len(doc) and doc[k].lower_ in ORG_MODIFIERS:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in ORG_HEADS or not _common_noun(doc[k]):
        return None
    if doc[k].lower_ in MODIFIER_REQUIRED and k == j:
        return None
    if _of_phrase(doc, k):
        return None  # "the body of a soldier", "the union of two parties"
    return k


def _common_noun(tok) -> bool:
    """A lower-case noun (the tagger calls "the bloc" a proper noun at times; "the Bloc
    Quebecois" is a name, not a description)."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.is_lower


def _of_phrase(doc, k: int) -> bool:
    """The noun at ``k`` takes an "of" phrase ("the body of …"; not "accused the body of
    failing", where "of" belongs to the verb)."""
    return k + 1 < len(doc) and doc[k + 1].lower_ == "of" and doc[k + 1].head.i == k


def organisation_antecedent(doc, ordered: list[Found], i: int, sent_of: list[int],
                            kb: KnowledgeBase) -> Found | None:
    """The organisation of states "the bloc" at token ``i`` points back to (module doc)."""
    counts: dict[str, int] = {}
    recent: dict[str, Found] = {}
    for f in ordered:
        if f.end > i:
            break
        entity = kb.entities.get(f.ref.actor.entity_id or "")
        if entity is None or entity.kind != "organization" or \
                f.ref.actor.kind != "organization" or _place(doc, f):
            continue
        counts[entity.id] = counts.get(entity.id, 0) + 1
        if sent_of[i] - sent_of[f.start] <= ORG_WINDOW:
            recent[entity.id] = f
    if not recent:
        return None
    best = max(recent, key=lambda e: (counts[e], recent[e].start))
    return recent[best]


_LOCATIVE = frozenset({"in", "at", "near", "outside"})


def _place(doc, f: Found) -> bool:
    """"talks in Brussels": a seat named as the place of an event is not the party a later
    "the alliance" points to."""
    head = _span_head(doc, f)
    return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE


def counted_head(doc, j: int) -> tuple[int, int] | None:
    """(head index, count) of "the three military-led nations" / "the trio" after "the" at
    ``j - 1``; None when the phrase is not one."""
    if j >= len(doc):
        return None
    if doc[j].lower_ in COUNT_NOUNS and _common_noun(doc[j]) and not _of_phrase(doc, j):
        return j, COUNT_NOUNS[doc[j].lower_]
    if doc[j].lower_ not in COUNTS:
        return None
    for k in range(j + 1, min(j + 6, len(doc))):
        if doc[k].lower_ in STATE_HEADS and _common_noun(doc[k]):
            if _of_phrase(doc, k):
                return None  # "the three countries of the bloc": which three is not said
            return k, COUNTS[doc[j].lower_]
        if doc[k].dep_ not in _MODIFIER_DEPS or doc[k].pos_ in ("VERB", "AUX") and \
                doc[k].tag_ not in ("VBN", "VBG"):
            return None
    return None


def listed_states(doc, ordered: list[Found], i: int, sent_of: list[int], n: int,
                  state_of) -> list[Found]:
    """The latest coordinated list, before token ``i`` and within ``WINDOW`` sentences, of
    exactly ``n`` mentions of distinct states (a state, or a person or body of one:
    ``state_of`` gives the state actor)."""
    seen: set[int] = set()
    for f in reversed(ordered):
        if f.end > i or f.start in seen:
            continue
        if sent_of[i] - sent_of[f.start] > WINDOW:
            break
        head = _span_head(doc, f)
        conj = {head.i, *(c.i for c in head.conjuncts)}
        members = [g for g in ordered if g.end <= i and any(g.start <= c < g.end for c in conj)]
        seen.update(g.start for g in members)
        states = [state_of(g.ref.actor) for g in members]
        codes = {s.country for s in states if s.kind == "country"}
        if len(members) == n and len(codes) == n:
            return members
    return []


def _span_head(doc, f: Found):
    """The token of a mention whose head lies outside it."""
    for t in doc[f.start:f.end]:
        if not f.start <= t.head.i < f.end or t.head.i == t.i:
            return t
    return doc[f.end - 1]
