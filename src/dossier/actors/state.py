"""What actor composition threads through its steps, and the helpers every step shares.

``DocState`` is what one document fixes (the parse, the knowledge base, the date, the atoms
and what they say about the whole text); ``Composition`` is what composing has produced so
far (the mentions found, the descriptions left for coreference). A step takes both and
returns a new ``Composition``, usually with the index of the next atom to compose, so what it
reads and what it adds is in its signature.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from dossier.actors.atoms import Atom
from dossier.actors.lexicon import ARTICLES
from dossier.actors.phrase import best_alias, premodifier
from dossier.coref import Found, Pending
from dossier.kb import Alias, Entity, KnowledgeBase
from dossier.kb.text import POSSESSIVE
from dossier.model import Actor, ActorRef

if TYPE_CHECKING:
    from dossier.actors.context import DocCountries

__all__ = ["Composition", "DocState", "Owner", "Step", "add_pending", "choose", "choose_entity",
           "emit", "entity_actor", "next_atom", "span_text"]

_GAP_WORDS = frozenset({"top", "senior", "new", "local", "regional", "many", "some", "several",
                        "other", "own", "two", "three", "allied", "elite", "frontline",
                        "embattled", "outgoing", "current", "hardline", "hard-line"})
_KIND_ORDER = {"country": 0, "organization": 1, "group": 2, "person": 3}


@dataclass(frozen=True)
class DocState:
    """What composing reads and never changes for one document."""

    doc: Any  # the spaCy Doc
    kb: KnowledgeBase
    on: date | None  # the publication date: office holders and sectors as of then
    atoms: tuple[Atom, ...]
    text: str  # Doc.text joins every token: read it once
    by_start: Mapping[int, int]  # token -> index of the atom starting there
    taken: frozenset[int]  # tokens inside any atom
    ent_tokens: frozenset[int]  # tokens inside a knowledge-base name
    # a word of an unknown person's full name -> the full name: a bare "Lai" after "Jimmy
    # Lai" anywhere is him, not Taiwan's Lai Ching-te
    unknown_names: Mapping[str, str]
    countries: DocCountries  # the states the whole document names


@dataclass(frozen=True)
class Composition:
    """What composing has produced so far, in text order of the steps that produced it."""

    found: tuple[Found, ...] = ()
    pending: tuple[Pending, ...] = ()

    @cached_property
    def seen_ids(self) -> frozenset[str]:
        """The knowledge-base entities mentioned so far."""
        return frozenset(f.ref.actor.entity_id for f in self.found if f.ref.actor.entity_id)

    @cached_property
    def leading_state(self) -> str | None:
        """The state of the most (non-person) actors so far, the first such on a tie."""
        counts = Counter(f.ref.actor.country for f in self.found
                         if f.ref.actor.country and f.ref.actor.kind != "person")
        return counts.most_common(1)[0][0] if counts else None


# What a composing step returns: the composition with its additions, the next atom's index.
Step = tuple[Composition, int]
# The country or organisation a title, group noun or person is written with ("Iran's").
Owner = tuple[Entity, Alias]


def choose_entity(atom: Atom, kb: KnowledgeBase, on: date | None, label: str,
                  seen: frozenset[str] = frozenset()) -> tuple[Entity, Alias]:
    """Pick among the entities an ambiguous name could be: the one NER's ``label`` agrees
    with, then one already mentioned, then an office holder on the date, then by kind."""
    options = {a.entity_id: a for a in atom.aliases}
    if len(options) == 1:
        alias = best_alias(atom.aliases)
        return kb.entities[alias.entity_id], alias

    def rank(entity_id: str) -> tuple:
        entity = kb.entities[entity_id]
        ner = (entity.kind == "person") == (label == "PERSON") if label else True
        holder = entity.kind == "person" and kb.office_held(entity_id, on)
        return (not ner, entity_id not in seen, not holder, _KIND_ORDER.get(entity.kind, 9))
    best = min(options, key=rank)
    alias = best_alias([a for a in atom.aliases if a.entity_id == best])
    return kb.entities[best], alias


def choose(ctx: DocState, so_far: Composition, atom: Atom) -> tuple[Entity, Alias]:
    """``choose_entity`` for an atom of the document, given what was mentioned so far."""
    return choose_entity(atom, ctx.kb, ctx.on, ctx.doc[atom.start].ent_type_, so_far.seen_ids)


def next_atom(ctx: DocState, k: int, tok: int, gaps: bool = True) -> tuple[int, Atom] | None:
    """The atom starting at token ``tok`` (after atom ``k``), allowing up to three words
    between that modify it: adjectives ("top", "new") and nouns compounded onto it ("Israeli
    army bulldozers", "the Latvian Constitutional Court", "U.S. border patrol agents")."""
    doc = ctx.doc
    skipped = 0
    first = tok
    while tok < len(doc) and tok not in ctx.by_start and gaps and skipped < 3:
        word = doc[tok]
        if not (word.lower_ in _GAP_WORDS or (word.pos_ == "ADJ" and word.is_lower)
                or premodifier(word)):
            return None
        tok += 1
        skipped += 1
    n = ctx.by_start.get(tok)
    if n is None or n <= k:
        return None
    atom = ctx.atoms[n]
    if tok > first and not all(first <= w.head.i < atom.end
                               for w in doc[first:tok] if premodifier(w)):
        return None  # a noun modifying something else: "Iranian oil, officials said"
    return n, atom


def emit(ctx: DocState, so_far: Composition, actor: Actor, start: int, end: int, basis: str,
         office_kind: str | None = None) -> Composition:
    """``so_far`` with a mention of ``actor`` over tokens ``start:end`` (leading articles and
    trailing punctuation and possessives trimmed)."""
    doc = ctx.doc
    while start < end - 1 and doc[start].lower_ in ARTICLES:
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                               or doc[end - 1].lower_ in POSSESSIVE):
        end -= 1
    first, last = doc[start], doc[end - 1]
    ref = ActorRef(actor=actor, text=ctx.text[first.idx:last.idx + len(last.text)],
                   start=first.idx, end=last.idx + len(last.text), basis=basis)
    return replace(so_far, found=(*so_far.found, Found(ref, start, end, office_kind)))


def add_pending(so_far: Composition, pending: Pending) -> Composition:
    """``so_far`` with a description left for coreference to resolve."""
    return replace(so_far, pending=(*so_far.pending, pending))


def span_text(doc, start: int, end: int) -> str:
    """The text of tokens ``start:end`` without a leading article."""
    while start < end - 1 and doc[start].lower_ in ARTICLES:
        start += 1
    return doc[start:end].text


def entity_actor(ctx: DocState, entity: Entity, sector: str | None = None) -> Actor:
    """A knowledge-base entity as an actor, with its sector on the date unless given."""
    return Actor(name=entity.name, kind=entity.kind, country=entity.country,
                 sector=sector if sector is not None else ctx.kb.sector_on(entity, ctx.on),
                 wikidata=entity.wikidata, entity_id=entity.id)
