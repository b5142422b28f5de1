"""Persons and titles in actor phrases: "[country] [title] [name]", "the president of Iran",
"Javad Owji, Iran's oil minister,", a surname after the full name, office holders on a date.

A mixin of ``Composer`` (``actor_compose.py``): the methods read the composer's doc, atoms and
what it has found so far.
"""

from __future__ import annotations

from dataclasses import replace

from dossier.actors.atoms import Atom
from dossier.actors.context import (
    US_TITLES,
    party_state_after,
    place_country,
    state_title,
)
from dossier.actors.lexicon import MIL_MODIFIERS, NOT_IN_OFFICE
from dossier.actors.relations import service_title
from dossier.coref import Found, Pending
from dossier.kb import Alias, Entity, fold
from dossier.kb.text import POSSESSIVE
from dossier.model import Actor


class PeopleMixin:
    """Titles, persons and appositives; needs the Composer's state and helpers."""

    def _person_actor(self, entity: Entity, role: str | None = None,
                      country: str | None = None,
                      sector: str | None = None) -> tuple[Actor, str | None]:
        held = self.kb.office_held(entity.id, self.on)
        group = self.kb.group_of(entity.id)
        if held:
            office, _term = held
            office_sector = office.sector
            if group is not None and _names_group(office.title, group):
                # "Supreme Leader of the Taliban": the group's sector on the date
                office_sector = self.kb.sector_on(group, self.on) or office_sector
            return Actor(name=entity.name, kind="person", country=office.country,
                         sector=office_sector, role=office.title, wikidata=entity.wikidata,
                         entity_id=entity.id), office.kind
        if group is not None:  # a militant leader with no state office on the date
            return Actor(name=entity.name, kind="person",
                         country=entity.country or group.country,
                         sector=entity.sector or self.kb.sector_on(group, self.on),
                         role=role, wikidata=entity.wikidata, entity_id=entity.id), None
        return Actor(name=entity.name, kind="person",
                     country=self.kb.country_on(entity.id, self.on) or country,
                     sector=sector if role else entity.sector, role=role,
                     wikidata=entity.wikidata, entity_id=entity.id), None

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
            elif state_title(title.label.split()):
                done = self._title_of_place(k, start, end + 1)
                if done is not None:
                    return done
        if nxt is not None:
            n, follower = nxt
            person = None
            if follower.kind == "ent":
                person = self._choose(follower)[0]
                if person.kind != "person":
                    person = None
            if person is not None or follower.kind == "person":
                return self._person(n, person, owner, start, title=title)
        if owner is not None:
            envoy = self._envoy(k, owner, start)  # "China's ambassador to the UN, Fu Cong,"
            if envoy is not None:
                return envoy
        return self._title_alone(k, k, owner, start, end)

    def _title_alone(self, k: int, last: int, owner, start: int, end: int) -> int:
        title = self.atoms[k]
        label = title.label
        words = label.split()
        sector = title_sector(words, title.sector)
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
        if entity.kind == "country" or (not entity.sector and _intergovernmental(entity)):
            own = sector  # "the UN rapporteur": an official of the body, as "UN envoy X" is
        else:
            own = entity.sector
        actor = Actor(name=self._text(start, end), kind="person", country=country,
                      sector=own, role=role)
        self._emit(actor, start, end, "title", office.kind if office else None)
        return last + 1

    def _title_state(self, title: Atom, name_end: int) -> str | None:
        """The state of a state office written without one: "Central Java Governor X" (the
        place before the title), "Sen. X (R-Texas)", else the document's main country."""
        doc = self.doc
        words = title.label.split()
        lo = title.start
        while lo > 0 and not doc[lo].is_sent_start and doc[lo - 1].is_title and \
                doc[lo - 1].pos_ == "PROPN" and (lo - 1) not in self.ent_tokens:
            lo -= 1  # NER's ORG/PERSON misreadings of a place ("Quetta Mayor") included
        if lo < title.start:
            code = place_country(doc[lo:title.start].text)
            if code:
                return code
        if words[-1] in US_TITLES or words[0] in US_TITLES:
            last = doc[name_end - 1]
            us = self.doc_countries.count("USA")
            main = self.doc_countries.main()
            if party_state_after(self.text, last.idx + len(last.text)) or \
                    (us and (main is None or 2 * us >= self.doc_countries.count(main))):
                return "USA"
        return self.doc_countries.main()

    def _title_of_place(self, k: int, start: int, tok: int) -> int | None:
        """"the governor of Central Java", "the mayor of Lyon": the place's state, else the
        document's (the place is not an actor)."""
        doc = self.doc
        if tok < len(doc) and doc[tok].lower_ == "the":
            tok += 1
        end = tok
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        if end == tok:
            return None
        title = self.atoms[k]
        words = title.label.split()
        country = place_country(doc[tok:end].text) or self.doc_countries.main()
        self._emit(Actor(name=self._text(start, end), kind="person", country=country,
                         sector=state_title(words), role=self._text(title.start, title.end)),
                   start, end, "title")
        last = k
        while last + 1 < len(self.atoms) and self.atoms[last + 1].start < end:
            last += 1
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
        holder = self.kb.holder(office, self.on)
        if holder is None and label in ("leader", "top leader") and entity.kind == "country":
            # "the Ethiopian leader" under a military regime with no prime minister
            fallback = self.kb.leader_on(entity.id, self.on)
            if fallback is not None:
                return fallback[1], fallback[0]
        return holder, office

    def _counterpart_office(self, entity: Entity):
        for found in reversed(self.found):
            if found.ref.actor.kind == "person" and found.office_kind:
                return self.kb.office_of_kind(entity.country or entity.id, found.office_kind)
        return None

    # -- persons --------------------------------------------------------------------------
    def _person(self, k: int, entity: Entity | None, owner, start: int | None = None,
                title: Atom | None = None) -> int:
        atom = self.atoms[k]
        start = atom.start if start is None else start
        role = self._text(title.start, title.end) if title else None
        words = title.label.split() if title else []
        sector = title_sector(words, title.sector) if title else None
        country = owner[0].country if owner else None
        if owner is None and title is not None and service_title(words):
            boss = self._official_possessor(start)
            if boss is not None:  # "Putin's spokesman X": an official of the owner's state
                country, sector = boss.country, title_sector(words, title.sector)
        if entity is None:
            entity = self._earlier_person(atom)
        if entity is None and title is not None and owner is None:
            entity = self._titled_holder(atom, words)
        if entity is None and title is not None and owner is not None:
            # "US Secretary of State Anthony Blinken": the holder, misspelt
            holder, _office = self._holder(owner[0], words)
            if holder is not None and _same_person(holder, self.doc[atom.start:atom.end].text):
                entity = holder
        if entity is None and (title or owner) and atom.end - atom.start > 1 and \
                self._earlier_unknown(atom) is None:
            # "President Abdelaziz Bouteflicka": a titled full name spelt almost as a known one
            entity = self.kb.similar_person(self.doc[atom.start:atom.end].text)
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
                if country is None and title is not None and state_title(words):
                    country = self._title_state(title, atom.end)
                    sector = state_title(words)
                actor = Actor(name=text, kind="person", country=country,
                              sector=sector if country or role else None, role=role)
                office_kind = None
            basis = "unknown-person"
        end = atom.end
        appos = self._appositive(k, atom.end)
        if appos is not None and (actor.role is None or actor.country is None):
            a_country, a_role, a_sector, _span = appos
            actor = replace(actor, country=actor.country or a_country, role=actor.role or a_role,
                            sector=actor.sector or a_sector)
        if actor.country is None and actor.entity_id is None:
            member_of = self._listed_members(atom.start)
            if member_of is not None:
                actor = replace(actor, country=member_of.country,
                                sector=actor.sector or member_of.sector)
        self._emit(actor, start, end, basis, office_kind)
        if appos is not None:
            self._emit(actor, appos[3][0], appos[3][1], "title", office_kind)
            return appos[3][2] + 1
        return self._followers(k, actor)

    def _listed_members(self, tok: int):
        """"members of the U.S. Senate — A, B and C": names listed after a dash or colon
        that follows a state body are its members (the body's Actor), else None."""
        doc = self.doc
        names = {i for f in self.found if f.ref.actor.kind == "person" for i in
                 range(f.start, f.end)}
        tok -= 1
        while tok > 0 and (doc[tok].text in (",", "and") or tok in names or
                           (doc[tok].is_title and doc[tok].pos_ == "PROPN")):
            tok -= 1
        if tok <= 0 or doc[tok].text not in ("\u2014", "\u2013", "--", ":", "-"):
            return None
        for found in reversed(self.found):
            if found.end == tok or (found.end == tok - 1 and doc[tok - 1].is_space):
                actor = found.ref.actor
                if actor.kind != "person" and actor.country and len(actor.country) == 3 and \
                        actor.sector in ("GOV", "LEG", "MIL", "COP", "JUD"):
                    return actor
                return None
        return None

    def _earlier_person(self, atom: Atom) -> Entity | None:
        """A known person named in full earlier, now by surname ("Erdogan")."""
        text = self.doc[atom.start:atom.end].text
        if len(text.split()) != 1:
            return None
        for found in reversed(self.found):
            actor = found.ref.actor
            # "Kim" after "Kim Jong Un", "Xi" after "Xi Jinping": family names come first in
            # many naming traditions, so any part of the full name counts
            if actor.kind == "person" and actor.entity_id and \
                    text in actor.name.replace("-", " ").split():
                return self.kb.entities.get(actor.entity_id)
        return None

    def _titled_holder(self, atom: Atom, words: list[str]) -> Entity | None:
        """"leader Kim", "President Macron" with no country named: the one holder on the
        date of an office the title names whose name has this word."""
        if atom.end - atom.start != 1 or set(words) & NOT_IN_OFFICE:
            return None
        label = " ".join(w for w in words if w not in ("top", "current", "new"))
        found = {person.id: person for office, person in
                 self.kb.holders_named(self.doc[atom.start].text, self.on)
                 if self.kb.office(office.country, label) is office}
        return next(iter(found.values())) if len(found) == 1 else None

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
                  else title_sector(words, atom.sector))
        if owner is None and _weak_title(words):
            sector = None
        return country, self._text(atom.start, atom.end), sector, (tok, title_end, last)


_WEAK_TITLE_HEADS = frozenset({"president", "head", "chief", "director", "leader", "spokesman",
                               "spokeswoman", "spokesperson", "official", "secretary",
                               "chairman", "founder", "representative", "adviser", "advisor"})


def _weak_title(words: list[str]) -> bool:
    """Titles that are not a state's unless a state is named ("the group's president")."""
    return bool(words) and words[-1] in _WEAK_TITLE_HEADS


def _same_person(entity: Entity, text: str) -> bool:
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


def _intergovernmental(entity) -> bool:
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
