"""The actor knowledge base: states, organisations, groups, persons and who held which office when.

``KnowledgeBase.from_files()`` reads the bundled YAML (``resolve/data``) plus the user's files;
a user entry with the same id replaces the bundled one, a new id adds to it. Lookups are by
id, by alias (case-aware, diacritic-insensitive), by office and date.
"""

from __future__ import annotations

import logging
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from dossier.cache import cached, mtime
from dossier.errors import ConfigError
from dossier.resolve.actor_data import (DATA_DIR, Entity, Office, Records, Term, merge_state,
                                        parse_file, pycountry_states)

log = logging.getLogger(__name__)

# How a title names an office when the country's office list does not list the wording.
TITLE_KINDS: dict[str, str] = {
    "president": "head_of_state", "head of state": "head_of_state",
    "prime minister": "head_of_government", "premier": "head_of_government",
    "chancellor": "head_of_government", "head of government": "head_of_government",
    "pm": "head_of_government",
    "foreign minister": "foreign_minister", "foreign secretary": "foreign_minister",
    "secretary of state": "foreign_minister", "top diplomat": "foreign_minister",
    "minister of foreign affairs": "foreign_minister", "foreign affairs minister": "foreign_minister",
    "defence minister": "defence_minister", "defense minister": "defence_minister",
    "defence secretary": "defence_minister", "defense secretary": "defence_minister",
    "secretary of defense": "defence_minister", "minister of defence": "defence_minister",
    "minister of defense": "defence_minister", "war minister": "defence_minister",
    "national security adviser": "security_adviser", "national security advisor": "security_adviser",
    "security adviser": "security_adviser",
    "supreme leader": "supreme_leader",
    "army chief": "military_chief", "military chief": "military_chief",
    "chief of staff": "military_chief", "chief of the general staff": "military_chief",
    "spy chief": "intelligence_chief", "intelligence chief": "intelligence_chief",
}


def fold(text: str) -> str:
    """Lower-case and strip diacritics without changing the length, so offsets survive."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "\u2019\u2018\u02bc":
        return "'"
    if ch in "\u2010\u2011\u2013":
        return "-"
    low = ch.lower()
    if len(low) != 1:
        low = ch
    base = unicodedata.normalize("NFKD", low)
    return base[0] if base and len(base[0]) == 1 and not unicodedata.combining(base[0]) else low


@dataclass(frozen=True)
class Alias:
    """One way the text names an entity."""

    text: str  # as written in the data (its capitals matter)
    folded: str
    entity_id: str
    basis: str  # name, metonym, demonym, plural, adjective
    sector: str | None = None  # a metonym's sector ("the Pentagon": MIL)
    needs_the: bool = False  # "the British": only after "the"

    @property
    def exact_case(self) -> bool:
        """Acronyms ("US", "IS", "UN") must match letter for letter."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) <= 5 and bool(letters) and all(c.isupper() for c in letters)

    def case_ok(self, original: str) -> bool:
        """Capitals in the alias must be capitals in the text (acronyms: exactly)."""
        if self.exact_case:
            return fold_keep_case(original) == fold_keep_case(self.text)
        if original.isupper() and len(original) > 3:
            return True  # an all-capitals headline
        return all(not a.isupper() or b.isupper() for a, b in zip(self.text, original))


def fold_keep_case(text: str) -> str:
    return "".join(unicodedata.normalize("NFKD", c)[0] for c in text)


