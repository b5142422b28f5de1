"""Collective bodies in actor phrases: "Russian troops", "the Sindh government", "militants
from al-Shabab", "demonstrators in Baghdad", "state media" (the story's state), "the
militants" (the armed group named just before), or a description for coreference.

Each step takes the document's ``DocState`` and what composing has found so far
(``Composition``) and returns the new ``Composition`` (``group_at``: with the next atom's
index).
"""

from __future__ import annotations

from dossier.actors.atoms import Atom
from dossier.actors.context import place_before, place_of, place_state, venue
from dossier.actors.lexicon import (
    BARE_GROUPS,
    BASE_PHRASES,
    FOLLOWER_NOUNS,
    CONTEXT_SECTORS,
    HOME_SECTORS,
    PERSON_NOUNS,
    RELIGIOUS_GROUPS,
    TITLE_HEADS,
    UNION_SECTORS,
)
from dossier.actors.state import (
    Composition,
    DocState,
    Owner,
    Step,
    add_pending,
    choose,
    emit,
    entity_actor,
    next_atom,
    span_text,
)
from dossier.coref import Pending
from dossier.kb import Entity
from dossier.model import Actor

__all__ = ["group_at"]


def group_at(ctx: DocState, so_far: Composition, k: int, owner: Owner | None, start: int) -> Step:
    """A group noun at atom ``k`` (from token ``start``, after its ``owner`` if any): a
    place's bodies, a body "of"/"from" a named one, bodies "in" a state, or its owner's."""
    group, doc = ctx.atoms[k], ctx.doc
    end = group.end
    kind = "person" if group.label in PERSON_NOUNS else "group"
    if owner is None:
        # "the Sindh government", "West Darfur officials", "the government of Sindh
        # province": a province's or town's bodies are its state's
        placed = place_before(ctx, start) or place_of(ctx, start, end)
        if placed is not None:
            lo, hi, code = placed
            so_far = emit(ctx, so_far, Actor(name=span_text(doc, lo, hi), kind=kind,
                                             country=code, sector=group.sector),
                          lo, hi, "context")
            return so_far, k + 1
    if owner is None and _named_after(ctx, so_far, end):
        return so_far, k + 1  # "the militant group Hamas": the name that follows is the actor
    if owner is None:
        # "militants with bases in Afghanistan", "a terror group based in Trinidad"
        code = _base_state(ctx, so_far, end)
        if code is not None:
            so_far = emit(ctx, so_far, Actor(name=span_text(doc, start, end), kind=kind,
                                             country=code, sector=group.sector),
                          start, end, "context")
            return so_far, k + 1
    if owner is None:
        # "militants loyal to al-Zarqawi", "supporters of Imran Khan": the leader's state
        code = _leader_state(ctx, so_far, group, end)
        if code is not None:
            so_far = emit(ctx, so_far, Actor(name=span_text(doc, start, end), kind=kind,
                                             country=code, sector=group.sector),
                          start, end, "context")
            return so_far, k + 1
    if owner is None and end + 1 < len(doc) and doc[end].lower_ in ("of", "from"):
        of = next_atom(ctx, k, end + 1 + (doc[end + 1].lower_ == "the"), gaps=False)
        if of and of[1].kind == "ent":
            entity, alias = choose(ctx, so_far, of[1])
            # "militants from al-Shabab" are the group's; "officials from Kenya" may
            # only be visiting from there
            if entity.kind != "person" and (doc[end].lower_ == "of" or entity.kind == "group"):
                so_far = _group_actor(ctx, so_far, group, (entity, alias), start, of[1].end)
                return so_far, of[0] + 1
    if owner is None and end + 2 < len(doc) and doc[end].lower_ in ("in", "near") \
            and not venue(doc, start, end + 1 + (doc[end + 1].lower_ == "the")):
        # "demonstrators in Baghdad", "officials in Kenya", "rebels near Bouake": the
        # bodies of the place's state (the place itself stays a place)
        place = end + 1 + (doc[end + 1].lower_ == "the")
        code = place_state(ctx, so_far, place)
        if group.label in RELIGIOUS_GROUPS and not _state_name_at(ctx, place):
            so_far = emit(ctx, so_far, Actor(name=span_text(doc, start, end), kind="group",
                                             country=None, sector=group.sector),
                          start, end, "name")
            return so_far, k + 1
        if code is not None:
            so_far = emit(ctx, so_far, Actor(name=span_text(doc, start, end), kind=kind,
                                             country=code, sector=group.sector),
                          start, end, "context")
            return so_far, k + 1
    return _group_actor(ctx, so_far, group, owner, start, end), k + 1


