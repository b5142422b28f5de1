"""The actor knowledge base: states, organisations, groups, persons and who held which office when.

``KnowledgeBase.from_files()`` reads the bundled YAML (``kb/data``) plus the user's files;
a user entry with the same id replaces the bundled one, a new id adds to it. Lookups are by
id, by alias (case-aware, diacritic-insensitive), by office and date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from dossier.cache import mtime
from dossier.kb.load import merged_records
from dossier.kb.records import Entity, Office, Records, Term
from dossier.kb.text import Alias, fold

__all__ = ["KnowledgeBase", "TITLE_KINDS", "term_on"]

_KIND_RANK = {"country": 0, "group": 1, "organization": 2}
# Names that are also compass words: as a modifier they name a region ("West Darfur"), and
# the West as a modifier is written "Western".
_COMPASS_NAMES = frozenset({"west", "east", "north", "south"})
# Seniority of office kinds, for a person holding several offices at once.
_OFFICE_RANK = {kind: rank for rank, kind in enumerate((
    "supreme_leader", "head_of_state", "head_of_government", "foreign_minister",
    "defence_minister", "security_adviser", "military_chief", "intelligence_chief", "other"))}

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

# Real names one letter from a state's: never read as a misspelling of it.
_NOT_MISSPELT = frozenset({"columbia", "mawlawi", "iranis", "samoan", "kenyatta", "niger",
                           "nigel", "susan", "sudano", "chili", "chilli", "malawian"})


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
        self._person_names: dict[str, str] | None = None  # built on first similar_person()
        self._name_words: dict[str, set[str]] | None = None  # built on first holders_named()
        self._state_words: dict[str, str] | None = None  # built on first similar_state()
        self._groups: dict[str, str] = {}  # person id -> id of the group they lead
        self._build()

    # -- construction -----------------------------------------------------------------
    @classmethod
    def from_files(cls, user_files: Sequence[str] = (), *,
                   bundled_people: bool = True) -> KnowledgeBase:
        """The bundled data plus the user's files (theirs win by id). Raises ConfigError
        naming the file and the problem when a user file is wrong.

        ``bundled_people=False`` leaves out the bundled office holders (tests bring their own)."""
        return _load(tuple(str(p) for p in user_files),
                     tuple(mtime(Path(p)) for p in user_files), bundled_people)

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
        for entity in self.entities.values():
            if entity.group:
                self._groups[entity.id] = entity.group
            for person in entity.leaders:
                self._groups[person] = entity.id
        for bucket in self._aliases.values():
            bucket.sort(key=lambda a: -len(a.folded))
        self._index_aliases()
        for held in self._person_offices.values():  # sorted once: read on every person mention
            held.sort(key=lambda ot: ot[1].start)

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

    def _index_aliases(self) -> None:
        """The alias buckets again, by whole folded form, and for each three-letter start the
        lengths of its aliases, longest first: ``aliases_at`` runs on every word of every
        text, and a few slices and lookups beat testing each alias of a crowded bucket."""
        self._by_folded: dict[str, list[Alias]] = defaultdict(list)
        self._lengths: dict[str, tuple[int, ...]] = {}
        for start, bucket in self._aliases.items():
            for alias in bucket:  # bucket order (longest first, then as added) is kept
                self._by_folded[alias.folded].append(alias)
            if len(start) == 3:
                self._lengths[start] = tuple(sorted({len(a.folded) for a in bucket}, reverse=True))

    # -- alias lookups ------------------------------------------------------------------
    def aliases_at(self, folded_text: str, start: int) -> list[Alias]:
        """Aliases whose folded form starts at ``start`` of an already folded text
        (longest first); the caller checks token boundaries and capitals."""
        found: list[Alias] = []
        room = len(folded_text) - start
        for length in self._lengths.get(folded_text[start:start + 3], ()):
            if length <= room:
                found.extend(self._by_folded.get(folded_text[start:start + length], ()))
        for width in (2, 1):  # aliases shorter than three letters are whole buckets
            if width <= room:
                found.extend(self._by_folded.get(folded_text[start:start + width], ()))
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

    def demonym(self, text: str) -> Entity | None:
        """The state, grouping or group an adjective stands for: "Iranian" -> Iran,
        "Ukrainian" -> Ukraine, "Western" -> the West, "Houthi" -> the Houthis, "Soviet" ->
        Russia; also a name used as a modifier ("U.S.", "UN", "NATO" in "NATO allies").

        Case-aware: the word must be capitalised as the data writes it ("western Ukraine" is
        a direction, not the West; "us" is not the US); an all-capitals headline word passes.
        Returns None for anything else, including persons. For callers outside the actor
        stage, such as the event extractor coding "an Indian proposal" as India's."""
        text = text.strip()
        if not text or not text[0].isupper() or text.lower() in _COMPASS_NAMES:
            return None  # "West Darfur", "East Timor": a compass word modifies a place
        order = {"demonym": 0, "name": 1}
        hits = sorted((a for a in self.lookup(text) if a.basis in order and a.case_ok(text)),
                      key=lambda a: (order[a.basis], _KIND_RANK.get(
                          self.entities[a.entity_id].kind, 9)))
        for alias in hits:
            entity = self.entities[alias.entity_id]
            if entity.kind in _KIND_RANK:
                return entity
        return None

    def modifier(self, text: str) -> Entity | None:
        """Older name of ``demonym``, kept for callers written against it."""
        return self.demonym(text)

    def similar_person(self, name: str) -> Entity | None:
        """A known person whose full name is spelt almost like ``name`` ("Abdelaziz
        Bouteflicka", "Francois Mitterand"): full names only, edit ratio >= 92, same
        surname initial, so a different person with a similar name is not taken."""
        folded = " ".join(fold(name).replace("-", " ").split())
        if len(folded) < 8 or " " not in folded:
            return None
        from rapidfuzz import fuzz, process

        if self._person_names is None:
            self._person_names = {
                " ".join(fold(text).replace("-", " ").split()): e.id
                for e in self.entities.values() if e.kind == "person"
                for text in (e.name, *e.aliases) if " " in text.strip()}
        hit = process.extractOne(folded, self._person_names.keys(), scorer=fuzz.ratio,
                                 score_cutoff=92)
        if hit is None or hit[0].split()[-1][:1] != folded.split()[-1][:1]:
            return None
        return self.entities[self._person_names[hit[0]]]

    def similar_state(self, word: str) -> Entity | None:
        """The state a capitalised one-word name misspells ("Ethopia", "Afganistan",
        "Quatar"): one edit (two from nine letters), same first letter, not the name plus
        an ending ("Sudano"); a five-letter name only by an added or swapped letter
        ("Susan" is not Sudan). None when two states are as close."""
        if len(word) < 5 or not word.isalpha() or not word[0].isupper():
            return None
        from rapidfuzz.distance import OSA

        if self._state_words is None:
            self._state_words = {fold(t): e.id for e in self.entities.values()
                                 if e.kind == "country" for t in (e.name, *e.aliases)
                                 if t.isalpha() and len(t) >= 5}
        low = fold(word)
        if low in _NOT_MISSPELT or self.lookup(word):
            return None
        best: dict[str, int] = {}
        for name, ident in self._state_words.items():
            if name[0] != low[0] or abs(len(name) - len(low)) > 2 or \
                    low.startswith(name) or name.startswith(low) or \
                    (low.endswith("s") and not name.endswith("s")):  # "Germans", "Somalis"
                continue
            limit = 2 if len(name) >= 9 else 1
            dist = OSA.distance(low, name, score_cutoff=limit)
            if dist > limit or dist == 0:
                continue
            if len(name) == 5 and len(low) == 5 and sorted(name) != sorted(low):
                continue
            best[ident] = min(dist, best.get(ident, 9))
        if not best:
            return None
        top = min(best.values())
        hits = [i for i, d in best.items() if d == top]
        return self.entities[hits[0]] if len(hits) == 1 else None

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

    def holders_named(self, word: str, on: date | None) -> list[tuple[Office, Entity]]:
        """Offices held on the date by persons whose name starts or ends with ``word``
        ("Kim" -> North Korea's leader, among others), for titled surnames."""
        if self._name_words is None:
            index: dict[str, set[str]] = defaultdict(set)
            for ident in self._person_offices:
                entity = self.entities.get(ident)
                for text in (entity.name, *entity.aliases) if entity else ():
                    parts = fold(text).replace("-", " ").split()
                    for part in {parts[0], parts[-1]} if parts else ():
                        index[part].add(ident)  # family names come first or last
            self._name_words = index
        return [(office, self.entities[ident])
                for ident in sorted(self._name_words.get(fold(word), ()))
                for office, term in self.offices_of(ident) if _covers(term, on)]

    def offices_of(self, person_id: str) -> list[tuple[Office, Term]]:
        """Every office the person held, in date order."""
        return list(self._person_offices.get(person_id, ()))

    def office_held(self, person_id: str, on: date | None) -> tuple[Office, Term] | None:
        """The office the person held on the date (the most senior if several)."""
        held = [(o, t) for o, t in self.offices_of(person_id) if _covers(t, on)]
        if not held:
            return None
        return min(held, key=lambda ot: (not ot[0].leader, _OFFICE_RANK.get(ot[0].kind, 9)))

    def sector_on(self, entity: Entity, on: date | None) -> str | None:
        """An entity's sector on a date: a group that took power ("the Taliban", GOV from
        2021-08-15) is REB before it."""
        if on is not None:
            for start, until, sector in entity.periods:
                if (start is None or start <= on) and (until is None or on < until):
                    return sector
        return entity.sector

    def members_on(self, entity_id: str, on: date | None) -> tuple[str, ...]:
        """The member states of a grouping on a date (all members ever when no date), in the
        order the file lists them; () for an entity with no ``members``."""
        entity = self.entities.get(entity_id)
        if entity is None:
            return ()
        codes = [code for code, start, until in entity.members
                 if on is None or ((start is None or start <= on) and (until is None or on < until))]
        return tuple(dict.fromkeys(codes))

    def group_of(self, person_id: str) -> Entity | None:
        """The non-state group a person leads or speaks for (``group:`` of a person,
        ``leaders:`` of a group), or None."""
        return self.entities.get(self._groups.get(person_id, ""))

    def leader_on(self, country: str, on: date | None) -> tuple[Office, Entity] | None:
        """Who "the <country> leader" is on a date: the ``leader: true`` office's holder,
        else (office vacant or not recorded then, as in a military regime) the supreme
        leader, the head of state, then the head of government."""
        candidates = [self.offices[self._leader[country]]] if country in self._leader else []
        for kind in ("supreme_leader", "head_of_state", "head_of_government"):
            candidates += [self.offices[i] for i in self._by_kind.get((country, kind), ())]
        for office in candidates:
            holder = self.holder(office, on)
            if holder is not None:
                return office, holder
        return None

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


@lru_cache(maxsize=8)
def _load(user_files: tuple[str, ...], _mtimes: tuple[float, ...],
          people: bool = True) -> KnowledgeBase:
    return KnowledgeBase(merged_records(user_files, people))