class KnowledgeBase:
    """Entities, offices and the alias tables over them. Build with ``from_files``."""

    def __init__(self, records: Records) -> None:
        self.entities: dict[str, Entity] = dict(records.entities)
        self.offices: dict[str, Office] = dict(records.offices)
        self._aliases: dict[str, list[Alias]] = defaultdict(list)
        self._by_title: dict[tuple[str, str], str] = {}
        self._by_kind: dict[tuple[str, str], list[str]] = defaultdict(list)
        self._leader: dict[str, str] = {}
        self._person_offices: dict[str, list[tuple[Office, Term]]] = defaultdict(list)
        self._build()

    # -- construction -----------------------------------------------------------------
    @classmethod
    def from_files(cls, user_files: Sequence[str] = (), *,
                   bundled_people: bool = True) -> "KnowledgeBase":
        """The bundled data plus the user's files (theirs win by id). Raises ConfigError
        naming the file and the problem when a user file is wrong.

        ``bundled_people=False`` leaves out the bundled office holders (tests bring their own)."""
        return _load(tuple(str(p) for p in user_files),
                     tuple(mtime(Path(p)) for p in user_files), bundled_people)

    @classmethod
    def from_records(cls, *sources: Records) -> "KnowledgeBase":
        merged = Records()
        for source in sources:
            merged.update(source)
        return cls(merged)

    def _build(self) -> None:
        for entity in self.entities.values():
            self._add_alias(entity.name, entity.id, "name")
            for alias in entity.aliases:
                self._add_alias(alias, entity.id, "name")
            if entity.formal:
                self._add_alias(entity.formal, entity.id, "name")
            for text in entity.demonyms:
                self._add_alias(text, entity.id, "demonym")
            for text in entity.plurals:
                self._add_alias(text, entity.id, "plural")
            for text, sector in entity.metonyms:
                self._add_alias(text, entity.id, "metonym", sector)
        for office in self.offices.values():
            for title in office.titles:
                self._by_title[(office.country, title)] = office.id
            self._by_kind[(office.country, office.kind)].append(office.id)
            if office.leader:
                self._leader[office.country] = office.id
            for term in office.terms:
                if term.person:
                    self._person_offices[term.person].append((office, term))
        for bucket in self._aliases.values():
            bucket.sort(key=lambda a: -len(a.folded))

    def _add_alias(self, text: str, entity_id: str, basis: str, sector: str | None = None) -> None:
        text = text.strip()
        needs_the = False
        if text[:4].lower() == "the " and len(text) > 4:
            text = text[4:]  # the article is never part of a mention's span …
            needs_the = basis == "plural"  # … but "the French" needs it, "French" is not them
        if not text:
            return
        folded = fold(text)
        self._aliases[folded[:3]].append(Alias(text, folded, entity_id, basis, sector, needs_the))

    # -- alias lookups ------------------------------------------------------------------
    def aliases_at(self, folded_text: str, start: int) -> list[Alias]:
        """Aliases whose folded form starts at ``start`` of an already folded text
        (longest first); the caller checks token boundaries and capitals."""
        found: list[Alias] = []
        for width in (3, 2, 1):
            for alias in self._aliases.get(folded_text[start:start + width], ()):
                if len(alias.folded) >= width and folded_text.startswith(alias.folded, start):
                    if width < 3 and len(alias.folded) != width:
                        continue
                    found.append(alias)
        found.sort(key=lambda a: -len(a.folded))
        return found

    def lookup(self, text: str) -> list[Alias]:
        """Every alias written exactly as ``text`` (diacritics and case folded)."""
        folded = fold(text.strip()).removeprefix("the ")
        return [a for a in self._aliases.get(folded[:3], ()) if a.folded == folded]

    def entity(self, id_or_name: str) -> Entity | None:
        """An entity by id (IRN, NATO, vladimir-putin) or by one of its names."""
        if id_or_name in self.entities:
            return self.entities[id_or_name]
        upper = id_or_name.upper()
        if upper in self.entities and self.entities[upper].kind == "country":
            return self.entities[upper]
        hits = [a for a in self.lookup(id_or_name) if a.basis in ("name", "plural")]
        if not hits:
            hits = self.lookup(id_or_name)
        return self.entities[hits[0].entity_id] if hits else None

    def modifier(self, text: str) -> Entity | None:
        """The state or group a modifier word names ("Iranian", "U.S.", "Houthi"), with
        capitals checked; None for anything else. For callers outside the actor stage."""
        hits = [a for a in self.lookup(text) if a.basis in ("demonym", "name") and a.case_ok(text)]
        entities = [self.entities[a.entity_id] for a in hits]
        entities = [e for e in entities if e.kind in ("country", "group", "organization")]
        return entities[0] if entities else None

    def search(self, query: str, *, limit: int = 20) -> list[Entity]:
        """Entities matching a query: exact names first, then substrings, then close spellings."""
        query = query.strip()
        if not query:
            return sorted(self.entities.values(), key=lambda e: (e.kind, e.name))[:limit]
        results: dict[str, Entity] = {}
        exact = self.entity(query)
        if exact:
            results[exact.id] = exact
        needle = fold(query)
        for bucket in self._aliases.values():
            for alias in bucket:
                if needle in alias.folded and alias.entity_id not in results:
                    results[alias.entity_id] = self.entities[alias.entity_id]
        if len(results) < limit and len(needle) >= 4:
            results.update((e.id, e) for e in self._fuzzy(needle, limit - len(results))
                           if e.id not in results)
        return list(results.values())[:limit]

    def _fuzzy(self, needle: str, limit: int) -> list[Entity]:
        from rapidfuzz import fuzz, process

        # Plain edit-distance ratio: WRatio's partial matching lets any short alias ("PLO")
        # match inside an unrelated query.
        choices = {a.folded: a.entity_id for b in self._aliases.values() for a in b}
        hits = process.extract(needle, list(choices), scorer=fuzz.ratio, limit=limit * 3,
                               score_cutoff=85)
        seen: dict[str, Entity] = {}
        for text, _score, _ in hits:
            seen.setdefault(choices[text], self.entities[choices[text]])
        return list(seen.values())[:limit]

    # -- offices ------------------------------------------------------------------------
    def office(self, country: str, title: str) -> Office | None:
        """The office a country's title names ("IRN", "foreign minister")."""
        title = " ".join(fold(title).replace("-", " ").split())
        ident = self._by_title.get((country, title))
        if ident:
            return self.offices[ident]
        if title in ("leader", "top leader"):
            return self.offices.get(self._leader.get(country, ""))
        kind = TITLE_KINDS.get(title)
        if kind:
            ids = self._by_kind.get((country, kind))
            if ids:
                return self.offices[ids[0]]
        return None

    def office_of_kind(self, country: str, kind: str) -> Office | None:
        ids = self._by_kind.get((country, kind))
        return self.offices[ids[0]] if ids else None

    def leader_office(self, country: str) -> Office | None:
        ident = self._leader.get(country)
        return self.offices.get(ident) if ident else None

    def holder(self, office: str | tuple[str, str] | Office, on: date | None) -> Entity | None:
        """Who held the office on the date (today's holder when no date is given)."""
        if isinstance(office, tuple):
            found = self.office(*office)
        elif isinstance(office, str):
            found = self.offices.get(office)
        else:
            found = office
        if found is None:
            return None
        term = term_on(found, on)
        if term is None or term.person is None:
            return None
        return self.entities.get(term.person)

    def offices_of(self, person_id: str) -> list[tuple[Office, Term]]:
        """Every office the person held, in date order."""
        return sorted(self._person_offices.get(person_id, ()), key=lambda ot: ot[1].start)

    def office_held(self, person_id: str, on: date | None) -> tuple[Office, Term] | None:
        """The office the person held on the date (the most senior if several)."""
        held = [(o, t) for o, t in self.offices_of(person_id) if _covers(t, on)]
        if not held:
            return None
        rank = {k: i for i, k in enumerate(("supreme_leader", "head_of_state",
                                            "head_of_government", "foreign_minister",
                                            "defence_minister", "security_adviser",
                                            "military_chief", "intelligence_chief", "other"))}
        return min(held, key=lambda ot: (not ot[0].leader, rank.get(ot[0].kind, 9)))

    def country_on(self, person_id: str, on: date | None) -> str | None:
        """The state a person serves on the date: their office's, else their record's."""
        held = self.office_held(person_id, on)
        if held:
            return held[0].country
        entity = self.entities.get(person_id)
        if entity is None:
            return None
        past = self.offices_of(person_id)
        return entity.country or (past[-1][0].country if past else None)