def _named_after(ctx: DocState, so_far: Composition, end: int) -> bool:
    """An unnamed armed group's noun directly before a known group's name ("the rebel group
    M23", "the terror group al-Shabab"): the noun only describes the name."""
    n = ctx.by_start.get(end)
    if n is None or ctx.atoms[n].kind != "ent" or ctx.doc[end - 1].lower_ != "group":
        return False
    return choose(ctx, so_far, ctx.atoms[n])[0].kind in ("group", "organization")


def _leader_state(ctx: DocState, so_far: Composition, group: Atom,
                  end: int) -> str | None:
    """The state of the person or group a body follows, named right after it: "loyal to X"
    after any body, "of X" after a follower noun ("supporters of X"); (state, X's atom)."""
    doc = ctx.doc
    if tuple(t.lower_ for t in doc[end:end + 2]) == ("loyal", "to"):
        at = end + 2
    elif group.label in FOLLOWER_NOUNS and end < len(doc) and doc[end].lower_ == "of":
        at = end + 1
    else:
        return None
    while at < len(doc) and (doc[at].lower_ in ("the", "former", "ousted", "jailed", "late")
                             or doc[at].lower_ in TITLE_HEADS):
        at += 1
    n = ctx.by_start.get(at)
    if n is None or ctx.atoms[n].kind != "ent":
        return None
    entity, _alias = choose(ctx, so_far, ctx.atoms[n])
    code = ctx.kb.country_on(entity.id, ctx.on) if entity.kind == "person" else entity.country
    return code or None


def _base_state(ctx: DocState, so_far: Composition, end: int) -> str | None:
    """The state of the place a base phrase names right after a body ("… based in Quetta"),
    else None."""
    doc = ctx.doc
    for words in BASE_PHRASES:
        after = end + len(words)
        if after < len(doc) and tuple(t.lower_ for t in doc[end:after]) == words:
            return place_state(ctx, so_far, after + (doc[after].lower_ == "the"))
    return None


def _group_actor(ctx: DocState, so_far: Composition, group: Atom, owner: Owner | None,
                 start: int, end: int) -> Composition:
    """The body a group noun names: its owner's, the armed group named just before, one
    whose state the story gives, or a description left for coreference."""
    doc = ctx.doc
    if owner is None:
        named = _namedgroup_at(ctx, so_far, group, start)
        if named is not None:
            return emit(ctx, so_far, entity_actor(ctx, named), start, end, "coref")
        if group.sector == "NGO":
            # "media rights organizations": non-governmental, coded as such (CAMEO's NGO)
            return emit(ctx, so_far, Actor(name=span_text(doc, start, end), kind="group",
                                           country="NGO", sector="NGO"), start, end, "name")
        if group.label not in BARE_GROUPS:
            return add_pending(so_far, Pending(start, end, "group", group.label, group.sector,
                                               _home_body(ctx, group, start, end)))
        country = None
        basis = "name"
        here = _sentence_place(ctx, so_far, start) if group.sector in CONTEXT_SECTORS else None
        if here is not None:
            # "the police barred the crowd from the consulate in Istanbul": the police of the
            # place the sentence is set in, not of the state the story is about
            country, basis = here, "context"
        elif group.sector in CONTEXT_SECTORS and so_far.leading_state is not None:
            country = so_far.leading_state
            basis = "context"
        elif group.sector in CONTEXT_SECTORS or group.sector == "REB":
            # "rebels" in a story about one state: only when it clearly is one, or is the
            # only state the story names
            country = ctx.countries.clear() or ctx.countries.only()
            basis = "context" if country else "name"
        elif group.sector == "OPP" and start > 0 and doc[start - 1].lower_ == "the":
            # "the opposition threatened …": a state's own opposition, the story's; a bare
            # "opposition" is more often the act ("met with opposition from China")
            country = ctx.countries.main()
            basis = "context" if country else "name"
        return emit(ctx, so_far, Actor(name=span_text(doc, start, end), kind="group",
                                       country=country, sector=group.sector),
                    start, end, basis)
    entity, alias = owner
    if entity.kind in ("organization", "group") and entity.country not in ("WST", "EUR"):
        return emit(ctx, so_far, entity_actor(ctx, entity), start, end,
                    "org" if entity.kind == "organization" else "group")
    basis = "demonym" if alias.basis in ("demonym", "plural") else (
        "metonym" if alias.basis == "metonym" else "name")
    kind = "person" if group.label in PERSON_NOUNS else "group"
    return emit(ctx, so_far, Actor(name=span_text(doc, start, end), kind=kind,
                                   country=_regional_union(entity, group, so_far),
                                   sector=group.sector),
                start, end, basis)


