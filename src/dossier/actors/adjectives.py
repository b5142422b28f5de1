"""Adjectives of a state's institutions: "the CONGRESSIONAL move", "a PARLIAMENTARY
resolution", "PRESIDENTIAL decrees". Such an adjective stands for the institution itself,
so it is an actor mention (the event extractor reads a mention modifying an act's noun as
the act's party, as with "the American move").

The state: the state of the institution's proper name in the knowledge base ("Congress" is
the US Congress) when the document names that state, else the story's main state. An
adjective modifying an election word ("presidential election", "parliamentary seats")
names no actor: the institution is the prize there, not a party.
"""

from __future__ import annotations

from dossier.actors.lexicon import ELECTION_HEADS, INSTITUTION_ADJECTIVES
from dossier.actors.state import Composition, DocState, emit
from dossier.model import Actor

__all__ = ["institution_adjectives"]


def institution_adjectives(ctx: DocState, so_far: Composition) -> Composition:
    """``so_far`` with a mention for each institution adjective outside other actor
    phrases whose state the document gives."""
    doc = ctx.doc
    covered = {i for f in so_far.found for i in range(f.start, f.end)}
    for tok in doc:
        entry = INSTITUTION_ADJECTIVES.get(tok.lower_)
        if entry is None or tok.i in ctx.taken or tok.i in covered or not _modifies_act(tok):
            continue
        sector, noun = entry
        code = _state(ctx, so_far, noun)
        if code is None:
            continue
        so_far = emit(ctx, so_far, Actor(name=tok.text, kind="group", country=code,
                                         sector=sector), tok.i, tok.i + 1, "context")
    return so_far


def _modifies_act(tok) -> bool:
    """The adjective modifies a common noun that is not about elections."""
    head = tok.head
    return tok.dep_ in ("amod", "compound", "nmod") and head.i > tok.i and \
        head.pos_ == "NOUN" and head.lower_ not in ELECTION_HEADS and \
        head.lemma_.lower() not in ELECTION_HEADS


def _state(ctx: DocState, so_far: Composition, noun: str) -> str | None:
    """The state of the knowledge base's institution called ``noun`` ("Congress") when a
    mention of the document is of that state (the body itself included: "the U.S. Senate";
    "Peru's Congress" is Peru's), else the document's main state."""
    for alias in ctx.kb.lookup(noun):
        entity = ctx.kb.entities.get(alias.entity_id)
        if entity is not None and entity.kind != "person" and entity.country and any(
                f.ref.actor.country == entity.country for f in so_far.found):
            return entity.country
    return ctx.countries.main()
