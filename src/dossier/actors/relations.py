"""Actors named through another actor: "Zarqawi's militants" (a person's followers),
"Israel's militia ally" (a patron's client, who is not the patron), "Putin's spokesman" (an
official of the owner's state), and organisations whose state the name or the story gives
("the Esfahan Uranium Conversion Facilities", "La Prensa", "the Supreme Court of Kenya").

Each function takes the document's ``DocState`` and what composing has found so far
(``Composition``); the ones that add mentions return the new ``Composition``.
"""

from __future__ import annotations

from dossier.actors.lexicon import GROUP_NOUNS
from dossier.actors.state import (
    Composition,
    DocState,
    Step,
    choose,
    emit,
    next_atom,
    span_text,
)
from dossier.kb import Entity, KnowledgeBase
from dossier.kb.text import POSSESSIVE
from dossier.model import Actor

# Nouns for an actor that another one backs: "Iran's proxies" are not Iran.
PATRON_NOUNS = frozenset({"ally", "allies", "proxy", "proxies", "partner", "partners",
                          "client", "clients", "surrogate", "surrogates", "protege",
                          "proteges", "satellite"})
# Head words of a business's name: a company, plant or facility is BUS.
BUSINESS_WORDS = frozenset({"company", "companies", "co", "co.", "corporation", "corp",
                            "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "facility",
                            "facilities", "plant", "refinery", "factory", "mill", "mills",
                            "works", "industries", "enterprises", "holdings", "group"})


# Titles of service to another office holder: "Putin's spokesman" serves Putin's state.
_SERVICE_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
                            "aide", "deputy", "envoy", "secretary"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})


def service_title(words: list[str]) -> bool:
    """A title of office or service under someone ("chief adviser", "chief of staff")."""
    return bool(words) and (words[-1] in _SERVICE_HEADS or " ".join(words[-3:]) ==
                            "chief of staff")


def followers(ctx: DocState, so_far: Composition, k: int, person: Actor) -> Step:
    """"Zarqawi's militants", "Putin's troops": the body a person commands is coded by the
    person's state (a group leader's: the group's, with its sector on the date)."""
    atom, doc, kb = ctx.atoms[k], ctx.doc, ctx.kb
    if person.country is None or atom.end + 1 >= len(doc) or \
            doc[atom.end].lower_ not in POSSESSIVE:
        return so_far, k + 1
    nxt = next_atom(ctx, k, atom.end + 1)
    if nxt is None or nxt[1].kind != "group":
        return so_far, k + 1
    n, group = nxt
    leads = kb.group_of(person.entity_id) if person.entity_id else None
    sector = group.sector
    if leads is not None and sector in ("REB", "MIL", "GOV") and \
            not kb.office_held(person.entity_id, ctx.on):
        sector = kb.sector_on(leads, ctx.on) or sector
    name = f"{span_text(doc, atom.start, atom.end)}'s {span_text(doc, group.start, group.end)}"
    so_far = emit(ctx, so_far, Actor(name=name, kind="group", country=person.country,
                                     sector=sector), group.start, group.end, "name")
    return so_far, n + 1


def client(ctx: DocState, so_far: Composition, k: int) -> Step | None:
    """"Israel's militia ally", "Iran's proxies": the possessor names a patron; the
    phrase is the client, whose state the text does not give. Emits the client with no
    state (so that nothing codes it as the patron) and returns the next atom, else None."""
    atom, doc = ctx.atoms[k], ctx.doc
    if atom.end + 1 >= len(doc) or doc[atom.end].lower_ not in POSSESSIVE:
        return None
    head = doc[atom.end - 1].head
    if head.lower_ not in PATRON_NOUNS:
        tok = atom.end + 1
        while tok < min(len(doc), atom.end + 4) and doc[tok].lower_ not in PATRON_NOUNS \
                and doc[tok].pos_ in ("ADJ", "NOUN") and doc[tok].is_lower:
            tok += 1
        if tok >= len(doc) or doc[tok].lower_ not in PATRON_NOUNS:
            return None
        head = doc[tok]
    if head.i <= atom.end or head.i > atom.end + 4:
        return None
    words = [t.lower_ for t in doc[atom.end + 1:head.i]]
    sector = next((GROUP_NOUNS[w] for w in words if w in GROUP_NOUNS), None)
    so_far = emit(ctx, so_far, Actor(name=span_text(doc, atom.start, head.i + 1), kind="group",
                                     country=None, sector=sector),
                  atom.end + 1, head.i + 1, "context")
    last = k
    while last + 1 < len(ctx.atoms) and ctx.atoms[last + 1].start <= head.i:
        last += 1
    return so_far, last + 1


def org_place(ctx: DocState, start: int, end: int,
              words: list[str]) -> tuple[str | None, str | None]:
    """(country, sector) of an organisation the knowledge base does not know and no state
    owns in the text: a business ("… Company", "… Facilities") is BUS, placed by a place
    in its name ("Esfahan") else the story's main state; other names get neither."""
    if not set(words) & BUSINESS_WORDS:
        return None, None
    code = next((c for tok in ctx.doc[start:end] if tok.is_title and not tok.is_stop
                 and tok.lower_ not in BUSINESS_WORDS and (c := _city_state(tok.text))),
                None)
    return code or ctx.countries.main(), "BUS"


def is_state(kb: KnowledgeBase, code: str | None) -> bool:
    """``code`` is a state's (not a grouping's or an organisation's)."""
    entity = kb.entities.get(code or "")
    return entity is not None and entity.kind == "country"


def of_state(ctx: DocState, so_far: Composition, k: int, end: int) -> tuple[Entity, int] | None:
    """The state named by "of [the] <state>" right after an organisation, and its atom."""
    doc = ctx.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    of = next_atom(ctx, k, end + 1 + (doc[end + 1].lower_ == "the"), gaps=False)
    if of is None or of[1].kind != "ent":
        return None
    entity, alias = choose(ctx, so_far, of[1])
    if entity.kind != "country" or alias.basis != "name":
        return None
    return entity, of[0]


def official_possessor(doc, so_far: Composition, tok: int) -> Actor | None:
    """The state official owning the title at ``tok`` ("Putin's", "the U.N.
    secretary-general's"), else None: a company's or a critic's owner says nothing."""
    if tok < 2 or doc[tok - 1].lower_ not in POSSESSIVE:
        return None
    for found in reversed(so_far.found):
        if found.end == tok - 1:
            actor = found.ref.actor
            if actor.kind == "person" and actor.country and \
                    actor.sector in _STATE_SECTORS:
                return actor
            return None
    return None


def story_state(ctx: DocState, so_far: Composition) -> str | None:
    """The state the story is about so far, else the document's main state: for a
    known organisation with no state of its own ("La Prensa")."""
    return so_far.leading_state or ctx.countries.main()


def _city_state(word: str) -> str | None:
    """The state of a city of note (100,000 people or more) or a region with this name, when
    only one state has one: "Esfahan" -> IRN; not "Union" (many small towns)."""
    from dossier.actors.context import _gazetteer

    codes = {p.country for p, _primary in _gazetteer().lookup(word)
             if p.country and (p.kind in ("region", "state") or
                               (p.kind == "city" and p.population >= 100_000))}
    return codes.pop() if len(codes) == 1 else None