def _regional_union(entity: Entity, group: Atom, so_far: Composition) -> str | None:
    """"the European side refused", "European officials said", "European peacekeepers" in a
    story that has named the European Union: a region's government, legislative or armed body
    is its union's (the knowledge base's ``union``: EU), not the region's states at large
    (EUR). Its people ("European consumers") stay the region's."""
    code = entity.country
    if entity.union is None or group.sector not in UNION_SECTORS:
        return code
    return entity.union if any(f.ref.actor.country == entity.union or
                               f.ref.actor.entity_id == entity.union
                               for f in so_far.found) else code


def _sentence_place(ctx: DocState, so_far: Composition, start: int) -> str | None:
    """The one state of the places the sentence of token ``start`` says something is in,
    at or near ("… in downtown Istanbul"), or None when it names none or several. Places
    left ("from X") or gone to ("to X") say nothing of whose the bodies are."""
    doc = ctx.doc
    sent = doc[start].sent
    codes = set()
    for tok in sent:
        if tok.ent_iob_ != "B" or tok.ent_type_ not in ("GPE", "LOC"):
            continue
        cur = tok  # "in downtown Istanbul", "at the Kabul airport": up to the phrase head
        while cur.dep_ in ("compound", "amod", "nmod", "poss") and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ != "pobj" or cur.head.lower_ not in LOCATIVE_PLACE_PREPS:
            continue
        code = place_state(ctx, so_far, tok.i)
        if code is not None:
            codes.add(code)
    return next(iter(codes)) if len(codes) == 1 else None


# Prepositions that say where something is (not where from or where to).
LOCATIVE_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


def _home_body(ctx: DocState, group: Atom, start: int, end: int) -> Actor | None:
    """"Opposition lawmakers", "activists", "troops", "officials" with no state written and
    none earlier that coreference finds: the story's state, only when it clearly leads the
    story (a wrong state is worse than none)."""
    if group.sector not in HOME_SECTORS:
        return None
    country = ctx.countries.clear()
    if country is None:
        return None
    kind = "person" if group.label in PERSON_NOUNS else "group"
    return Actor(name=span_text(ctx.doc, start, end), kind=kind, country=country,
                 sector=group.sector)


def _state_name_at(ctx: DocState, tok: int) -> bool:
    """A state's own name (not a city, capital or region) starts at token ``tok``."""
    n = ctx.by_start.get(tok)
    return n is not None and ctx.atoms[n].kind == "ent" and any(
        a.basis == "name" and ctx.kb.entities[a.entity_id].kind == "country"
        for a in ctx.atoms[n].aliases)


def _namedgroup_at(ctx: DocState, so_far: Composition, group: Atom, start: int) -> Entity | None:
    """"the militants" after "al-Shabab militants attacked …": the armed group the
    text last named, when the noun is definite and an armed group's (sector REB)."""
    if group.sector != "REB" or start == 0 or ctx.doc[start - 1].lower_ != "the":
        return None
    for found in reversed(so_far.found):
        actor = found.ref.actor
        if actor.kind == "group" and actor.entity_id and actor.sector == "REB":
            return ctx.kb.entities[actor.entity_id]
    return None
