"""Composing atoms into actor phrases: [country] [title] [name], [country] [group noun], a
name with its appositive title, a capital for its government.

Walks the atoms left to right. Each step reads the document's ``DocState`` and what has been
composed so far (``Composition``: people named, the states of the actors found) because
"Putin" after "Vladimir Putin" and "state media" in an article about Iran depend on it, and
returns the composition with its additions and the next atom's index.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import MappingProxyType

from dossier.actors.adjectives import institution_adjectives
from dossier.actors.atoms import Atom
from dossier.actors.context import (
    doc_countries,
    ethnic,
    other_city_state,
    place_country,
    place_state,
    state_title,
    venue,
)
from dossier.actors.groups import group_at
from dossier.actors.lexicon import (
    CITY_PARTS,
    GIVING_VERBS,
    GROUP_NOUNS,
    LOCATIVE,
    TITLE_MODIFIERS,
    org_sector,
)
from dossier.actors.offices import intergovernmental, title_sector
from dossier.actors.people import (
    earlier_person,
    earlier_unknown,
    person_at,
    posted_diplomat,
    title_at,
)
from dossier.actors.phrase import (
    acronym_title,
    grouping_prefix,
    led,
    linked,
    name_follows,
)
from dossier.actors.relations import client, is_state, of_state, org_place, story_state
from dossier.actors.state import (
    Composition,
    DocState,
    Owner,
    Step,
    choose,
    emit,
    entity_actor,
    next_atom,
    span_text,
)
from dossier.kb import Alias, Entity, KnowledgeBase
from dossier.kb.text import POSSESSIVE
from dossier.model import Actor
from dossier.nlp.text import doc_text

__all__ = ["compose", "read_document"]


def read_document(doc, kb: KnowledgeBase, on: date | None, atoms: list[Atom]) -> DocState:
    """What composing needs to know of the whole document before its first step."""
    atoms = tuple(atoms)
    taken = frozenset(i for a in atoms for i in range(a.start, a.end))
    unknown_names: dict[str, str] = {}
    for atom in atoms:
        if atom.kind == "person" and atom.end - atom.start > 1:
            for tok in doc[atom.start:atom.end]:
                unknown_names.setdefault(tok.text, span_text(doc, atom.start, atom.end))
    return DocState(
        doc=doc, kb=kb, on=on, atoms=atoms, text=doc_text(doc),
        by_start=MappingProxyType({a.start: n for n, a in enumerate(atoms)}), taken=taken,
        ent_tokens=frozenset(i for a in atoms if a.kind == "ent" for i in range(a.start, a.end)),
        unknown_names=MappingProxyType(unknown_names),
        countries=doc_countries(doc, kb, on, atoms, taken))


def compose(ctx: DocState) -> Composition:
    """Every actor mention the atoms make (``found``) and the descriptions only the context
    can resolve (``pending``), in text order."""
    so_far, k = Composition(), 0
    while k < len(ctx.atoms):
        so_far, k = _step(ctx, so_far, k)
    return institution_adjectives(ctx, _localised(ctx, so_far))


# Words between a transnational group's name and "in <place>" ("IS members in Anbar").
_MEMBER_WORDS = frozenset({"members", "member", "fighters", "militants", "cells", "cell",
                           "affiliate", "affiliates", "branch", "operatives", "remnants"})
TRANSNATIONAL = "IMG"


def _localised(ctx: DocState, so_far: Composition) -> Composition:
    """A transnational militant group (code IMG: IS, al-Qaeda) is coded, as PLOVER's coders
    do, by the state where it acts: the place right after it ("IS in Syria", "IS members in
    Anbar"), else the story's clear state; with neither it keeps its own code."""
    if not any(f.ref.actor.country == TRANSNATIONAL for f in so_far.found):
        return so_far
    story = ctx.countries.clear()
    found = []
    for f in so_far.found:
        if f.ref.actor.country == TRANSNATIONAL:
            code = _place_after(ctx, so_far, f.end) or story
            if code is not None:
                f = replace(f, ref=replace(f.ref, actor=replace(f.ref.actor, country=code)))
        found.append(f)
    return replace(so_far, found=tuple(found))


def _place_after(ctx: DocState, so_far: Composition, tok: int) -> str | None:
    doc = ctx.doc
    while tok < len(doc) and doc[tok].lower_ in _MEMBER_WORDS:
        tok += 1
    if tok + 1 >= len(doc) or doc[tok].lower_ not in ("in", "inside"):
        return None
    return place_state(ctx, so_far, tok + 1 + (doc[tok + 1].lower_ == "the"))


def _step(ctx: DocState, so_far: Composition, k: int) -> Step:
    """The phrase that starts at atom ``k``, by the kind of atom."""
    atom, doc = ctx.atoms[k], ctx.doc
    if atom.kind == "ent":
        entity, alias = choose(ctx, so_far, atom)
        if entity.kind == "person":
            word = doc[atom.start].text
            if atom.end - atom.start == 1 and \
                    doc[atom.start].ent_type_ in ("GPE", "LOC", "FAC") and \
                    _locative(ctx, atom):
                return so_far, k + 1  # "in Austin", "Austin, Texas": not Lloyd Austin
            if atom.end - atom.start == 1 and word in ctx.unknown_names and \
                    entity.id not in so_far.seen_ids:
                return person_at(ctx, so_far, k, None, None, None)
            return person_at(ctx, so_far, k, entity, None, None)
        return _modified(ctx, so_far, k, entity, alias)
    if atom.kind == "title":
        return title_at(ctx, so_far, k, None, atom.start)
    if atom.kind == "group":
        return group_at(ctx, so_far, k, None, atom.start)
    if atom.kind == "person":
        return person_at(ctx, so_far, k, None, None, None)
    return _org(ctx, so_far, k, None, atom.start)


# -- a known non-person name, maybe modifying what follows ----------------------------------
def _modified(ctx: DocState, so_far: Composition, k: int, entity: Entity, alias: Alias) -> Step:
    """A known non-person name at atom ``k``: an ethnic people, a patron's client, the owner
    of what follows (a title, group, person or organisation), one of a coordinated pair, or
    the entity on its own."""
    atom, doc = ctx.atoms[k], ctx.doc
    if atom.start > 1 and doc[atom.start - 1].text == "-" and \
            doc[atom.start - 2].lower_ in ("anti", "counter"):
        return so_far, k + 1  # "anti-Pakistan militants" are not Pakistan's
    if atom.start > 0 and doc[atom.start - 1].lower_ == "ethnic" and \
            entity.kind == "country" and alias.basis in ("demonym", "plural"):
        return ethnic(ctx, so_far, k, entity)
    poss = atom.end < len(doc) and doc[atom.end].lower_ in POSSESSIVE
    if entity.kind == "country" and alias.basis == "plural" and not poss:
        home = _residence(ctx, so_far, atom.end)
        if home is not None and home != entity.country:
            # "the Albanians of southern Serbia": a people coded by the state it lives in,
            # as "ethnic Albanians in Macedonia" are
            so_far = emit(ctx, so_far, Actor(name=span_text(doc, atom.start, atom.end),
                                             kind="group", country=home, sector="CVL"),
                          atom.start, atom.end, "context")
            return so_far, k + 1
    if poss and entity.kind != "person":
        step = client(ctx, so_far, k)  # "Israel's militia ally" is not Israel
        if step is not None:
            return step
    if intergovernmental(entity) and not poss:
        posted, state = posted_diplomat(ctx, k), _posting_state(ctx, so_far, k)
        if posted is not None and state is not None:
            # "Dutch deputy U.N. ambassador X", "Kenya's deputy EU envoy": the state's
            return title_at(ctx, so_far, posted, state, atom.start)
    after = atom.end + (1 if poss else 0)
    if led(doc, atom.end) or (entity.kind == "group" and linked(doc, atom.end)):
        # "Vietnamese-led forces": the forces are Vietnam's; "al-Shabab-linked
        # militants" are the group's own fighters
        after = atom.end + 2
    nxt = next_atom(ctx, k, after)
    if nxt is None and not poss:
        step = _coordinated(ctx, so_far, k, entity, alias)
    elif nxt is not None:
        step = _owning(ctx, so_far, k, (entity, alias), poss, *nxt)
    else:
        step = None
    if step is not None:
        return step
    if acronym_title(doc, atom, entity, True) and name_follows(doc, atom.end):
        return so_far, k + 1  # "NSA Kavita Rao" with the name unrecognised: a title
    return _standalone(ctx, so_far, atom, entity, alias), k + 1


_REGION_WORDS = frozenset({"the", "south", "north", "east", "west", "southern", "northern",
                           "eastern", "western", "central", "southeastern", "southwestern",
                           "northeastern", "northwestern"})


def _residence(ctx: DocState, so_far: Composition, end: int) -> str | None:
    """The state a people lives in, named by "of [the] [southern] <place>" right after it
    ("the Serbs of Kosovo", "the Albanians of southern Serbia"), else None."""
    doc = ctx.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    at = end + 1
    while at < len(doc) and doc[at].is_lower and doc[at].lower_ in _REGION_WORDS:
        at += 1
    n = ctx.by_start.get(at)
    if at >= len(doc) or (n is not None and ctx.atoms[n].kind == "ent" and not any(
            a.basis == "name" for a in ctx.atoms[n].aliases)):
        return None  # "the Palestinians of the Israeli-occupied West Bank": no place's name
    return place_state(ctx, so_far, at)


def _owning(ctx: DocState, so_far: Composition, k: int, owner: Owner, poss: bool, n: int,
            follower: Atom) -> Step | None:
    """The name at atom ``k`` (``poss``: with "'s") owning the title, group, person or
    organisation at atom ``n`` ("Iran's oil minister", "Russian troops", "the Iranian Red
    Crescent"), else None."""
    atom, doc = ctx.atoms[k], ctx.doc
    entity, alias = owner
    if follower.kind == "title":
        return title_at(ctx, so_far, n, owner, atom.start)
    if follower.kind == "group":
        return group_at(ctx, so_far, n, owner, atom.start)
    named = choose(ctx, so_far, follower)[0] if follower.kind == "ent" else None
    if named is not None and entity.kind == "country" and named.kind != "person" and \
            named.country not in (None, entity.country) and \
            (poss or follower.start == atom.end) and _generic_body(doc, follower):
        # "Peru's Congress", "the Philippine Senate": the owner's own body, not the
        # knowledge base's body of that common name (the US Congress)
        sector = GROUP_NOUNS[" ".join(t.lower_ for t in doc[follower.start:follower.end])]
        so_far = emit(ctx, so_far, Actor(name=span_text(doc, atom.start, follower.end),
                                         kind="group", country=entity.country, sector=sector),
                      atom.start, follower.end, "name")
        return so_far, n + 1
    if named is not None and entity.kind == "country" and intergovernmental(named):
        posted = posted_diplomat(ctx, n)
        if posted is not None:  # "Chile's U.N. envoy": Chile's, serving at the UN
            return title_at(ctx, so_far, posted, owner, atom.start)
    if follower.kind == "person" or (named is not None and named.kind == "person"):
        if acronym_title(doc, atom, entity, n == k + 1 and not poss):
            return person_at(ctx, so_far, n, named, None, follower.start)  # "NSA Ajit Doval"
        return person_at(ctx, so_far, n, named, owner, atom.start)
    if follower.kind == "org" and grouping_prefix(entity, alias, poss, n == k + 1):
        # "the U.N. Refugee Office": the UN's
        return _org(ctx, so_far, n, entity, atom.start)
    if follower.kind == "org" and entity.kind == "country" and \
            (not poss or alias.basis in ("name", "metonym")):
        if not poss:  # "the Iranian Red Crescent": one mention
            return _org(ctx, so_far, n, entity, atom.start)
        # "Iran's Supreme National Security Council": the state, then its body (as
        # with a known body: "Israel's Knesset")
        so_far = _standalone(ctx, so_far, atom, entity, alias)
        return _org(ctx, so_far, n, entity, follower.start)
    return None


def _generic_body(doc, atom: Atom) -> bool:
    """A knowledge-base name that is also a collective noun for any state's body
    ("Congress", "Senate", "Supreme Court", "Parliament")."""
    return " ".join(t.lower_ for t in doc[atom.start:atom.end]) in GROUP_NOUNS


def _posting_state(ctx: DocState, so_far: Composition, k: int) -> Owner | None:
    """The state written just before the body at atom ``k``, over title modifiers ("Dutch
    Deputy U.N.", "Kenyan deputy EU", "Chile's acting UN"), else None."""
    doc, tok = ctx.doc, ctx.atoms[k].start - 1
    while tok >= 0 and doc[tok].lower_ in TITLE_MODIFIERS | _POSTING_WORDS:
        tok -= 1
    if tok >= 0 and doc[tok].lower_ in POSSESSIVE:
        tok -= 1
    for m in range(k - 1, -1, -1):
        atom = ctx.atoms[m]
        if atom.end - 1 < tok:
            return None
        if atom.end - 1 == tok and atom.kind == "ent":
            entity, alias = choose(ctx, so_far, atom)
            return (entity, alias) if entity.kind == "country" else None
    return None


# Words of a diplomat's rank that are no title modifier elsewhere ("permanent representative").
_POSTING_WORDS = frozenset({"permanent", "alternate"})


def _coordinated(ctx: DocState, so_far: Composition, k: int, entity: Entity,
                 alias: Alias) -> Step | None:
    """"Hungarian and Romanian officials", "the Turkish and Greek sides": each modifier of a
    coordinated pair owns the shared noun. Emits this one; the last is composed as usual."""
    atom, doc = ctx.atoms[k], ctx.doc
    if entity.kind == "person" or atom.end + 1 >= len(doc) or \
            doc[atom.end].lower_ not in ("and", "or", ",", "&"):
        return None
    other = ctx.by_start.get(atom.end + 1)
    if other is None or ctx.atoms[other].kind != "ent":
        return None
    partner, partner_alias = choose(ctx, so_far, ctx.atoms[other])
    if partner.kind == "person" or {alias.basis, partner_alias.basis} - {"demonym"}:
        return None
    shared = next_atom(ctx, other, ctx.atoms[other].end)
    if shared is None or shared[1].kind not in ("group", "title"):
        return None
    noun = shared[1]
    sector = noun.sector if noun.kind == "group" else title_sector(noun.label.split(),
                                                                    noun.sector)
    noun_text = span_text(doc, noun.start, noun.end)
    name = f"{span_text(doc, atom.start, atom.end)} {noun_text}"
    kind = "group" if noun.kind == "group" else "person"
    so_far = emit(ctx, so_far, Actor(name=name, kind=kind, country=entity.country, sector=sector,
                                     role=noun_text if kind == "person" else None),
                  atom.start, atom.end, "demonym")
    return so_far, k + 1


def _standalone(ctx: DocState, so_far: Composition, atom: Atom, entity: Entity,
                alias: Alias) -> Composition:
    """A known name modifying nothing after it: the entity, unless it only describes a thing
    ("Iranian drones", "Russian-made") or a capital is the place ("in Tehran")."""
    doc = ctx.doc
    bases = {a.basis for a in atom.aliases if a.entity_id == entity.id}
    head = doc[atom.end - 1]
    if bases <= {"demonym", "plural"} and atom.end < len(doc) and doc[atom.end].text == "-":
        return so_far  # "Russian-made", "Iranian-backed"
    # "Iranian drones": the adjective only modifies a thing; "the Iranian" is rare
    if bases == {"demonym"} and (head.pos_ == "ADJ" or head.dep_ in ("amod", "compound")
                                 or head.is_title is False):
        return so_far
    if "metonym" in bases and "name" not in bases:
        if _locative(ctx, atom) or other_city_state(ctx, atom, entity):
            return so_far  # "in Tehran"; "Tripoli" in a story about Lebanon: a city
        sector = next(a.sector for a in atom.aliases if a.basis == "metonym")
        return emit(ctx, so_far, entity_actor(ctx, entity, sector), atom.start, atom.end,
                    "metonym")
    if bases == {"plural"}:
        return emit(ctx, so_far, entity_actor(ctx, entity), atom.start, atom.end, "demonym")
    if bases == {"demonym"} and entity.kind == "country":
        return emit(ctx, so_far, entity_actor(ctx, entity), atom.start, atom.end, "demonym")
    basis = "name" if entity.kind == "country" else ("org" if entity.kind == "organization"
                                                     else "group")
    actor = entity_actor(ctx, entity)
    if actor.country is None and entity.kind != "country":
        actor = replace(actor, country=story_state(ctx, so_far))  # "La Prensa": the story's
    return emit(ctx, so_far, actor, atom.start, atom.end, basis)


def _locative(ctx: DocState, atom: Atom) -> bool:
    """"in Tehran", "TEHRAN, Iran (AP) —": the place, not its government."""
    doc = ctx.doc
    before = atom.start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    if before >= 0 and doc[before].lower_ == "to" and doc[before].head.lemma_ in GIVING_VERBS:
        return False  # "supplied drones to Moscow": the receiving government
    if before >= 0 and doc[before].lower_ in LOCATIVE:
        # "part of Moscow's challenge", "in response to Ankara's purchase": a capital owning
        # an act or a policy is its government; owning a part of the city ("in Kyiv's
        # suburbs", "to Moscow's Red Square") it is the place
        return not (atom.end < len(doc) and doc[atom.end].lower_ in POSSESSIVE
                    and not _city_part(doc, atom))
    after = atom.end
    if after + 1 < len(doc) and doc[after].text == "," and doc[atom.start].is_upper:
        return True
    if after < len(doc) and doc[after].text in (":", "\u2014", "\u2013", "--") and \
            (atom.start == 0 or "\n" in doc[atom.start - 1].text):
        return True  # a dateline: "Tehran: …", "KYIV — …" at the start of a line
    return after + 1 < len(doc) and doc[after].text == "," and \
        (after + 1) in ctx.by_start and \
        any(a.basis == "name" for a in ctx.atoms[ctx.by_start[after + 1]].aliases)


def _city_part(doc, atom: Atom) -> bool:
    """What a capital owns with "'s" is a part or feature of the city: a name ("Moscow's Red
    Square") or a city word ("Kyiv's suburbs", "Tehran's mayor")."""
    owned = doc[atom.end - 1].head
    if owned.i <= atom.end - 1:
        return True  # no possessed noun after it: read as before, the place
    return owned.pos_ == "PROPN" or owned.lower_ in CITY_PARTS


# -- organisations the KB does not know -----------------------------------------------------
# Bodies that are in a place without belonging to its state: gatherings held there, and
# missions sent there ("the U.N. Stabilization Mission in the Central African Republic").
_NOT_LOCAL = frozenset({"forum", "conference", "summit", "meeting", "congress", "convention",
                        "festival", "games", "olympics", "expo", "fair", "symposium", "mission",
                        "embassy", "consulate", "delegation"})


def _located(ctx: DocState, so_far: Composition, start: int, end: int) -> str | None:
    """"the Red Crescent in Bam, Iran", "a charity based in Nairobi": the state of the place
    an unknown organisation is in (not where it meets: "a forum in Geneva for talks")."""
    doc = ctx.doc
    if any(t.lower_ in _NOT_LOCAL for t in doc[start:end]):
        return None  # "the World Water Forum in Kyoto" is held there, by no state
    tok = end + (end < len(doc) and doc[end].lower_ == "based")
    if tok + 1 >= len(doc) or doc[tok].lower_ != "in":
        return None
    place = tok + 1 + (doc[tok + 1].lower_ == "the")
    if venue(doc, start, place):
        return None
    return place_state(ctx, so_far, place)


def _org(ctx: DocState, so_far: Composition, k: int, country: Entity | None,
         start: int) -> Step:
    """A name NER calls an organisation at atom ``k`` (from token ``start``, after the
    state ``country`` if one came before): a surname or a place misread, else the body."""
    atom, doc = ctx.atoms[k], ctx.doc
    # "Chikwati" after "Raylton Chikwati": the small model calls surnames ORG
    if country is None and atom.end - atom.start == 1 and (
            earlier_person(ctx, so_far, atom) or earlier_unknown(doc, so_far, atom)):
        return person_at(ctx, so_far, k, None, None, None)
    if country is None and _locative(ctx, atom) and \
            place_country(span_text(doc, atom.start, atom.end)):
        return so_far, k + 1  # "near Quetta": a town NER took for an organisation
    title = ctx.atoms[k + 1] if k + 1 < len(ctx.atoms) else None
    if country is None and title is not None and title.kind == "title" and \
            title.start == atom.end and state_title(title.label.split()) and \
            place_country(span_text(doc, atom.start, atom.end)):
        return so_far, k + 1  # "Quetta Mayor X": a place NER took for an organisation
    words = [t.lower_ for t in doc[atom.start:atom.end]]
    end, last = atom.end, k
    if country is None and atom.country is None:
        owner = of_state(ctx, so_far, k, atom.end)  # "the Supreme Court of Kenya"
        if owner is not None:
            country, last = owner
            end = ctx.atoms[last].end
    name = span_text(doc, start, end)
    code = country.country if country else atom.country
    sector = org_sector(words, is_state(ctx.kb, code))
    if code is None:
        placed, business = org_place(ctx, atom.start, atom.end, words)
        code, sector = placed, business or sector
    if code is None:
        code = _located(ctx, so_far, start, end)
    so_far = emit(ctx, so_far, Actor(name=name, kind="organization", country=code,
                                     sector=sector), start, end, "org")
    return so_far, last + 1
