"""What actor composition threads through its steps: a step adds to a new ``Composition``
and leaves the one it was given as it was; the entities seen and the story's leading state so
far come from the mentions found."""

from __future__ import annotations

from types import MappingProxyType

import spacy
from spacy.tokens import Doc

from dossier.actors.context import DocCountries
from dossier.actors.state import Composition, DocState, add_pending, emit
from dossier.coref import Pending
from dossier.model import Actor


def _state(words: list[str]) -> DocState:
    doc = Doc(spacy.blank("en").vocab, words=words)  # tokens only: emitting reads no parse
    return DocState(doc=doc, kb=None, on=None, atoms=(), text=doc.text,
                    by_start=MappingProxyType({}), taken=frozenset(), ent_tokens=frozenset(),
                    unknown_names=MappingProxyType({}), countries=DocCountries([]))


def _with(ctx: DocState, *actors: Actor) -> Composition:
    so_far = Composition()
    for n, actor in enumerate(actors):
        so_far = emit(ctx, so_far, actor, n, n + 1, "name")
    return so_far


def test_emit_returns_a_new_composition_and_trims_the_span():
    ctx = _state(["the", "Iranian", "government", "'s", "plan"])
    before = Composition()
    after = emit(ctx, before, Actor(name="Iranian government", kind="group", country="IRN"),
                 0, 4, "demonym")
    assert before.found == ()
    [found] = after.found
    assert (found.start, found.end) == (1, 3)
    assert found.ref.text == "Iranian government"
    assert ctx.text[found.ref.start:found.ref.end] == "Iranian government"


def test_pending_descriptions_accumulate_in_order():
    first, second = Pending(0, 1, "title", "president"), Pending(2, 3, "group", "regime")
    so_far = add_pending(add_pending(Composition(), first), second)
    assert so_far.pending == (first, second)
    assert so_far.found == ()


def test_seen_ids_are_the_known_entities_found():
    ctx = _state(["Iran", "Putin", "Owji"])
    so_far = _with(ctx, Actor(name="Iran", kind="country", country="IRN", entity_id="IRN"),
                   Actor(name="Vladimir Putin", kind="person", country="RUS", entity_id="Q7747"),
                   Actor(name="Javad Owji", kind="person", country="IRN"))
    assert so_far.seen_ids == frozenset({"IRN", "Q7747"})


def test_leading_state_counts_bodies_not_persons_and_keeps_the_first_on_a_tie():
    ctx = _state(["a", "b", "c", "d", "e"])
    israel = Actor(name="Israel", kind="country", country="ISR")
    iran = Actor(name="Iran", kind="country", country="IRN")
    putin = Actor(name="Putin", kind="person", country="RUS")
    assert Composition().leading_state is None
    assert _with(ctx, putin, putin).leading_state is None
    assert _with(ctx, iran, israel).leading_state == "IRN"
    assert _with(ctx, israel, iran).leading_state == "ISR"
    assert _with(ctx, iran, putin, putin, israel, israel).leading_state == "ISR"
