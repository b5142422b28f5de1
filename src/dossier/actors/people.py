"""Persons and titles in actor phrases: "[country] [title] [name]", "the president of Iran",
"Javad Owji, Iran's oil minister,", "China's ambassador to the UN, Fu Cong,", a surname after
the full name.

Each step takes the document's ``DocState``, what composing has found so far
(``Composition``) and the atom it starts at, and returns the new ``Composition`` with the
index of the next atom (``Step``). Who holds an office is ``offices.py``'s.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.actors.atoms import Atom
from dossier.actors.context import (
    US_TITLES,
    party_state_after,
    place_country,
    place_states,
    state_title,
)
from dossier.actors.lexicon import (
    DIPLOMATIC_TITLES,
    HOME_OFFICE_MODIFIERS,
    NOT_IN_OFFICE,
    TITLE_MODIFIERS,
)
from dossier.actors.offices import (
    holder,
    home_office,
    intergovernmental,
    military_rank,
    person_actor,
    same_person,
    title_sector,
    titled_holder,
    weak_title,
)
from dossier.actors.relations import followers, official_possessor, service_title
from dossier.actors.state import (
    Composition,
    DocState,
    Owner,
    Step,
    add_pending,
    choose,
    emit,
    next_atom,
    span_text,
)
from dossier.coref import Found, Pending
from dossier.kb import Entity
from dossier.kb.text import POSSESSIVE
from dossier.model import Actor

__all__ = ["earlier_person", "earlier_unknown", "person_at", "posted_diplomat", "title_at"]


# -- titles ---------------------------------------------------------------------------------
def title_at(ctx: DocState, so_far: Composition, k: int, owner: Owner | None, start: int) -> Step:
    """A title at atom ``k`` (from token ``start``, with its ``owner`` if one came before):
    with the name after it, of a state after "of", or alone."""
    atom, doc = ctx.atoms[k], ctx.doc
    end = atom.end
    nxt = next_atom(ctx, k, atom.end, gaps=False)
    if owner is None and nxt is None and end + 1 < len(doc) and doc[end].lower_ == "of":
        step = _title_of(ctx, so_far, k, start)
        if step is not None:
            return step
    if nxt is not None:
        n, follower = nxt
        named = None
        if follower.kind == "ent":
            named = choose(ctx, so_far, follower)[0]
            if named.kind != "person":
                named = None
        if named is not None or follower.kind == "person":
            return person_at(ctx, so_far, n, named, owner, start, title=atom)
    if owner is not None:
        # "China's ambassador to the UN, Fu Cong,"
        step = _envoy(ctx, so_far, k, owner, start)
        if step is not None:
            return step
    return _title_alone(ctx, so_far, k, k, owner, start, end)


def posted_diplomat(ctx: DocState, n: int) -> int | None:
    """The index of the diplomatic title right after the body at atom ``n`` ("U.N.
    ambassador", "EU deputy envoy"), else None: a state written before the body posts him."""
    nxt = next_atom(ctx, n, ctx.atoms[n].end, gaps=True)
    if nxt is None or nxt[1].kind != "title" or \
            nxt[1].label.split()[-1] not in DIPLOMATIC_TITLES:
        return None
    return nxt[0]


def _title_of(ctx: DocState, so_far: Composition, k: int, start: int) -> Step | None:
    """The title at atom ``k`` followed by "of": "the president of Iran", "the foreign
    minister of Turkey", "the governor of Central Java"; else None."""
    atom, doc = ctx.atoms[k], ctx.doc
    end = atom.end
    of = next_atom(ctx, k, end + 1 + (doc[end + 1].lower_ == "the"), gaps=False)
    if of and of[1].kind == "ent":
        entity, alias = choose(ctx, so_far, of[1])
        if entity.kind != "person" and alias.basis in ("name", "metonym"):
            return _title_alone(ctx, so_far, k, of[0], (entity, alias), start, of[1].end)
        return None
    if state_title(atom.label.split()):
        return _title_of_place(ctx, so_far, k, start, end + 1)
    return None


def _title_alone(ctx: DocState, so_far: Composition, k: int, last: int, owner: Owner | None,
                 start: int, end: int) -> Step:
    """A title with no name: the office holder when the owner and title name an office,
    else a titled official of the owner; with no owner, a description for coreference."""
    atom = ctx.atoms[k]
    label = atom.label
    words = label.split()
    sector = title_sector(words, atom.sector)
    if owner is None:
        return add_pending(so_far, Pending(start, end, "title", label, sector)), last + 1
    entity, _alias = owner
    held_by, office = holder(ctx, so_far, entity, words)
    if held_by is not None:
        actor, kind = person_actor(ctx, held_by)
        so_far = emit(ctx, so_far, actor, start, end, "title",
                      kind or (office.kind if office else None))
        return so_far, last + 1
    role = span_text(ctx.doc, atom.start, atom.end)
    country = entity.country
    if entity.kind == "country" or (not entity.sector and intergovernmental(entity)):
        own = sector  # "the UN rapporteur": an official of the body, as "UN envoy X" is
    else:
        own = entity.sector
    actor = Actor(name=span_text(ctx.doc, start, end), kind="person", country=country,
                  sector=own, role=role)
    so_far = emit(ctx, so_far, actor, start, end, "title", office.kind if office else None)
    return so_far, last + 1


def _title_state(ctx: DocState, atom: Atom, name_end: int, clear: bool = False) -> str | None:
    """The state of a state office written without one: "Central Java Governor X" (the
    place before the title), "Sen. X (R-Texas)", else the document's main country (with
    ``clear``: only when it is well ahead of any other)."""
    doc, countries = ctx.doc, ctx.countries
    words = atom.label.split()
    lo = atom.start
    while lo > 0 and not doc[lo].is_sent_start and doc[lo - 1].is_title and \
            doc[lo - 1].pos_ == "PROPN" and (lo - 1) not in ctx.ent_tokens:
        lo -= 1  # NER's ORG/PERSON misreadings of a place ("Quetta Mayor") included
    if lo < atom.start:
        code = place_country(doc[lo:atom.start].text)
        if code:
            return code
        where = place_states(doc[lo:atom.start].text)
        main = countries.main()
        if where and main is not None and main not in where:
            return None  # "Miami Mayor X" in a story about Cuba: a place of uncertain state,
            # but not the story's, says the office is not the story's state's
    if words[-1] in US_TITLES or words[0] in US_TITLES:
        last = doc[name_end - 1]
        us = countries.count("USA")
        main = countries.main()
        if party_state_after(ctx.text, last.idx + len(last.text)) or \
                (us and (main is None or 2 * us >= countries.count(main))):
            return "USA"
    return countries.clear() if clear else countries.main()


def _title_of_place(ctx: DocState, so_far: Composition, k: int, start: int,
                    tok: int) -> Step | None:
    """"the governor of Central Java", "the mayor of Lyon": the place's state, else the
    document's (the place is not an actor)."""
    doc = ctx.doc
    if tok < len(doc) and doc[tok].lower_ == "the":
        tok += 1
    end = tok
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    if end == tok:
        return None
    atom = ctx.atoms[k]
    words = atom.label.split()
    country = place_country(doc[tok:end].text) or ctx.countries.main()
    so_far = emit(ctx, so_far, Actor(name=span_text(doc, start, end), kind="person",
                                     country=country, sector=state_title(words),
                                     role=span_text(doc, atom.start, atom.end)),
                  start, end, "title")
    last = k
    while last + 1 < len(ctx.atoms) and ctx.atoms[last + 1].start < end:
        last += 1
    return so_far, last + 1


def _envoy(ctx: DocState, so_far: Composition, k: int, owner: Owner,
           start: int) -> Step | None:
    """"China's ambassador to the UN, Fu Cong,": a titled person named after the title
    and its "to …" complement (or after a title whose holder the data lacks) is the
    owner's, with the title as role. Returns the step past the person, else None."""
    atom, doc = ctx.atoms[k], ctx.doc
    tok, complement = atom.end, False
    if tok + 1 < len(doc) and doc[tok].lower_ in ("to", "at", "in", "for"):
        at = tok + 1 + (doc[tok + 1].lower_ == "the")
        n = ctx.by_start.get(at)
        if n is None or ctx.atoms[n].kind != "ent":
            return None
        tok, complement = ctx.atoms[n].end, True
    if tok + 1 >= len(doc) or doc[tok].text != ",":
        return None
    n = ctx.by_start.get(tok + 1)
    if n is None:
        return None
    named = ctx.atoms[n]
    entity = choose(ctx, so_far, named)[0] if named.kind == "ent" else None
    if named.kind != "person" and (entity is None or entity.kind != "person"):
        return None
    if not complement and holder(ctx, so_far, owner[0], atom.label.split())[0] is not None:
        return None
    return person_at(ctx, so_far, n, entity, owner, start, title=atom)


# -- persons --------------------------------------------------------------------------------
def person_at(ctx: DocState, so_far: Composition, k: int, entity: Entity | None,
              owner: Owner | None, start: int | None = None, title: Atom | None = None) -> Step:
    """A person's name at atom ``k`` (from token ``start``, after its ``title`` and
    ``owner`` if any): the known person ``entity`` or one the text or the date identifies,
    else a person the knowledge base does not know; then an appositive title or the
    person's followers ("Zarqawi's militants")."""
    atom, doc = ctx.atoms[k], ctx.doc
    start = atom.start if start is None else start
    role = span_text(doc, title.start, title.end) if title else None
    words = title.label.split() if title else []
    sector = title_sector(words, title.sector) if title else None
    country = owner[0].country if owner else None
    if owner is None and title is not None and service_title(words):
        boss = official_possessor(doc, so_far, start)
        if boss is not None:  # "Putin's spokesman X": an official of the owner's state
            country = boss.country
    if entity is None:
        entity = _identify(ctx, so_far, atom, owner, title, words)
    if entity is not None:
        actor, office_kind = person_actor(ctx, entity, role, country, sector)
        if title and set(words) & NOT_IN_OFFICE and not ctx.kb.office_held(entity.id, ctx.on):
            actor = replace(actor, sector=None, role=role)
        basis = "name"
    else:
        actor, office_kind = _unknown_person(ctx, so_far, atom, title, country, sector)
        basis = "unknown-person"
    appos = _appositive(ctx, so_far, k, atom.end)
    if appos is not None and (actor.role is None or actor.country is None):
        a_country, a_role, a_sector, _span = appos
        actor = replace(actor, country=actor.country or a_country, role=actor.role or a_role,
                        sector=actor.sector or a_sector)
        if actor.country is None and actor.entity_id is None and a_role and \
                home_office(a_role.lower().split()):
            # "X, minister of environment and tourism,": the story's state's minister
            actor = replace(actor, country=ctx.countries.main())
    if actor.country is None and actor.entity_id is None:
        member_of = _listed_members(doc, so_far, atom.start)
        if member_of is not None:
            actor = replace(actor, country=member_of.country,
                            sector=actor.sector or member_of.sector)
    if actor.country is None and actor.entity_id is None and actor.role is None and \
            _citizen_name(doc, atom):
        revealed = _revealed_title(doc, so_far, atom)
        if revealed is not None:  # "Chile's U.N. envoy spoke … . Ana Rojas …"
            actor = replace(actor, country=revealed.country, sector=revealed.sector,
                            role=revealed.role)
    if actor.country is None and actor.entity_id is None and actor.role is None and \
            _citizen_name(doc, atom):
        # a person named in full, with no office, in a story clearly about one state: its
        # citizen (PLOVER codes people by nationality); with no clear state, none
        actor = replace(actor, country=ctx.countries.clear())
    so_far = emit(ctx, so_far, actor, start, atom.end, basis, office_kind)
    if appos is not None:
        so_far = emit(ctx, so_far, actor, appos[3][0], appos[3][1], "title", office_kind)
        return so_far, appos[3][2] + 1
    return followers(ctx, so_far, k, actor)


def _identify(ctx: DocState, so_far: Composition, atom: Atom, owner: Owner | None,
              title: Atom | None, words: list[str]) -> Entity | None:
    """The known person a name the knowledge base did not match is: one named in full
    earlier, the holder of the office its title names, or a near spelling of a known one."""
    doc = ctx.doc
    entity = earlier_person(ctx, so_far, atom)
    if entity is None and title is not None and owner is None:
        entity = titled_holder(ctx, atom, words)
    if entity is None and title is not None and owner is not None:
        # "US Secretary of State Anthony Blinken": the holder, misspelt
        held_by, _office = holder(ctx, so_far, owner[0], words)
        if held_by is not None and same_person(held_by, doc[atom.start:atom.end].text):
            entity = held_by
    if entity is None and (title or owner) and atom.end - atom.start > 1 and \
            earlier_unknown(doc, so_far, atom) is None:
        # "President Abdelaziz Bouteflicka": a titled full name spelt almost as a known one
        entity = ctx.kb.similar_person(doc[atom.start:atom.end].text)
    return entity


def _unknown_person(ctx: DocState, so_far: Composition, atom: Atom, title: Atom | None,
                    country: str | None, sector: str | None) -> tuple[Actor, str | None]:
    """A person the knowledge base does not know (and the office kind, if any): as named
    in full earlier, else with the state and sector its title gives."""
    earlier = earlier_unknown(ctx.doc, so_far, atom)
    if earlier is not None:
        return earlier.ref.actor, earlier.office_kind
    text = span_text(ctx.doc, atom.start, atom.end)
    if atom.end - atom.start == 1:
        text = ctx.unknown_names.get(text, text)
    role = None
    if title is not None:
        role, words = span_text(ctx.doc, title.start, title.end), title.label.split()
        if country is None and weak_title(words):
            sector = None  # "president Mark Clifford" of a society, not a state
        if country is None and state_title(words):
            country = _title_state(ctx, title, atom.end)
            sector = state_title(words)
        elif country is None and home_office(words):
            # "Interior Minister X" in a story about Kenya: Kenya's; a general quoted in a
            # story about an adversary is often the reporting side's: only a clear state.
            # "Foreign ministry spokesperson X" after "Chad's Ministry of Foreign Affairs":
            # the body named before is his, whatever state the story is most about
            country = _named_body_state(ctx, so_far, words) or \
                _title_state(ctx, title, atom.end, clear=military_rank(words))
            sector = title_sector(words, title.sector)
    return Actor(name=text, kind="person", country=country,
                 sector=sector if country or role else None, role=role), None


def _named_body_state(ctx: DocState, so_far: Composition, words: list[str]) -> str | None:
    """The state of the last body named before whose words hold all the title's words
    that make it a state office ("foreign ministry" spokesperson: "Chad's Ministry of
    Foreign Affairs", "the Chadian foreign ministry"; "police" chief: "Kenyan police")."""
    marks = set(words[:-1]) & HOME_OFFICE_MODIFIERS
    if not marks:
        return None
    doc = ctx.doc
    for found in reversed(so_far.found):
        actor = found.ref.actor
        if actor.kind == "person" or not actor.country:
            continue
        near = {t.lower_ for t in doc[found.start:min(len(doc), found.end + 4)]}
        if marks <= near:
            return actor.country
    return None


# Last words of names NER takes for persons that are places or things ("Beledweyne District").
_NOT_PERSON_LAST = frozenset({"district", "province", "region", "county", "state", "camp",
                              "city", "town", "village", "valley", "express", "airport", "port"})


def _citizen_name(doc, atom: Atom) -> bool:
    """A person's full name (two words or more) that NER reads as a person's."""
    return atom.end - atom.start > 1 and doc[atom.start].ent_type_ == "PERSON" and \
        doc[atom.end - 1].lower_ not in _NOT_PERSON_LAST


def _revealed_title(doc, so_far: Composition, atom: Atom) -> Actor | None:
    """"Chile's U.N. envoy spoke on Monday. Ana Rojas said …": a full name, new to the
    story, that opens the sentence after one whose last person was an official named only by
    title is that official (news names a speaker after first describing him). Else None."""
    sent = doc[atom.start].sent
    if atom.start - sent.start > 1 or sent.start == 0 or \
            (atom.end < len(doc) and doc[atom.end].text == ","):
        return None  # not the opening name; "John Mwangi, a farmer,": introduced anew
    for found in reversed(so_far.found):
        actor = found.ref.actor
        if found.end <= doc[sent.start - 1].sent.start:
            return None
        if actor.kind != "person":
            continue
        if found.ref.basis != "title" or actor.entity_id or not actor.role or \
                not actor.country or actor.name != found.ref.text:
            return None
        return actor
    return None


def _listed_members(doc, so_far: Composition, tok: int) -> Actor | None:
    """"members of the U.S. Senate — A, B and C": names listed after a dash or colon
    that follows a state body are its members (the body's Actor), else None."""
    names = {i for f in so_far.found if f.ref.actor.kind == "person" for i in
             range(f.start, f.end)}
    tok -= 1
    while tok > 0 and (doc[tok].text in (",", "and") or tok in names or
                       (doc[tok].is_title and doc[tok].pos_ == "PROPN")):
        tok -= 1
    if tok <= 0 or doc[tok].text not in ("\u2014", "\u2013", "--", ":", "-"):
        return None
    for found in reversed(so_far.found):
        if found.end == tok or (found.end == tok - 1 and doc[tok - 1].is_space):
            actor = found.ref.actor
            if actor.kind != "person" and actor.country and len(actor.country) == 3 and \
                    actor.sector in ("GOV", "LEG", "MIL", "COP", "JUD"):
                return actor
            return None
    return None


def earlier_person(ctx: DocState, so_far: Composition, atom: Atom) -> Entity | None:
    """A known person named in full earlier, now by surname ("Erdogan")."""
    text = ctx.doc[atom.start:atom.end].text
    if len(text.split()) != 1:
        return None
    for found in reversed(so_far.found):
        actor = found.ref.actor
        # "Kim" after "Kim Jong Un", "Xi" after "Xi Jinping": family names come first in
        # many naming traditions, so any part of the full name counts
        if actor.kind == "person" and actor.entity_id and \
                text in actor.name.replace("-", " ").split():
            return ctx.kb.entities.get(actor.entity_id)
    return None


def earlier_unknown(doc, so_far: Composition, atom: Atom) -> Found | None:
    """An unknown person named in full earlier, now by one part of the name."""
    text = doc[atom.start:atom.end].text
    if len(text.split()) > 1:
        return None
    for found in reversed(so_far.found):
        actor = found.ref.actor
        # any part of the name: "Yao" after "Yao Ming", "Owji" after "Javad Owji"
        if actor.kind == "person" and not actor.entity_id and text in actor.name.split():
            return found
    return None


def _nationality(ctx: DocState, state: Entity, atom: Atom, n: int, start: int):
    """"Metin Topuz, a local U.S. consulate employee,", "X, a Turkish citizen,": an
    apposition whose noun phrase a state modifies gives the person that state (no role).
    The phrase ends the apposition: a comma or the sentence's end follows its nouns."""
    doc = ctx.doc
    if state.kind != "country":
        return None
    end = atom.end
    while end < len(doc) and end - atom.end < 4 and doc[end].is_lower and \
            doc[end].pos_ in ("NOUN", "ADJ"):
        end += 1
    if end == atom.end or doc[end - 1].pos_ != "NOUN" or end >= len(doc) or \
            doc[end].text not in (",", ".", ";"):
        return None
    return state.country, None, None, (start, end, n)


def _posting(ctx: DocState, so_far: Composition, n: int, tok: int) -> tuple[int, Atom] | None:
    """"X, Dutch deputy U.N. ambassador,": past title modifiers after the state at atom
    ``n``, a body with a diplomatic title after it; returns that title's (index, atom)."""
    doc = ctx.doc
    while tok < len(doc) and doc[tok].lower_ in TITLE_MODIFIERS and tok not in ctx.by_start:
        tok += 1
    body = ctx.by_start.get(tok)
    if body is None or body <= n or ctx.atoms[body].kind != "ent" or \
            not intergovernmental(choose(ctx, so_far, ctx.atoms[body])[0]):
        return None
    posted = posted_diplomat(ctx, body)
    return (posted, ctx.atoms[posted]) if posted is not None else None


def _appositive(ctx: DocState, so_far: Composition, k: int, end: int):
    """"Javad Owji, Iran's oil minister," -> (country, role, sector, (start, end, last))."""
    doc = ctx.doc
    if end >= len(doc) or doc[end].text != ",":
        return None
    tok = end + 1
    if tok < len(doc) and doc[tok].lower_ in ("the", "a", "an"):
        tok += 1
    nxt = next_atom(ctx, k, tok, gaps=True)
    if nxt is None:
        # "a local U.S. consulate employee": the adjectives modify the head noun
        j = tok
        while j < min(len(doc), tok + 3) and doc[j].is_lower and doc[j].pos_ == "ADJ":
            j += 1
        nxt = next_atom(ctx, k, j, gaps=False) if j > tok else None
        if nxt is None or nxt[1].kind != "ent":
            return None
        entity, _alias = choose(ctx, so_far, nxt[1])
        return _nationality(ctx, entity, nxt[1], nxt[0], tok)
    n, atom = nxt
    owner = None
    if atom.kind == "ent":
        entity, _alias = choose(ctx, so_far, atom)
        if entity.kind == "person":
            return None
        owner = entity
        after = atom.end + (1 if atom.end < len(doc) and doc[atom.end].lower_ in POSSESSIVE
                            else 0)
        nxt = next_atom(ctx, n, after, gaps=True) or _posting(ctx, so_far, n, after)
        if nxt is None or nxt[1].kind != "title":
            return _nationality(ctx, entity, atom, n, tok)
        n, atom = nxt
    if atom.kind != "title":
        return None
    last, title_end = n, atom.end
    if owner is None and title_end + 1 < len(doc) and doc[title_end].lower_ == "of":
        of = next_atom(ctx, n, title_end + 1 + (doc[title_end + 1].lower_ == "the"),
                       gaps=False)
        if of and of[1].kind == "ent":
            entity, _alias = choose(ctx, so_far, of[1])
            if entity.kind != "person":
                owner, last, title_end = entity, of[0], of[1].end
    words = atom.label.split()
    country = owner.country if owner else None
    sector = (owner.sector if owner and owner.kind != "country"
              else title_sector(words, atom.sector))
    if owner is None and weak_title(words):
        sector = None
    return country, span_text(doc, atom.start, atom.end), sector, (tok, title_end, last)
