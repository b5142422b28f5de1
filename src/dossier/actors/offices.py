"""Offices and titles: who holds the office a title names on the document's date, a known
person as an actor (coded by the office held), and what a title's words say of its sector
("opposition leader" -> OPP) or its state ("the group's president" is no state's).

Lookups only: nothing here adds to the ``Composition``; composing persons and titles is
``people.py``'s.
"""

from __future__ import annotations

from dossier.actors.atoms import Atom
from dossier.actors.lexicon import (
    HOME_OFFICE_MODIFIERS,
    HOME_OFFICES,
    MIL_MODIFIERS,
    NOT_IN_OFFICE,
    TITLE_HEADS,
)
from dossier.actors.state import Composition, DocState
from dossier.kb import Entity, Office, fold
from dossier.model import Actor

__all__ = ["holder", "home_office", "intergovernmental", "military_rank", "person_actor", "same_person", "title_sector",
           "titled_holder", "weak_title"]


def person_actor(ctx: DocState, entity: Entity, role: str | None = None,
                 country: str | None = None,
                 sector: str | None = None) -> tuple[Actor, str | None]:
    """A known person as an actor on the date, with the kind of office held (if any): coded
    by the office, else by the armed group led, else by the person's own state and the
    ``role``/``country``/``sector`` the text gives."""
    kb, on = ctx.kb, ctx.on
    held = kb.office_held(entity.id, on)
    group = kb.group_of(entity.id)
    if held:
        office, _term = held
        office_sector = office.sector
        if group is not None and _names_group(office.title, group):
            # "Supreme Leader of the Taliban": the group's sector on the date
            office_sector = kb.sector_on(group, on) or office_sector
        return Actor(name=entity.name, kind="person", country=office.country,
                     sector=office_sector, role=office.title, wikidata=entity.wikidata,
                     entity_id=entity.id), office.kind
    if group is not None:  # a militant leader with no state office on the date
        return Actor(name=entity.name, kind="person",
                     country=entity.country or group.country,
                     sector=entity.sector or kb.sector_on(group, on),
                     role=role, wikidata=entity.wikidata, entity_id=entity.id), None
    return Actor(name=entity.name, kind="person",
                 country=kb.country_on(entity.id, on) or country,
                 sector=sector if role else entity.sector, role=role,
                 wikidata=entity.wikidata, entity_id=entity.id), None


def holder(ctx: DocState, so_far: Composition, entity: Entity,
           words: list[str]) -> tuple[Entity | None, Office | None]:
    """The person holding the office the title names for this country/organisation, and
    the office ("counterpart": the office of the kind the last office holder found has)."""
    kb = ctx.kb
    if set(words) & NOT_IN_OFFICE:
        return None, None
    words = [w for w in words if w not in ("current", "incumbent", "new", "sitting")]
    label = " ".join(words)
    office = None
    if label in ("counterpart", "counterparts"):
        office = _counterpart_office(kb, so_far, entity)
    else:
        for code in (entity.id, entity.country):
            home = kb.entities.get(code or "")
            # Hamas's leader is not Palestine's: an organisation's own offices only
            if code and (entity.kind == "country" or code == entity.id
                         or home is None or home.kind != "country"):
                office = kb.office(code, label)
                if office is None and words[0] in ("top", "senior", "chief"):
                    office = kb.office(code, " ".join(words[1:]))
                if office:
                    break
    if office is None:
        return None, None
    person = kb.holder(office, ctx.on)
    if person is None and label in ("leader", "top leader") and entity.kind == "country":
        # "the Ethiopian leader" under a military regime with no prime minister
        fallback = kb.leader_on(entity.id, ctx.on)
        if fallback is not None:
            return fallback[1], fallback[0]
    return person, office


def _counterpart_office(kb, so_far: Composition, entity: Entity) -> Office | None:
    for found in reversed(so_far.found):
        if found.ref.actor.kind == "person" and found.office_kind:
            return kb.office_of_kind(entity.country or entity.id, found.office_kind)
    return None


def titled_holder(ctx: DocState, atom: Atom, words: list[str]) -> Entity | None:
    """"leader Kim", "President Macron" with no country named: the one holder on the
    date of an office the title names whose name has this word."""
    if atom.end - atom.start != 1 or set(words) & NOT_IN_OFFICE:
        return None
    kb = ctx.kb
    label = " ".join(w for w in words if w not in ("top", "current", "new"))
    found = {person.id: person for office, person in
             kb.holders_named(ctx.doc[atom.start].text, ctx.on)
             if kb.office(office.country, label) is office}
    return next(iter(found.values())) if len(found) == 1 else None


_WEAK_TITLE_HEADS = frozenset({"president", "head", "chief", "director", "leader", "spokesman",
                               "spokeswoman", "spokesperson", "official", "secretary",
                               "chairman", "founder", "representative", "adviser", "advisor"})


def home_office(words: list[str]) -> bool:
    """A title of a state's own office ("interior minister", "district commissioner",
    "major general", "provincial spokesperson"): its holder serves a state even when none is
    written. "General" only as a rank: a secretary or director general may head any body."""
    if not words:
        return False
    if words[-1] not in HOME_OFFICES:
        # "provincial spokesperson", "police chief": a modifier says it is a state's office
        return bool(set(words[:-1]) & HOME_OFFICE_MODIFIERS)
    return words[-1] not in ("general", "gen.") or all(w in MIL_MODIFIERS for w in words[:-1])


def military_rank(words: list[str]) -> bool:
    """A rank ("general", "Lt. Col."): its head is a military title head."""
    return bool(words) and TITLE_HEADS.get(words[-1]) == "MIL"


def weak_title(words: list[str]) -> bool:
    """Titles that are not a state's unless a state is named ("the group's president")."""
    return bool(words) and words[-1] in _WEAK_TITLE_HEADS


def same_person(entity: Entity, text: str) -> bool:
    """A name in the text is the office holder's, allowing for spelling ("Anthony")."""
    from rapidfuzz import fuzz

    names = [fold(n) for n in (entity.name, *entity.aliases)]
    text = fold(text)
    words = text.split()
    surname = words[-1]
    # the title and state already name the office: a name spelt nearly as the holder's last
    # words is the holder ("Dos Sontas" for dos Santos), when long enough to judge
    return any(surname == n.split()[-1] or fuzz.ratio(text, n) >= 85 or
               (len(text) >= 8 and fuzz.ratio(text, " ".join(n.split()[-len(words):])) >= 75)
               for n in names)


def _names_group(title: str, group: Entity) -> bool:
    """An office title that names the group ("Supreme Leader of the Taliban")."""
    words = f" {fold(title)} "
    return any(len(a) > 3 and f" {fold(a).removeprefix('the ')} " in words
               for a in (group.name, *group.aliases))


def intergovernmental(entity: Entity) -> bool:
    """A body coded by its own code or its parent's (UN, EU, AU, NATO, AES, a UN agency),
    whose titled officials are officials like a state's; not an NGO or a company."""
    return entity.kind == "organization" and (entity.country == entity.id
                                              or entity.part_of is not None)


def title_sector(words: list[str], default: str | None) -> str | None:
    """The sector a title's words imply ("opposition leader" -> OPP, "army chief" -> MIL),
    else ``default`` (the head word's)."""
    if "opposition" in words:
        return "OPP"
    if "rebel" in words or "militant" in words:
        return "REB"
    if set(words) & MIL_MODIFIERS and not {"minister", "secretary"} & set(words):
        return "MIL"
    return default
