"""Knowledge-base files as records (states, organisations, office holders).

A file is validated against its schema (``schema.py``: a ``ConfigError`` names the file, the
line and the fix) and becomes plain records (``Entity``, ``Office``). The formats are
documented in ``data/README.md``; ``knowledge.py`` builds the lookup tables over these records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the schema (and pydantic) is imported only when a file is parsed
    from dossier.kb.schema import (OfficeEntry, OrganizationEntry, PeopleEntry, PersonEntry,
                                   StateEntry)

__all__ = ["DATA_DIR", "KINDS", "OFFICE_KINDS", "Entity", "Office", "Records", "Term",
           "merge_state", "parse_file", "pycountry_states"]

DATA_DIR = Path(__file__).resolve().parent / "data"
KINDS = ("country", "person", "organization", "group")
OFFICE_KINDS = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                "security_adviser", "military_chief", "intelligence_chief", "supreme_leader",
                "other")


@dataclass(frozen=True)
class Entity:
    """A state, organisation, group or person the knowledge base knows by name."""

    id: str
    name: str
    kind: str  # one of KINDS
    country: str | None = None  # home state or grouping code; a person's state of record
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    formal: str | None = None
    demonyms: tuple[str, ...] = ()  # adjectives: "Iranian", "Western"
    plurals: tuple[str, ...] = ()  # nouns for the people: "Iranians", "the British"
    metonyms: tuple[tuple[str, str], ...] = ()  # (text, sector): ("the Kremlin", "GOV")
    part_of: str | None = None
    origin: str = ""  # the file it came from
    # a group's sector for periods other than now: ((start, end, sector), ...), end exclusive
    # ("the Taliban": REB until 2021-08-15, then GOV)
    periods: tuple[tuple[date | None, date | None, str], ...] = ()
    group: str | None = None  # a person: the non-state group they lead or speak for
    leaders: tuple[str, ...] = ()  # a group: ids of persons (from any file) who lead it
    # a grouping's member states: ((code, start, until), ...), until exclusive, None: open
    members: tuple[tuple[str, date | None, date | None], ...] = ()
    # a regional grouping: the id of the union its adjective stands for in a story that names
    # that union ("tariffs on European products" in a story about the EU: the EU's)
    union: str | None = None


@dataclass(frozen=True)
class Term:
    person: str | None
    start: date
    end: date | None = None  # exclusive: the day the successor took office
    acting: bool = False
    vacant: bool = False


@dataclass(frozen=True)
class Office:
    id: str
    country: str
    title: str
    titles: tuple[str, ...] = ()
    kind: str = "other"
    sector: str = "GOV"
    leader: bool = False
    established: date | None = None
    terms: tuple[Term, ...] = ()
    origin: str = ""


@dataclass
class Records:
    """Everything one or more files define, in load order (later wins by id)."""

    entities: dict[str, Entity] = field(default_factory=dict)
    offices: dict[str, Office] = field(default_factory=dict)

    def update(self, other: Records) -> None:
        self.entities.update(other.entities)
        self.offices.update(other.offices)


def parse_file(path: Path, *, user: bool = True) -> Records:
    """Parse one file: a bundled file against its own format's schema, a user's file against
    the schema of all formats combined (``schema.py``). Raises ConfigError naming the file,
    the line and the fix."""
    # Imported here: a knowledge base read from the on-disk cache needs neither the schema
    # nor pydantic, whose import costs more than unpickling the whole knowledge base.
    from dossier.datafile import load_file
    from dossier.kb.schema import schema_for

    data = load_file(path, schema_for(path, user=user), what="knowledge-base file")
    records = Records()
    origin = str(path)
    default_country = getattr(data, "country", None)
    for item in getattr(data, "states", None) or ():
        entity = _state(item, origin)
        records.entities[entity.id] = entity
    for item in getattr(data, "organizations", None) or ():
        entity = _organization(item, origin)
        records.entities[entity.id] = entity
    for item in getattr(data, "peoples", None) or ():
        entity = _people(item, origin)
        records.entities[entity.id] = entity
    for item in getattr(data, "persons", None) or ():
        entity = _person(item, default_country, origin)
        records.entities[entity.id] = entity
    for item in getattr(data, "offices", None) or ():
        office = _office(item, default_country, origin)
        records.offices[office.id] = office
    return records


def _state(item: StateEntry, origin: str) -> Entity:
    metonyms = item.metonyms or {}
    return Entity(id=item.code, name=item.name or item.code, kind="country", country=item.code,
                  aliases=item.aliases, wikidata=item.wikidata, formal=item.formal,
                  demonyms=item.demonyms, plurals=item.plurals,
                  metonyms=tuple((text, sector or "GOV") for text, sector in metonyms.items()),
                  origin=origin)


def _organization(item: OrganizationEntry, origin: str) -> Entity:
    """``sectors: [{until: 2021-08-15, sector: REB}]`` become the periods: the sector in force
    before a date (or between ``start`` and ``until``); the entry's ``sector`` applies
    otherwise."""
    periods = tuple((p.start, p.until, p.sector) for p in item.sectors or ())
    return Entity(id=item.id, name=item.name, kind=item.kind, country=item.country,
                  sector=item.sector, aliases=item.aliases, wikidata=item.wikidata,
                  demonyms=item.adjectives, part_of=item.part_of, origin=origin,
                  periods=periods, leaders=item.leaders,
                  members=tuple((m.code, m.start, m.until) for m in item.members or ()),
                  union=item.union)


def _people(item: PeopleEntry, origin: str) -> Entity:
    """A people is a civilian group of the state it lives in: "Uyghurs" act and are acted on
    as China's (sector CVL), as analysts code them."""
    return Entity(id=item.id, name=item.name, kind="group", country=item.country,
                  sector="CVL", aliases=item.aliases, wikidata=item.wikidata,
                  demonyms=item.adjectives, origin=origin)