def term_on(office: Office, on: date | None) -> Term | None:
    for term in reversed(office.terms):
        if _covers(term, on):
            return term
    return None


def _covers(term: Term, on: date | None) -> bool:
    if on is None:
        return term.end is None
    return term.start <= on and (term.end is None or on < term.end)


def bundled_files(people: bool = True) -> list[Path]:
    folder = DATA_DIR / "people"
    people = sorted(folder.glob("*.yaml")) if people and folder.is_dir() else []
    groups = [DATA_DIR / "groups.yaml"] if (DATA_DIR / "groups.yaml").is_file() else []
    return [DATA_DIR / "states.yaml", DATA_DIR / "organizations.yaml", *groups, *people]


def load_records(paths: Iterable[Path], *, user: bool = False) -> Records:
    """Parse files in order; later ids replace earlier ones. States merge over pycountry."""
    base = pycountry_states() if not user else Records()
    merged = Records()
    for path in paths:
        if user and not path.is_file():
            raise ConfigError(f"knowledge-base file {path} does not exist",
                              fix="correct the path in the kb setting or create the file")
        merged.update(parse_file(path))
    if not user:
        for ident, entity in merged.entities.items():
            if entity.kind == "country":
                base.entities[ident] = merge_state(base.entities.get(ident), entity)
            else:
                base.entities[ident] = entity
        base.offices.update(merged.offices)
        return base
    return merged


