"""Composing atoms into actor phrases: [country] [title] [name], [country] [group noun], a
name with its appositive title, a capital for its government.

Walks the atoms left to right, keeping what the document has said so far (people named, the
countries mentioned) because "Putin" after "Vladimir Putin" and "state media" in an article
about Iran depend on it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from dossier.model import Actor, ActorRef
from dossier.resolve.actor_atoms import Atom
from dossier.resolve.actor_lexicon import (ARTICLES, BARE_GROUPS, CONTEXT_SECTORS, LOCATIVE,
                                           MIL_MODIFIERS, NOT_IN_OFFICE, POSSESSIVE)
from dossier.resolve.kb import Alias, KnowledgeBase
from dossier.resolve.actor_data import Entity

_GAP_WORDS = frozenset({"top", "senior", "new", "local", "regional", "many", "some", "several",
                        "other", "own", "two", "three", "allied", "elite", "frontline",
                        "embattled", "outgoing", "current", "hardline", "hard-line"})
_KIND_ORDER = {"country": 0, "organization": 1, "group": 2, "person": 3}
_ORG_SECTOR_WORDS = {"ministry": "GOV", "army": "MIL", "forces": "MIL", "brigade": "MIL",
                     "police": "COP", "agency": "GOV", "party": "OPP", "news": "MED",
                     "tv": "MED", "television": "MED", "times": "MED", "post": "MED",
                     "court": "JUD", "parliament": "LEG", "bank": "BUS", "company": "BUS",
                     "corp": "BUS", "institute": "NGO", "foundation": "NGO", "council": "GOV"}


@dataclass
class Found:
    """An ActorRef plus what coreference needs: token span and the office it denotes."""

    ref: ActorRef
    start: int  # token index
    end: int
    office_kind: str | None = None


@dataclass
class Pending:
    """A phrase only the context can resolve ("the president", "the regime", "he")."""

    start: int
    end: int
    kind: str  # title, group
    label: str
    sector: str | None = None


class Composer:
    def __init__(self, doc, kb: KnowledgeBase, on: date | None, atoms: list[Atom]) -> None:
        self.doc, self.kb, self.on, self.atoms = doc, kb, on, atoms
        self.text: str = doc.text  # Doc.text joins every token: read it once
        self.found: list[Found] = []
        self.pending: list[Pending] = []
        self.countries: Counter[str] = Counter()
        self.seen_ids: set[str] = set()
        self._by_start = {a.start: n for n, a in enumerate(atoms)}
        # "Jimmy Lai" named anywhere: a bare "Lai" is him, not Taiwan's Lai Ching-te
        self.unknown_names: dict[str, str] = {}
        for atom in atoms:
            if atom.kind == "person" and atom.end - atom.start > 1:
                for tok in doc[atom.start:atom.end]:
                    self.unknown_names.setdefault(tok.text, self._text(atom.start, atom.end))

    # -- driver -------------------------------------------------------------------------
    def run(self) -> list[Found]:
        k = 0
        while k < len(self.atoms):
            k = self._step(k)
        return self.found

    def _step(self, k: int) -> int:
        atom = self.atoms[k]
        if atom.kind == "ent":
            entity, alias = self._choose(atom)
            if entity.kind == "person":
                word = self.doc[atom.start].text
                if atom.end - atom.start == 1 and \
                        self.doc[atom.start].ent_type_ in ("GPE", "LOC", "FAC") and \
                        self._locative(atom):
                    return k + 1  # "in Austin", "Austin, Texas": not Lloyd Austin
                if atom.end - atom.start == 1 and word in self.unknown_names and \
                        entity.id not in self.seen_ids:
                    return self._person(k, None, None, None)
                return self._person(k, entity, None, None)
            return self._modified(k, entity, alias)
        if atom.kind == "title":
            return self._title(k, None, atom.start)
        if atom.kind == "group":
            return self._group(k, None, atom.start)
        if atom.kind == "person":
            return self._person(k, None, None, None)
        return self._org(k, None, atom.start)

    # -- helpers ------------------------------------------------------------------------
    def _choose(self, atom: Atom) -> tuple[Entity, Alias]:
        """Pick among the entities an ambiguous name could be."""
        options = {a.entity_id: a for a in atom.aliases}
        if len(options) == 1:
            alias = _best_alias(atom.aliases)
            return self.kb.entities[alias.entity_id], alias
        label = self.doc[atom.start].ent_type_

        def rank(entity_id: str) -> tuple:
            entity = self.kb.entities[entity_id]
            ner = (entity.kind == "person") == (label == "PERSON") if label else True
            holder = entity.kind == "person" and self.kb.office_held(entity_id, self.on)
            return (not ner, entity_id not in self.seen_ids, not holder,
                    _KIND_ORDER.get(entity.kind, 9))
        best = min(options, key=rank)
        alias = _best_alias([a for a in atom.aliases if a.entity_id == best])
        return self.kb.entities[best], alias

    def _next(self, k: int, tok: int, gaps: bool = True) -> tuple[int, Atom] | None:
        """The atom starting at token ``tok``, allowing a couple of adjectives between."""
        skipped = 0
        while tok < len(self.doc) and tok not in self._by_start and gaps and skipped < 2:
            word = self.doc[tok]
            if word.lower_ not in _GAP_WORDS and not (word.pos_ == "ADJ" and word.is_lower):
                return None
            tok += 1
            skipped += 1
        n = self._by_start.get(tok)
        return (n, self.atoms[n]) if n is not None and n > k else None

    def _span_start(self, tok: int) -> int:
        return tok + 1 if self.doc[tok].lower_ in ("the",) and tok + 1 < len(self.doc) else tok

    def _emit(self, actor: Actor, start: int, end: int, basis: str,
              office_kind: str | None = None) -> Found:
        doc = self.doc
        while start < end - 1 and doc[start].lower_ in ARTICLES:
            start += 1
        while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                                   or doc[end - 1].lower_ in POSSESSIVE):
            end -= 1
        first, last = doc[start], doc[end - 1]
        ref = ActorRef(actor=actor, text=self.text[first.idx:last.idx + len(last.text)],
                       start=first.idx, end=last.idx + len(last.text), basis=basis)
        found = Found(ref, start, end, office_kind)
        self.found.append(found)
        if actor.entity_id:
            self.seen_ids.add(actor.entity_id)
        if actor.country and actor.kind != "person":
            self.countries[actor.country] += 1
        return found

    def _text(self, start: int, end: int) -> str:
        while start < end - 1 and self.doc[start].lower_ in ARTICLES:
            start += 1
        return self.doc[start:end].text

    def _entity_actor(self, entity: Entity, sector: str | None = None) -> Actor:
        return Actor(name=entity.name, kind=entity.kind, country=entity.country,
                     sector=sector if sector is not None else entity.sector,
                     wikidata=entity.wikidata, entity_id=entity.id)

    def _person_actor(self, entity: Entity, role: str | None = None,
                      country: str | None = None, sector: str | None = None) -> tuple[Actor, str | None]:
        held = self.kb.office_held(entity.id, self.on)
        if held:
            office, _term = held
            return Actor(name=entity.name, kind="person", country=office.country,
                         sector=office.sector, role=office.title, wikidata=entity.wikidata,
                         entity_id=entity.id), office.kind
        return Actor(name=entity.name, kind="person",
                     country=self.kb.country_on(entity.id, self.on) or country,
                     sector=sector if role else None, role=role, wikidata=entity.wikidata,
                     entity_id=entity.id), None

    # -- a known non-person name, maybe modifying what follows ----------------------------
    def _modified(self, k: int, entity: Entity, alias: Alias) -> int:
        atom = self.atoms[k]
        doc = self.doc
        poss = atom.end < len(doc) and doc[atom.end].lower_ in POSSESSIVE
        nxt = self._next(k, atom.end + (1 if poss else 0))
        if nxt is not None:
            n, follower = nxt
            if follower.kind == "title":
                return self._title(n, (entity, alias), atom.start)
            if follower.kind == "group":
                return self._group(n, (entity, alias), atom.start)
            if follower.kind == "person" or (follower.kind == "ent" and
                                             self._choose(follower)[0].kind == "person"):
                return self._person(n, self._choose(follower)[0] if follower.kind == "ent"
                                    else None, (entity, alias), atom.start)
            if follower.kind == "org" and not poss and entity.kind == "country":
                return self._org(n, entity, atom.start)
        self._standalone(atom, entity, alias)
        return k + 1

    def _standalone(self, atom: Atom, entity: Entity, alias: Alias) -> None:
        doc = self.doc
        bases = {a.basis for a in atom.aliases if a.entity_id == entity.id}
        head = doc[atom.end - 1]
        if bases <= {"demonym", "plural"} and atom.end < len(doc) and doc[atom.end].text == "-":
            return  # "Russian-made", "Iranian-backed"
        if bases == {"demonym"}:
            # "Iranian drones": the adjective only modifies a thing; "the Iranian" is rare
            if head.pos_ == "ADJ" or head.dep_ in ("amod", "compound") or head.is_title is False:
                return
        if "metonym" in bases and "name" not in bases:
            if self._locative(atom):
                return
            sector = next(a.sector for a in atom.aliases if a.basis == "metonym")
            self._emit(self._entity_actor(entity, sector), atom.start, atom.end, "metonym")
            return
        if bases == {"plural"}:
            self._emit(self._entity_actor(entity), atom.start, atom.end, "demonym")
            return
        if bases == {"demonym"} and entity.kind == "country":
            self._emit(self._entity_actor(entity), atom.start, atom.end, "demonym")
            return
        basis = "name" if entity.kind == "country" else ("org" if entity.kind == "organization"
                                                         else "group")
        self._emit(self._entity_actor(entity), atom.start, atom.end, basis)

    def _locative(self, atom: Atom) -> bool:
        """"in Tehran", "TEHRAN, Iran (AP) —": the place, not its government."""
        doc = self.doc
        before = atom.start - 1
        if before >= 0 and doc[before].lower_ == "the":
            before -= 1
        if before >= 0 and doc[before].lower_ in LOCATIVE:
            return True
        after = atom.end
        if after + 1 < len(doc) and doc[after].text == "," and doc[atom.start].is_upper:
            return True
        return after + 1 < len(doc) and doc[after].text == "," and \
            (after + 1) in self._by_start and \
            any(a.basis == "name" for a in self.atoms[self._by_start[after + 1]].aliases)

    # -- titles -------------------------------------------------------------------------
    def _title(self, k: int, owner: tuple[Entity, Alias] | None, start: int) -> int:
        title = self.atoms[k]
        end = title.end
        nxt = self._next(k, title.end, gaps=False)
        # "the president of Iran", "the foreign minister of Turkey"
        if owner is None and nxt is None and end + 1 < len(self.doc) and \
                self.doc[end].lower_ == "of":
            of = self._next(k, end + 1 + (self.doc[end + 1].lower_ == "the"), gaps=False)
            if of and of[1].kind == "ent":
                entity, alias = self._choose(of[1])
                if entity.kind != "person" and alias.basis in ("name", "metonym"):
                    owner, end = (entity, alias), of[1].end
                    return self._title_alone(k, of[0], owner, start, end)
        if nxt is not None:
            n, follower = nxt
            person = None
            if follower.kind == "ent":
                person = self._choose(follower)[0]
                if person.kind != "person":
                    person = None
            if person is not None or follower.kind == "person":
                return self._person(n, person, owner, start, title=title)
        return self._title_alone(k, k, owner, start, end)

    def _title_alone(self, k: int, last: int, owner, start: int, end: int) -> int:
        title = self.atoms[k]
        label = title.label
        words = label.split()
        sector = _title_sector(words, title.sector)
        if owner is None:
            self.pending.append(Pending(start, end, "title", label, sector))
            return last + 1
        entity, _alias = owner
        holder, office = self._holder(entity, words)
        if holder is not None:
            actor, kind = self._person_actor(holder)
            self._emit(actor, start, end, "title", kind or (office.kind if office else None))
            return last + 1
        role = self._text(title.start, title.end)
        country = entity.country
        actor = Actor(name=self._text(start, end), kind="person", country=country,
                      sector=entity.sector if entity.kind != "country" else sector, role=role)
        self._emit(actor, start, end, "title", office.kind if office else None)
        return last + 1

    def _holder(self, entity: Entity, words: list[str]):
        """The person holding the office the title names for this country/organisation."""
        if set(words) & NOT_IN_OFFICE:
            return None, None
        words = [w for w in words if w not in ("current", "incumbent", "new", "sitting")]
        label = " ".join(words)
        office = None
        if label in ("counterpart", "counterparts"):
            office = self._counterpart_office(entity)
        else:
            for code in (entity.id, entity.country):
                home = self.kb.entities.get(code or "")
                # Hamas's leader is not Palestine's: an organisation's own offices only
                if code and (entity.kind == "country" or code == entity.id
                             or home is None or home.kind != "country"):
                    office = self.kb.office(code, label)
                    if office is None and words[0] in ("top", "senior", "chief"):
                        office = self.kb.office(code, " ".join(words[1:]))
                    if office:
                        break
        if office is None:
            return None, None
        return self.kb.holder(office, self.on), office

    def _counterpart_office(self, entity: Entity):
        for found in reversed(self.found):
            if found.ref.actor.kind == "person" and found.office_kind:
                return self.kb.office_of_kind(entity.country or entity.id, found.office_kind)
        return None

    # -- collective bodies ----------------------------------------------------------------
    def _group(self, k: int, owner: tuple[Entity, Alias] | None, start: int) -> int:
        group = self.atoms[k]
        end = group.end
        if owner is None and end + 1 < len(self.doc) and self.doc[end].lower_ == "of":
            of = self._next(k, end + 1 + (self.doc[end + 1].lower_ == "the"), gaps=False)
            if of and of[1].kind == "ent":
                entity, alias = self._choose(of[1])
                if entity.kind != "person":
                    self._group_actor(group, (entity, alias), start, of[1].end)
                    return of[0] + 1
        self._group_actor(group, owner, start, end)
        return k + 1

    def _group_actor(self, group: Atom, owner, start: int, end: int) -> None:
        if owner is None:
            if group.label in BARE_GROUPS:
                country = None
                basis = "name"
                if group.sector in CONTEXT_SECTORS and self.countries:
                    country = self.countries.most_common(1)[0][0]
                    basis = "context"
                self._emit(Actor(name=self._text(start, end), kind="group", country=country,
                                 sector=group.sector), start, end, basis)
            else:
                self.pending.append(Pending(start, end, "group", group.label, group.sector))
            return
        entity, alias = owner
        if entity.kind in ("organization", "group") and entity.kind != "country" \
                and entity.country not in ("WST", "EUR"):
            self._emit(self._entity_actor(entity), start, end,
                       "org" if entity.kind == "organization" else "group")
            return
        basis = "demonym" if alias.basis in ("demonym", "plural") else (
            "metonym" if alias.basis == "metonym" else "name")
        self._emit(Actor(name=self._text(start, end), kind="group", country=entity.country,
                         sector=group.sector, entity_id=None), start, end, basis)

    # -- persons --------------------------------------------------------------------------
    def _person(self, k: int, entity: Entity | None, owner, start: int | None = None,
                title: Atom | None = None) -> int:
        atom = self.atoms[k]
        start = atom.start if start is None else start
        role = self._text(title.start, title.end) if title else None
        words = title.label.split() if title else []
        sector = _title_sector(words, title.sector) if title else None
        country = owner[0].country if owner else None
        if entity is None:
            entity = self._earlier_person(atom)
        if entity is None and title is not None and owner is not None:
            # "US Secretary of State Anthony Blinken": the holder, misspelt
            holder, _office = self._holder(owner[0], words)
            if holder is not None and _same_person(holder, self.doc[atom.start:atom.end].text):
                entity = holder
        if entity is not None:
            actor, office_kind = self._person_actor(entity, role, country, sector)
            if title and set(words) & NOT_IN_OFFICE and not self.kb.office_held(entity.id, self.on):
                actor = replace(actor, sector=None, role=role)
            basis = "name"
        else:
            earlier = self._earlier_unknown(atom)
            if earlier is not None:
                actor, office_kind = earlier.ref.actor, earlier.office_kind
            else:
                text = self._text(atom.start, atom.end)
                if atom.end - atom.start == 1:
                    text = self.unknown_names.get(text, text)
                if country is None and title is not None and _weak_title(words):
                    sector = None  # "president Mark Clifford" of a society, not a state
                actor = Actor(name=text, kind="person", country=country,
                              sector=sector if country or role else None, role=role)
                office_kind = None
            basis = "unknown-person"
        end = atom.end
        appos = self._appositive(k, atom.end)
        if appos is not None and (actor.role is None or actor.country is None):
            a_country, a_role, a_sector, appos_end = appos
            actor = replace(actor, country=actor.country or a_country, role=actor.role or a_role,
                            sector=actor.sector or a_sector)
        found = self._emit(actor, start, end, basis, office_kind)
        if appos is not None:
            self._emit(actor, appos[3][0], appos[3][1], "title", office_kind)
            return appos[3][2] + 1
        return k + 1 if found else k + 1

    def _earlier_person(self, atom: Atom) -> Entity | None:
        """A known person named in full earlier, now by surname ("Erdogan")."""
        text = self.doc[atom.start:atom.end].text
        for found in reversed(self.found):
            actor = found.ref.actor
            if actor.kind == "person" and actor.entity_id and \
                    actor.name.split()[-1] == text.split()[-1] and len(text.split()) == 1:
                return self.kb.entities.get(actor.entity_id)
        return None

    def _earlier_unknown(self, atom: Atom) -> Found | None:
        text = self.doc[atom.start:atom.end].text
        if len(text.split()) > 1:
            return None
        for found in reversed(self.found):
            actor = found.ref.actor
            # any part of the name: "Yao" after "Yao Ming", "Owji" after "Javad Owji"
            if actor.kind == "person" and not actor.entity_id and text in actor.name.split():
                return found
        return None

    def _appositive(self, k: int, end: int):
        """"Javad Owji, Iran's oil minister," -> (country, role, sector, (start, end, last))."""
        doc = self.doc
        if end >= len(doc) or doc[end].text != ",":
            return None
        tok = end + 1
        if tok < len(doc) and doc[tok].lower_ in ("the", "a", "an"):
            tok += 1
        nxt = self._next(k, tok, gaps=True)
        if nxt is None:
            return None
        n, atom = nxt
        owner = None
        if atom.kind == "ent":
            entity, _alias = self._choose(atom)
            if entity.kind == "person":
                return None
            owner = entity
            after = atom.end + (1 if atom.end < len(doc) and doc[atom.end].lower_ in POSSESSIVE
                                else 0)
            nxt = self._next(n, after, gaps=True)
            if nxt is None or nxt[1].kind != "title":
                return None
            n, atom = nxt
        if atom.kind != "title":
            return None
        last, title_end = n, atom.end
        if owner is None and title_end + 1 < len(doc) and doc[title_end].lower_ == "of":
            of = self._next(n, title_end + 1 + (doc[title_end + 1].lower_ == "the"), gaps=False)
            if of and of[1].kind == "ent":
                entity, _alias = self._choose(of[1])
                if entity.kind != "person":
                    owner, last, title_end = entity, of[0], of[1].end
        words = atom.label.split()
        country = owner.country if owner else None
        sector = (owner.sector if owner and owner.kind != "country"
                  else _title_sector(words, atom.sector))
        if owner is None and _weak_title(words):
            sector = None
        return country, self._text(atom.start, atom.end), sector, (tok, title_end, last)

    # -- organisations the KB does not know --------------------------------------------------
    def _org(self, k: int, country: Entity | None, start: int) -> int:
        atom = self.atoms[k]
        if country is None and atom.end - atom.start == 1:
            # "Chikwati" after "Raylton Chikwati": the small model calls surnames ORG
            if self._earlier_person(atom) or self._earlier_unknown(atom):
                return self._person(k, None, None, None)
        words = [t.lower_ for t in self.doc[atom.start:atom.end]]
        sector = next((s for w, s in _ORG_SECTOR_WORDS.items() if w in words), None)
        name = self._text(start, atom.end)
        self._emit(Actor(name=name, kind="organization",
                         country=country.country if country else None, sector=sector),
                   start, atom.end, "org")
        return k + 1


_WEAK_TITLE_HEADS = frozenset({"president", "head", "chief", "director", "leader", "spokesman",
                               "spokeswoman", "spokesperson", "official", "secretary",
                               "chairman", "founder", "representative", "adviser", "advisor"})


def _weak_title(words: list[str]) -> bool:
    """Titles that are not a state's unless a state is named ("the group's president")."""
    return bool(words) and words[-1] in _WEAK_TITLE_HEADS


def _same_person(entity: Entity, text: str) -> bool:
    """A name in the text is the office holder's, allowing for spelling ("Anthony")."""
    from rapidfuzz import fuzz

    from dossier.resolve.kb import fold

    names = [fold(n) for n in (entity.name, *entity.aliases)]
    text = fold(text)
    surname = text.split()[-1]
    return any(surname == n.split()[-1] or fuzz.ratio(text, n) >= 85 for n in names)


def _best_alias(aliases: list[Alias]) -> Alias:
    order = {"name": 0, "plural": 1, "metonym": 2, "demonym": 3}
    return min(aliases, key=lambda a: order.get(a.basis, 9))


def _title_sector(words: list[str], default: str | None) -> str | None:
    if "opposition" in words:
        return "OPP"
    if "rebel" in words or "militant" in words:
        return "REB"
    if set(words) & MIL_MODIFIERS and not {"minister", "secretary"} & set(words):
        return "MIL"
    return default