def _person(item: PersonEntry, default_country: str | None, origin: str) -> Entity:
    return Entity(id=item.id, name=item.name, kind="person",
                  country=item.country or default_country, sector=item.sector,
                  aliases=item.aliases, wikidata=item.wikidata, origin=origin, group=item.group)


def _office(item: OfficeEntry, default_country: str | None, origin: str) -> Office:
    prefix = item.id.split(".", 1)[0] if "." in item.id else ""
    # _international.yaml holds offices of many organisations: the id's prefix (NATO.…)
    # names the office's code when the entry does not say it
    country = item.country or (prefix if prefix.isupper() else None) or default_country
    terms = sorted((Term(person=t.person, start=t.start, end=t.end, acting=t.acting,
                         vacant=t.vacant) for t in item.terms or ()), key=lambda t: t.start)
    titles = tuple(t.lower() for t in item.titles)
    return Office(id=item.id, country=country, title=item.title,
                  titles=titles or (item.title.lower(),), kind=item.kind or "other",
                  sector=item.sector or "GOV", leader=item.leader, established=item.established,
                  terms=tuple(terms), origin=origin)


def pycountry_states() -> Records:
    """Every ISO 3166-1 state from pycountry: short, common and official names.

    Read at load time rather than copied into states.yaml so the list stays whatever the
    installed ISO data says and the YAML holds only what people wrote by hand."""
    import pycountry

    records = Records()
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        if ", " in name:  # "Congo, The Democratic Republic of the" -> "Democratic Republic of the Congo"
            head, tail = name.split(", ", 1)
            name = f"{tail} {head}".removeprefix("The ")
        aliases = {country.name} if ", " not in country.name else set()
        official = getattr(country, "official_name", None)
        if official:
            aliases.add(official)
        aliases.discard(name)
        records.entities[country.alpha_3] = Entity(
            id=country.alpha_3, name=name, kind="country", country=country.alpha_3,
            aliases=tuple(sorted(aliases)), formal=official, origin="pycountry")
    return records


def merge_state(base: Entity | None, over: Entity) -> Entity:
    """A hand-written state entry over pycountry's: names add up, the hand entry wins."""
    if base is None:
        return over
    aliases = tuple(dict.fromkeys((*over.aliases, *base.aliases,
                                   *([base.name] if base.name != over.name else []))))
    return Entity(id=over.id, name=over.name, kind="country", country=over.id,
                  aliases=aliases, wikidata=over.wikidata or base.wikidata,
                  formal=over.formal or base.formal, demonyms=over.demonyms,
                  plurals=over.plurals, metonyms=over.metonyms, origin=over.origin)