@lru_cache(maxsize=8)
def _bundled(stamp: tuple[tuple[str, float], ...]) -> Records:
    """The bundled records, from the on-disk cache when no file changed since it was written:
    YAML parsing of the office-holder files costs most of a second, the pickle ~20 ms. The key
    covers every data file's path and mtime and the parsing code's own mtime."""
    key = (stamp, mtime(Path(__file__).with_name("actor_data.py")), mtime(Path(__file__)))
    return cached("kb", key, lambda: load_records([Path(p) for p, _ in stamp]), kind=Records)


@lru_cache(maxsize=8)
def _load(user_files: tuple[str, ...], _mtimes: tuple[float, ...],
          people: bool = True) -> KnowledgeBase:
    files = bundled_files(people)
    bundled = _bundled(tuple((str(p), mtime(p)) for p in files))
    records = Records(dict(bundled.entities), dict(bundled.offices))
    user = load_records([Path(p) for p in user_files], user=True)
    for ident, entity in user.entities.items():
        if entity.kind == "country":
            entity = merge_state(records.entities.get(ident), entity)
        records.entities[ident] = entity
    records.offices.update(user.offices)
    _check_references(records, user_files)
    return KnowledgeBase(records)


def _check_references(records: Records, user_files: Sequence[str]) -> None:
    """A term naming an unknown person is a data error: say which office and file."""
    for office in records.offices.values():
        for term in office.terms:
            if term.person and term.person not in records.entities:
                message = (f"{office.origin}: office {office.id!r} names the unknown person "
                           f"{term.person!r}")
                if office.origin in user_files:
                    raise ConfigError(message, fix="add the person under persons: or fix the id")
                log.debug(message)  # the people files' own test reports these


def describe_entity(kb: KnowledgeBase, entity: Entity) -> dict:
    """Everything the KB says about an entity, for ``dossier actor NAME``: names, code,
    sector, and the offices held over time (persons) or the office holders (states)."""
    out: dict = {"id": entity.id, "name": entity.name, "kind": entity.kind,
                 "country": entity.country, "sector": entity.sector,
                 "wikidata": entity.wikidata,
                 "aliases": sorted(set(entity.aliases) - {entity.name}),
                 "origin": entity.origin}
    if entity.kind == "country":
        out["demonyms"] = list(entity.demonyms) + list(entity.plurals)
        out["metonyms"] = {text: sector for text, sector in entity.metonyms}
        out["offices"] = [_office_dict(kb, o) for o in kb.offices.values()
                          if o.country == entity.id]
    elif entity.kind == "person":
        out["offices"] = [{"office": o.id, "title": o.title, "country": o.country,
                           "start": t.start.isoformat(),
                           "end": t.end.isoformat() if t.end else None,
                           "acting": t.acting} for o, t in kb.offices_of(entity.id)]
    else:
        out["offices"] = [_office_dict(kb, o) for o in kb.offices.values()
                          if o.country == entity.id]
    return out


def _office_dict(kb: KnowledgeBase, office: Office) -> dict:
    return {"office": office.id, "title": office.title, "kind": office.kind,
            "holders": [{"person": (kb.entities[t.person].name if t.person in kb.entities
                                    else t.person),
                         "start": t.start.isoformat(),
                         "end": t.end.isoformat() if t.end else None}
                        for t in office.terms]}
