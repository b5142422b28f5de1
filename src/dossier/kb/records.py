"""Reading and validating knowledge-base files (states, organisations, office holders).

Pure parsing: a file's YAML mapping becomes plain records (``Entity``, ``Office``) or a
``ConfigError`` that names the file and the problem. The formats are documented in
``data/README.md``; ``kb.py`` builds the lookup tables over these records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from dossier.errors import ConfigError

DATA_DIR = Path(__file__).resolve().parent / "data"
KINDS = ("country", "person", "organization", "group")
OFFICE_KINDS = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                "security_adviser", "military_chief", "intelligence_chief", "supreme_leader",
                "other")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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

    def update(self, other: "Records") -> None:
        self.entities.update(other.entities)
        self.offices.update(other.offices)


def read_yaml(path: Path) -> Mapping[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_Loader)  # noqa: S506 - a safe loader
    except OSError as exc:
        raise ConfigError(f"cannot read knowledge-base file {path}: {exc}",
                          fix="check the path given in the kb setting") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"knowledge-base file {path} is not valid YAML: {exc}",
                          fix="fix the YAML syntax at the position shown") from exc
    except (ValueError, TypeError) as exc:  # e.g. an impossible date such as 2020-13-01
        raise ConfigError(f"knowledge-base file {path} has an invalid value: {exc}",
                          fix="write dates as YYYY-MM-DD and check the values") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"knowledge-base file {path} must hold a mapping at the top level",
                          fix="use the keys states:, organizations:, country:/offices:/persons:")
    return data


def parse_file(path: Path) -> Records:
    """Parse one file of any of the formats (keys may be combined in a user file)."""
    data = read_yaml(path)
    known = {"states", "organizations", "country", "offices", "persons"}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"knowledge-base file {path} has unknown top-level keys: "
                          f"{', '.join(sorted(map(str, unknown)))}",
                          fix=f"use only {', '.join(sorted(known))} (see kb/data/README.md)")
    records = Records()
    origin = str(path)
    default_country = data.get("country")
    if default_country is not None and not isinstance(default_country, str):
        raise ConfigError(f"{path}: 'country' must be a code such as IRN",
                          fix="write the file's state as its ISO code, e.g. country: IRN")
    for item in _items(data, "states", path):
        entity = _state(item, origin)
        records.entities[entity.id] = entity
    for item in _items(data, "organizations", path):
        entity = _organization(item, origin)
        records.entities[entity.id] = entity
    for item in _items(data, "persons", path):
        entity = _person(item, default_country, origin)
        records.entities[entity.id] = entity
    for item in _items(data, "offices", path):
        office = _office(item, default_country, origin)
        records.offices[office.id] = office
    return records


def _items(data: Mapping[str, Any], key: str, path: Path) -> Iterable[Mapping[str, Any]]:
    items = data.get(key) or []
    if not isinstance(items, list):
        raise ConfigError(f"{path}: '{key}' must be a list of entries",
                          fix=f"write each entry under {key}: on its own line starting with '- '")
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise ConfigError(f"{path}: entry {index + 1} of '{key}' is not a mapping",
                              fix="write the entry as key: value pairs (see kb/data/README.md)")
        yield item


def _need(item: Mapping[str, Any], key: str, origin: str, what: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        label = item.get("id") or item.get("code") or item.get("name") or "?"
        raise ConfigError(f"{origin}: {what} {label!r} has no {key!r} (a non-empty string)",
                          fix=f"add {key}: to the entry")
    return value.strip()


def _strings(item: Mapping[str, Any], key: str, origin: str) -> tuple[str, ...]:
    value = item.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise ConfigError(f"{origin}: {key!r} of {item.get('id') or item.get('code')!r} "
                          "must be a list of strings",
                          fix=f"write {key}: [first, second]")
    return tuple(str(v) for v in value)


def _state(item: Mapping[str, Any], origin: str) -> Entity:
    code = _need(item, "code", origin, "state")
    if len(code) != 3 or not code.isupper():
        raise ConfigError(f"{origin}: state code {code!r} is not an ISO 3166-1 alpha-3 code",
                          fix="use three upper-case letters, e.g. IRN")
    metonyms = item.get("metonyms") or {}
    if not isinstance(metonyms, dict):
        raise ConfigError(f"{origin}: metonyms of {code} must map text to a sector",
                          fix="write metonyms as a mapping, e.g. {the Kremlin: GOV}")
    return Entity(id=code, name=item.get("name") or code, kind="country", country=code,
                  aliases=_strings(item, "aliases", origin), wikidata=item.get("wikidata"),
                  formal=item.get("formal"), demonyms=_strings(item, "demonyms", origin),
                  plurals=_strings(item, "plurals", origin),
                  metonyms=tuple((str(k), str(v or "GOV")) for k, v in metonyms.items()),
                  origin=origin)


def _organization(item: Mapping[str, Any], origin: str) -> Entity:
    ident = _need(item, "id", origin, "organisation")
    kind = item.get("kind", "organization")
    if kind not in ("organization", "group"):
        raise ConfigError(f"{origin}: organisation {ident!r} has kind {kind!r}",
                          fix="use kind: organization or kind: group")
    return Entity(id=ident, name=_need(item, "name", origin, "organisation"), kind=kind,
                  country=item.get("country"), sector=item.get("sector"),
                  aliases=_strings(item, "aliases", origin), wikidata=item.get("wikidata"),
                  demonyms=_strings(item, "adjectives", origin), part_of=item.get("part_of"),
                  origin=origin, periods=_periods(item, ident, origin),
                  leaders=_strings(item, "leaders", origin))


def _periods(item: Mapping[str, Any], ident: str, origin: str) -> tuple:
    """``sectors: [{until: 2021-08-15, sector: REB}]``: the sector in force before a date
    (or between ``start`` and ``until``); the entry's ``sector`` applies otherwise."""
    raw = item.get("sectors") or []
    if not isinstance(raw, list):
        raise ConfigError(f"{origin}: 'sectors' of {ident!r} must be a list of periods",
                          fix="write sectors: [{until: YYYY-MM-DD, sector: REB}]")
    periods = []
    for index, period in enumerate(raw):
        where = f"period {index + 1} of {ident!r}"
        if not isinstance(period, dict) or not isinstance(period.get("sector"), str) or \
                (period.get("start") is None and period.get("until") is None):
            raise ConfigError(f"{origin}: {where} needs a sector and a start or until date",
                              fix="write {until: YYYY-MM-DD, sector: REB}")
        periods.append((_date(period.get("start"), origin, where),
                        _date(period.get("until"), origin, where), period["sector"]))
    return tuple(periods)


