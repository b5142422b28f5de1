"""Composing atoms into actor phrases: [country] [title] [name], [country] [group noun], a
name with its appositive title, a capital for its government.

Walks the atoms left to right, keeping what the document has said so far (people named, the
countries mentioned) because "Putin" after "Vladimir Putin" and "state media" in an article
about Iran depend on it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from dossier.actors.atoms import Atom
from dossier.actors.context import ContextMixin, place_country, state_title
from dossier.actors.lexicon import (
    ARTICLES,
    BARE_GROUPS,
    CONTEXT_SECTORS,
    LOCATIVE,
    PERSON_NOUNS,
    RELIGIOUS_GROUPS,
    org_sector,
)
from dossier.actors.people import PeopleMixin, title_sector
from dossier.actors.phrase import acronym_title as _acronym_title
from dossier.actors.phrase import best_alias as _best_alias
from dossier.actors.phrase import grouping_prefix as _grouping_prefix
from dossier.actors.phrase import led as _led
from dossier.actors.phrase import linked as _linked
from dossier.actors.phrase import name_follows as _name_follows
from dossier.actors.phrase import premodifier as _premodifier
from dossier.actors.relations import RelationsMixin
from dossier.coref import Found, Pending
from dossier.kb import Alias, Entity, KnowledgeBase
from dossier.kb.text import POSSESSIVE
from dossier.model import Actor, ActorRef

__all__ = ["Composer", "Found", "Pending"]

_GAP_WORDS = frozenset({"top", "senior", "new", "local", "regional", "many", "some", "several",
                        "other", "own", "two", "three", "allied", "elite", "frontline",
                        "embattled", "outgoing", "current", "hardline", "hard-line"})
_KIND_ORDER = {"country": 0, "organization": 1, "group": 2, "person": 3}

class Composer(PeopleMixin, RelationsMixin, ContextMixin):
    """Atoms in, actor mentions (``Found``) and unresolved descriptions (``Pending``) out."""

    def __init__(self, doc, kb: KnowledgeBase, on: date | None, atoms: list[Atom]) -> None:
        self.doc, self.kb, self.on, self.atoms = doc, kb, on, atoms
        self.text: str = doc.text  # Doc.text joins every token: read it once
        self.found: list[Found] = []
        self.pending: list[Pending] = []
        self.countries: Counter[str] = Counter()
        self.seen_ids: set[str] = set()
        self._by_start = {a.start: n for n, a in enumerate(atoms)}
        self.doc_countries = self._doc_countries()
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
        """The atom starting at token ``tok``, allowing up to three words between that modify
        it: adjectives ("top", "new") and nouns compounded onto it ("Israeli army bulldozers",
        "the Latvian Constitutional Court", "U.S. border patrol agents")."""
        skipped = 0
        first = tok
        while tok < len(self.doc) and tok not in self._by_start and gaps and skipped < 3:
            word = self.doc[tok]
            if not (word.lower_ in _GAP_WORDS or (word.pos_ == "ADJ" and word.is_lower)
                    or _premodifier(word)):
                return None
            tok += 1
            skipped += 1
        n = self._by_start.get(tok)
        if n is None or n <= k:
            return None
        atom = self.atoms[n]
        if tok > first and not all(first <= w.head.i < atom.end
                                   for w in self.doc[first:tok] if _premodifier(w)):
            return None  # a noun modifying something else: "Iranian oil, officials said"
        return n, atom

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
                     sector=sector if sector is not None else self.kb.sector_on(entity, self.on),
                     wikidata=entity.wikidata, entity_id=entity.id)

    # -- a known non-person name, maybe modifying what follows ----------------------------
    def _modified(self, k: int, entity: Entity, alias: Alias) -> int:
        atom = self.atoms[k]
        doc = self.doc
        if atom.start > 0 and doc[atom.start - 1].lower_ == "ethnic" and \
                entity.kind == "country" and alias.basis in ("demonym", "plural"):
            return self._ethnic(k, entity)
        poss = atom.end < len(doc) and doc[atom.end].lower_ in POSSESSIVE
        if poss and entity.kind != "person":
            client = self._client(k)  # "Israel's militia ally" is not Israel
            if client is not None:
                return client
        after = atom.end + (1 if poss else 0)
        if _led(doc, atom.end) or (entity.kind == "group" and _linked(doc, atom.end)):
            # "Vietnamese-led forces": the forces are Vietnam's; "al-Shabab-linked
            # militants" are the group's own fighters
            after = atom.end + 2
        nxt = self._next(k, after)
        if nxt is None and not poss:
            nxt = self._coordinated(k, entity, alias)
            if nxt is not None:
                return nxt
        if nxt is not None:
            n, follower = nxt
            if follower.kind == "title":
                return self._title(n, (entity, alias), atom.start)
            if follower.kind == "group":
                return self._group(n, (entity, alias), atom.start)
            named = self._choose(follower)[0] if follower.kind == "ent" else None
            if follower.kind == "person" or (named is not None and named.kind == "person"):
                if _acronym_title(doc, atom, entity, n == k + 1 and not poss):
                    return self._person(n, named, None, follower.start)  # "NSA Ajit Doval"
                return self._person(n, named, (entity, alias), atom.start)
            if follower.kind == "org" and _grouping_prefix(entity, alias, poss, n == k + 1):
                return self._org(n, entity, atom.start)  # "the U.N. Refugee Office": the UN's
            if follower.kind == "org" and entity.kind == "country" and \
                    (not poss or alias.basis in ("name", "metonym")):
                if not poss:  # "the Iranian Red Crescent": one mention
                    return self._org(n, entity, atom.start)
                # "Iran's Supreme National Security Council": the state, then its body (as
                # with a known body: "Israel's Knesset")
                self._standalone(atom, entity, alias)
                return self._org(n, entity, follower.start)
        if _acronym_title(doc, atom, entity, True) and _name_follows(doc, atom.end):
            return k + 1  # "NSA Kavita Rao" with the name unrecognised: a title, not the agency
        self._standalone(atom, entity, alias)
        return k + 1

    def _coordinated(self, k: int, entity: Entity, alias: Alias) -> int | None:
        """"Hungarian and Romanian officials", "the Turkish and Greek sides": each modifier of a
        coordinated pair owns the shared noun. Emits this one; the last is composed as usual."""
        atom, doc = self.atoms[k], self.doc
        if entity.kind == "person" or atom.end + 1 >= len(doc) or \
                doc[atom.end].lower_ not in ("and", "or", ",", "&"):
            return None
        other = self._by_start.get(atom.end + 1)
        if other is None or self.atoms[other].kind != "ent":
            return None
        partner, partner_alias = self._choose(self.atoms[other])
        if partner.kind == "person" or {alias.basis, partner_alias.basis} - {"demonym"}:
            return None
        shared = self._next(other, self.atoms[other].end)
        if shared is None or shared[1].kind not in ("group", "title"):
            return None
        noun = shared[1]
        sector = noun.sector if noun.kind == "group" else title_sector(noun.label.split(),
                                                                        noun.sector)
        name = f"{self._text(atom.start, atom.end)} {self._text(noun.start, noun.end)}"
        kind = "group" if noun.kind == "group" else "person"
        self._emit(Actor(name=name, kind=kind, country=entity.country, sector=sector,
                         role=self._text(noun.start, noun.end) if kind == "person" else None),
                   atom.start, atom.end, "demonym")
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
            if self._locative(atom) or self._other_city_state(atom, entity):
                return  # "in Tehran"; "Tripoli" in a story about Lebanon: a city
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
        actor = self._entity_actor(entity)
        if actor.country is None and entity.kind != "country":
            actor = replace(actor, country=self._story_state())  # "La Prensa": the story's
        self._emit(actor, atom.start, atom.end, basis)

    def _locative(self, atom: Atom) -> bool:
        """"in Tehran", "TEHRAN, Iran (AP) —": the place, not its government."""
        doc = self.doc
        before = atom.start - 1
        if before >= 0 and doc[before].lower_ == "the":
            before -= 1
        if before >= 0 and doc[before].lower_ in LOCATIVE:
            # "part of Moscow's challenge": a capital owning something is its government
            return not (doc[before].lower_ == "of" and atom.end < len(doc)
                        and doc[atom.end].lower_ in POSSESSIVE)
        after = atom.end
        if after + 1 < len(doc) and doc[after].text == "," and doc[atom.start].is_upper:
            return True
        if after < len(doc) and doc[after].text in (":", "\u2014", "\u2013", "--") and \
                (atom.start == 0 or "\n" in doc[atom.start - 1].text):
            return True  # a dateline: "Tehran: …", "KYIV — …" at the start of a line
        return after + 1 < len(doc) and doc[after].text == "," and \
            (after + 1) in self._by_start and \
            any(a.basis == "name" for a in self.atoms[self._by_start[after + 1]].aliases)

    # -- collective bodies ----------------------------------------------------------------
    def _group(self, k: int, owner: tuple[Entity, Alias] | None, start: int) -> int:
        group = self.atoms[k]
        end = group.end
        if owner is None:
            # "the Sindh government", "West Darfur officials", "the government of Sindh
            # province": a province's or town's bodies are its state's
            placed = self._place_before(start) or self._place_of(start, end)
            if placed is not None:
                lo, hi, code = placed
                kind = "person" if group.label in PERSON_NOUNS else "group"
                self._emit(Actor(name=self._text(lo, hi), kind=kind, country=code,
                                 sector=group.sector), lo, hi, "context")
                return k + 1
        if owner is None and end + 1 < len(self.doc) and self.doc[end].lower_ in ("of", "from"):
            of = self._next(k, end + 1 + (self.doc[end + 1].lower_ == "the"), gaps=False)
            if of and of[1].kind == "ent":
                entity, alias = self._choose(of[1])
                # "militants from al-Shabab" are the group's; "officials from Kenya" may
                # only be visiting from there
                if entity.kind != "person" and (self.doc[end].lower_ == "of"
                                                 or entity.kind == "group"):
                    self._group_actor(group, (entity, alias), start, of[1].end)
                    return of[0] + 1
        if owner is None and end + 2 < len(self.doc) and self.doc[end].lower_ in ("in", "near") \
                and not self._venue(start, end + 1 + (self.doc[end + 1].lower_ == "the")):
            # "demonstrators in Baghdad", "officials in Kenya", "rebels near Bouake": the
            # bodies of the place's state (the place itself stays a place)
            place = end + 1 + (self.doc[end + 1].lower_ == "the")
            code = self._place_state(place)
            if group.label in RELIGIOUS_GROUPS and not self._state_name_at(place):
                self._emit(Actor(name=self._text(start, end), kind="group", country=None,
                                 sector=group.sector), start, end, "name")
                return k + 1
            if code is not None:
                kind = "person" if group.label in PERSON_NOUNS else "group"
                self._emit(Actor(name=self._text(start, end), kind=kind, country=code,
                                 sector=group.sector), start, end, "context")
                return k + 1
        self._group_actor(group, owner, start, end)
        return k + 1

    def _group_actor(self, group: Atom, owner, start: int, end: int) -> None:
        if owner is None:
            named = self._named_group(group, start)
            if named is not None:
                self._emit(self._entity_actor(named), start, end, "coref")
                return
            if group.label in BARE_GROUPS:
                country = None
                basis = "name"
                if group.sector in CONTEXT_SECTORS and self.countries:
                    country = self.countries.most_common(1)[0][0]
                    basis = "context"
                elif group.sector in CONTEXT_SECTORS or group.sector == "REB":
                    # "rebels" in a story about one state: only when it clearly is one
                    country = self.doc_countries.clear()
                    basis = "context" if country else "name"
                self._emit(Actor(name=self._text(start, end), kind="group", country=country,
                                 sector=group.sector), start, end, basis)
            else:
                self.pending.append(Pending(start, end, "group", group.label, group.sector))
            return
        entity, alias = owner
        if entity.kind in ("organization", "group") and entity.country not in ("WST", "EUR"):
            self._emit(self._entity_actor(entity), start, end,
                       "org" if entity.kind == "organization" else "group")
            return
        basis = "demonym" if alias.basis in ("demonym", "plural") else (
            "metonym" if alias.basis == "metonym" else "name")
        kind = "person" if group.label in PERSON_NOUNS else "group"
        self._emit(Actor(name=self._text(start, end), kind=kind, country=entity.country,
                         sector=group.sector), start, end, basis)

    def _state_name_at(self, tok: int) -> bool:
        """A state's own name (not a city, capital or region) starts at token ``tok``."""
        n = self._by_start.get(tok)
        return n is not None and self.atoms[n].kind == "ent" and any(
            a.basis == "name" and self.kb.entities[a.entity_id].kind == "country"
            for a in self.atoms[n].aliases)

    def _named_group(self, group: Atom, start: int) -> Entity | None:
        """"the militants" after "al-Shabab militants attacked …": the armed group the
        text last named, when the noun is definite and an armed group's (sector REB)."""
        if group.sector != "REB" or start == 0 or self.doc[start - 1].lower_ != "the":
            return None
        for found in reversed(self.found):
            actor = found.ref.actor
            if actor.kind == "group" and actor.entity_id and actor.sector == "REB":
                return self.kb.entities[actor.entity_id]
        return None

    # -- organisations the KB does not know --------------------------------------------------
    def _org(self, k: int, country: Entity | None, start: int) -> int:
        atom = self.atoms[k]
        if country is None and atom.end - atom.start == 1:
            # "Chikwati" after "Raylton Chikwati": the small model calls surnames ORG
            if self._earlier_person(atom) or self._earlier_unknown(atom):
                return self._person(k, None, None, None)
        if country is None and self._locative(atom) and \
                place_country(self._text(atom.start, atom.end)):
            return k + 1  # "near Quetta": a town NER took for an organisation
        title = self.atoms[k + 1] if k + 1 < len(self.atoms) else None
        if country is None and title is not None and title.kind == "title" and \
                title.start == atom.end and state_title(title.label.split()) and \
                place_country(self._text(atom.start, atom.end)):
            return k + 1  # "Quetta Mayor X": a place NER took for an organisation
        words = [t.lower_ for t in self.doc[atom.start:atom.end]]
        end, last = atom.end, k
        if country is None and atom.country is None:
            owner = self._of_state(k, atom.end)  # "the Supreme Court of Kenya"
            if owner is not None:
                country, last = owner
                end = self.atoms[last].end
        name = self._text(start, end)
        code = country.country if country else atom.country
        sector = org_sector(words, self._is_state(code))
        if code is None:
            placed, business = self._org_place(atom.start, atom.end, words)
            code, sector = placed, business or sector
        self._emit(Actor(name=name, kind="organization", country=code, sector=sector),
                   start, end, "org")
        return last + 1
