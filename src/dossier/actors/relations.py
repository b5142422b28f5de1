"""Actors named through another actor: "Zarqawi's militants" (a person's followers),
"Israel's militia ally" (a patron's client, who is not the patron), "China's ambassador to
the UN, Fu Cong" (a titled envoy named after the title), and organisations whose state the
name or the story gives ("the Esfahan Uranium Conversion Facilities", "La Prensa").

A mixin of ``Composer`` (``actor_compose.py``): the methods read the composer's doc, atoms and
what it has found so far.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.actors.lexicon import GROUP_NOUNS
from dossier.kb.text import POSSESSIVE
from dossier.model import Actor

if TYPE_CHECKING:
    from dossier.kb import Entity

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


class RelationsMixin:
    """Followers, clients, envoys and organisations placed by their name or the story."""

    def _followers(self, k: int, person: Actor) -> int:
        """"Zarqawi's militants", "Putin's troops": the body a person commands is coded by
        the person's state (a group leader's: the group's, with its sector on the date)."""
        atom, doc = self.atoms[k], self.doc
        if person.country is None or atom.end + 1 >= len(doc) or \
                doc[atom.end].lower_ not in POSSESSIVE:
            return k + 1
        nxt = self._next(k, atom.end + 1)
        if nxt is None or nxt[1].kind != "group":
            return k + 1
        n, group = nxt
        leads = self.kb.group_of(person.entity_id) if person.entity_id else None
        sector = group.sector
        if leads is not None and sector in ("REB", "MIL", "GOV") and \
                not self.kb.office_held(person.entity_id, self.on):
            sector = self.kb.sector_on(leads, self.on) or sector
        name = f"{self._text(atom.start, atom.end)}'s {self._text(group.start, group.end)}"
        self._emit(Actor(name=name, kind="group", country=person.country, sector=sector),
                   group.start, group.end, "name")
        return n + 1

    def _client(self, k: int) -> int | None:
        """"Israel's militia ally", "Iran's proxies": the possessor names a patron; the
        phrase is the client, whose state the text does not give. Emits the client with no
        state (so that nothing codes it as the patron) and returns the next atom, else None."""
        atom, doc = self.atoms[k], self.doc
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
        self._emit(Actor(name=self._text(atom.start, head.i + 1), kind="group", country=None,
                         sector=sector), atom.end + 1, head.i + 1, "context")
        last = k
        while last + 1 < len(self.atoms) and self.atoms[last + 1].start <= head.i:
            last += 1
        return last + 1

    def _org_place(self, start: int, end: int, words: list[str]) -> tuple[str | None, str | None]:
        """(country, sector) of an organisation the knowledge base does not know and no state
        owns in the text: a business ("… Company", "… Facilities") is BUS, placed by a place
        in its name ("Esfahan") else the story's main state; other names get neither."""
        if not set(words) & BUSINESS_WORDS:
            return None, None
        code = next((c for tok in self.doc[start:end] if tok.is_title and not tok.is_stop
                     and tok.lower_ not in BUSINESS_WORDS and (c := _city_state(tok.text))),
                    None)
        return code or self.doc_countries.main(), "BUS"

    def _envoy(self, k: int, owner, start: int) -> int | None:
        """"China's ambassador to the UN, Fu Cong,": a titled person named after the title
        and its "to …" complement (or after a title whose holder the data lacks) is the
        owner's, with the title as role. Returns the next atom, else None."""
        title, doc = self.atoms[k], self.doc
        tok, complement = title.end, False
        if tok + 1 < len(doc) and doc[tok].lower_ in ("to", "at", "in", "for"):
            at = tok + 1 + (doc[tok + 1].lower_ == "the")
            n = self._by_start.get(at)
            if n is None or self.atoms[n].kind != "ent":
                return None
            tok, complement = self.atoms[n].end, True
        if tok + 1 >= len(doc) or doc[tok].text != ",":
            return None
        n = self._by_start.get(tok + 1)
        if n is None:
            return None
        atom = self.atoms[n]
        person = self._choose(atom)[0] if atom.kind == "ent" else None
        if atom.kind != "person" and (person is None or person.kind != "person"):
            return None
        if not complement and self._holder(owner[0], title.label.split())[0] is not None:
            return None
        return self._person(n, person, owner, start, title=title)

    def _is_state(self, code: str | None) -> bool:
        entity = self.kb.entities.get(code or "")
        return entity is not None and entity.kind == "country"

    def _of_state(self, k: int, end: int) -> tuple[Entity, int] | None:
        """The state named by "of [the] <state>" right after an organisation, and its atom."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return None
        of = self._next(k, end + 1 + (doc[end + 1].lower_ == "the"), gaps=False)
        if of is None or of[1].kind != "ent":
            return None
        entity, alias = self._choose(of[1])
        if entity.kind != "country" or alias.basis != "name":
            return None
        return entity, of[0]

    def _official_possessor(self, tok: int) -> Actor | None:
        """The state official owning the title at ``tok`` ("Putin's", "the U.N.
        secretary-general's"), else None: a company's or a critic's owner says nothing."""
        doc = self.doc
        if tok < 2 or doc[tok - 1].lower_ not in POSSESSIVE:
            return None
        for found in reversed(self.found):
            if found.end == tok - 1:
                actor = found.ref.actor
                if actor.kind == "person" and actor.country and \
                        actor.sector in _STATE_SECTORS:
                    return actor
                return None
        return None

    def _story_state(self) -> str | None:
        """The state the story is about so far, else the document's main state: for a
        known organisation with no state of its own ("La Prensa")."""
        if self.countries:
            return self.countries.most_common(1)[0][0]
        return self.doc_countries.main()


def _city_state(word: str) -> str | None:
    """The state of a city of note (100,000 people or more) or a region with this name, when
    only one state has one: "Esfahan" -> IRN; not "Union" (many small towns)."""
    from dossier.actors.context import _gazetteer

    codes = {p.country for p, _primary in _gazetteer().lookup(word)
             if p.country and (p.kind in ("region", "state") or
                               (p.kind == "city" and p.population >= 100_000))}
    return codes.pop() if len(codes) == 1 else None