def _person(item: Mapping[str, Any], default_country: str | None, origin: str) -> Entity:
    ident = _need(item, "id", origin, "person")
    return Entity(id=ident, name=_need(item, "name", origin, "person"), kind="person",
                  country=item.get("country") or default_country, sector=item.get("sector"),
                  aliases=_strings(item, "aliases", origin), wikidata=item.get("wikidata"),
                  origin=origin, group=item.get("group"))


def _date(value: Any, origin: str, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"{origin}: {where} has the invalid date {value!r}",
                          fix="write dates as YYYY-MM-DD") from exc


def _office(item: Mapping[str, Any], default_country: str | None, origin: str) -> Office:
    ident = _need(item, "id", origin, "office")
    prefix = ident.split(".", 1)[0] if "." in ident else ""
    # _international.yaml holds offices of many organisations: the id's prefix (NATO.…)
    # names the office's code when the entry does not say it
    country = item.get("country") or (prefix if prefix.isupper() else None) or default_country
    kind = item.get("kind") or "other"
    if kind not in OFFICE_KINDS:
        raise ConfigError(f"{origin}: office {ident!r} has the unknown kind {kind!r}",
                          fix=f"use one of {', '.join(OFFICE_KINDS)}")
    terms = []
    for index, raw in enumerate(item.get("terms") or []):
        if not isinstance(raw, dict) or "start" not in raw:
            raise ConfigError(f"{origin}: term {index + 1} of office {ident!r} needs start:",
                              fix="give each term as {person: id, start: YYYY-MM-DD}")
        where = f"term {index + 1} of office {ident!r}"
        start = _date(raw.get("start"), origin, where)
        if start is None:
            raise ConfigError(f"{origin}: {where} has no start date",
                              fix="give the term's first day as start: YYYY-MM-DD")
        terms.append(Term(person=raw.get("person"), start=start,
                          end=_date(raw.get("end"), origin, where),
                          acting=bool(raw.get("acting")), vacant=bool(raw.get("vacant"))))
    titles = tuple(t.lower() for t in _strings(item, "titles", origin))
    title = _need(item, "title", origin, "office")
    return Office(id=ident, country=country, title=title,
                  titles=titles or (title.lower(),), kind=kind,
                  sector=item.get("sector") or "GOV", leader=bool(item.get("leader")),
                  established=_date(item.get("established"), origin, f"office {ident!r}"),
                  terms=tuple(sorted(terms, key=lambda t: t.start)), origin=origin)


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
