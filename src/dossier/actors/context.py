"""The states a document is about, for actors the text leaves without one.

"Senator Jane Roe", "the governor of Central Java", "rebels", "police": a state office or a
body whose state is not written next to it. The state comes, in order of strength, from the
place named in the title ("Central Java Governor …" via the gazetteer), a US party-state tag
("Sen. X (R-Texas)"), then the document's main country: the states its names, capitals,
demonyms and places point to. Armed groups get the main country only when it is clear (one
state well ahead of the rest): in a US article about the Taliban the insurgents are not
American, and a wrong state is worse than none. "Ethnic Albanians in Macedonia" are coded
by the state they live in (PLOVER's practice), named after "in" or else the story's other
state.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from dossier.actors.atoms import Atom
from dossier.actors.state import (
    Composition,
    DocState,
    Step,
    choose,
    choose_entity,
    emit,
    next_atom,
    span_text,
)
from dossier.kb import Entity, KnowledgeBase
from dossier.model import Actor

# Titles of a state's own offices and their sectors: with no state written, the state is the
# place's or the document's ("the mayor", "Senator X"). Not "president"/"minister": an
# organisation has those too, and a visitor's title is often bare.
STATE_TITLES: dict[str, str] = {
    "senator": "LEG", "sen.": "LEG", "sen": "LEG", "congressman": "LEG",
    "congresswoman": "LEG", "congressmen": "LEG", "rep.": "LEG", "lawmaker": "LEG",
    "legislator": "LEG", "mp": "LEG", "assemblyman": "LEG", "assemblywoman": "LEG",
    "parliamentarian": "LEG", "senators": "LEG",
    "governor": "GOV", "mayor": "GOV", "deputy governor": "GOV", "deputy mayor": "GOV",
    "provincial governor": "GOV", "regional governor": "GOV", "vice governor": "GOV",
    "lieutenant governor": "GOV",
    # a judge sits in a state's court: "Judge X" in a Kenyan story is Kenya's judiciary
    "judge": "JUD", "magistrate": "JUD",
}
# Titles written the American way: the United States when it is in the story at all.
US_TITLES = frozenset({"senator", "sen.", "sen", "congressman", "congresswoman", "rep.",
                       "senators", "congressmen"})
# "(R-Texas)", "(D-N.Y.)", ", R-Idaho,": a US party and state after a legislator's name.
_PARTY_STATE = re.compile(r"^\s*[(,]\s*(?:R|D|I)\s*[-\u2013.]\s*[A-Z][A-Za-z.]")
_GROUPINGS = frozenset({"WST", "EUR", "IMG", "IGO", "NGO", "UN", "EU", "NATO", "AU"})
# Lemmas that make "in <place>" a meeting's venue ("talks with insurgents in Doha"), which says
# nothing about whose insurgents they are.
_MEETING_LEMMAS = frozenset({"talk", "talks", "negotiation", "meeting", "meet", "summit",
                             "conference", "dialogue", "consultation", "mediation", "host",
                             "negotiate", "parley"})


def state_title(words: list[str]) -> str | None:
    """The sector of a state office title ("provincial governor" -> GOV), else None."""
    label = " ".join(words)
    if label in STATE_TITLES:
        return STATE_TITLES[label]
    return STATE_TITLES.get(words[-1]) if words else None


def party_state_after(text: str, end: int) -> bool:
    """A US party-state tag right after a name ends at ``end`` in ``text``."""
    return bool(_PARTY_STATE.match(text[end:end + 24]))


_COMPASS_WORDS = frozenset({"west", "east", "north", "south", "central", "western", "eastern",
                            "northern", "southern", "upper", "lower"})
# Provinces whose governments act in the news but which the place gazetteer (GeoNames'
# tables plus places.yaml, not this stage's data) lacks; remove an entry once it has it.
def _gazetteer():
    from dossier.places.gazetteer import load_gazetteer

    return load_gazetteer()


@lru_cache(maxsize=4096)
def place_country(name: str) -> str | None:
    """The state a place name lies in when the gazetteer is sure: one state among its
    provinces and regions, else among its cities ("Central Java" is not in the gazetteer:
    None; "Quetta" -> PAK; "Lyon" -> FRA)."""
    name = name.strip()
    if len(name) < 3 or not name[0].isupper():
        return None
    first, _, rest = name.partition(" ")
    if rest and first.lower() in _COMPASS_WORDS:
        return place_country(rest)  # "West Darfur", "North Kivu": the region's state
    places = [p for p, _primary in _gazetteer().lookup(name)]
    for kinds in (("country",), ("state", "region"), ("city",)):
        codes = {p.country for p in places if p.kind in kinds and p.country}
        if len(codes) == 1:
            return codes.pop()
        if codes:
            return None
    return None


def place_states(name: str) -> frozenset[str]:
    """Every state a place name may lie in, per the gazetteer ("Miami": several cities)."""
    name = name.strip()
    if len(name) < 3 or not name[0].isupper():
        return frozenset()
    return frozenset(p.country for p, _primary in _gazetteer().lookup(name) if p.country)


class DocCountries:
    """Counts of the states a document names (its actors' and its places')."""

    def __init__(self, codes: Iterable[str], places: Iterable[str] = ()) -> None:
        self.counts: Counter[str] = Counter(c for c in codes if c and c not in _GROUPINGS)
        self._places = list(places)
        self._with_places: Counter[str] | None = None

    def _all(self) -> Counter[str]:
        if self._with_places is None:
            counts = Counter(self.counts)
            for name in self._places:  # gazetteer only when a state is needed
                code = place_country(name)
                if code:
                    counts[code] += 1
            self._with_places = counts
        return self._with_places

    def main(self, exclude: str | None = None) -> str | None:
        """The state named most often, when no other is named as often."""
        top = [(c, n) for c, n in self._all().most_common(3) if c != exclude][:2]
        if not top or (len(top) > 1 and top[1][1] == top[0][1]):
            return None
        return top[0][0]

    def clear(self) -> str | None:
        """The main state only when it is well ahead: named at least twice, and at least
        twice as often as any other state."""
        top = self._all().most_common(2)
        if not top or top[0][1] < 2:
            return None
        return top[0][0] if len(top) == 1 or top[0][1] >= 2 * top[1][1] else None

    def only(self) -> str | None:
        """The one state the document names, when it names exactly one ("rebels" in a
        one-sentence report on the Mozambique government)."""
        top = self._all().most_common(2)
        return top[0][0] if len(top) == 1 else None

    def count(self, code: str) -> int:
        return self._all().get(code, 0)


def doc_countries(doc, kb: KnowledgeBase, on: date | None, atoms: Iterable[Atom],
                  taken: frozenset[int]) -> DocCountries:
    """The states the whole document names: its states, groups and organisations, and
    (looked up only when needed) the places NER finds outside the atoms (``taken``)."""
    codes = []
    for atom in atoms:
        if atom.kind == "ent":
            entity, _alias = choose_entity(atom, kb, on, doc[atom.start].ent_type_)
            if entity.kind != "person":
                codes.append(entity.country)
    places = [e.text for e in doc.ents if e.label_ in ("GPE", "LOC")
              and not any(i in taken for i in range(e.start, e.end))]
    return DocCountries(codes, places)


def place_state(ctx: DocState, so_far: Composition, tok: int) -> str | None:
    """The state of the place named at token ``tok``: a state, or a place NER finds
    that the gazetteer puts in one state ("Bouake" -> CIV)."""
    doc = ctx.doc
    n = ctx.by_start.get(tok)
    if n is not None and ctx.atoms[n].kind == "ent":
        state, _alias = choose(ctx, so_far, ctx.atoms[n])
        if state.kind != "country":
            return None
        return other_city_state(ctx, ctx.atoms[n], state) or state.country
    # "near Quetta": the small model sometimes calls a town an organisation
    if tok < len(doc) and doc[tok].ent_type_ in ("GPE", "LOC", "ORG") and \
            doc[tok].ent_iob_ == "B" and (tok not in ctx.taken or (
                n is not None and ctx.atoms[n].kind == "org")):
        end = tok + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return place_country(doc[tok:end].text)
    return None


def place_before(ctx: DocState, start: int) -> tuple[int, int, str] | None:
    """A place name written before a group noun that is no other name ("Sindh" in "the
    Sindh government"), its state from the gazetteer: (first token, end, code)."""
    doc, lo = ctx.doc, start
    while lo > 0 and not doc[lo].is_sent_start and doc[lo - 1].is_title and \
            doc[lo - 1].pos_ == "PROPN" and (lo - 1) not in ctx.taken:
        lo -= 1
    code = place_country(doc[lo:start].text) if lo < start else None
    return (lo, ctx.atoms[ctx.by_start[start]].end, code) if code else None


def place_of(ctx: DocState, start: int, end: int) -> tuple[int, int, str] | None:
    """"the government of Sindh province": a place after "of" that no name covers."""
    doc = ctx.doc
    tok = end + 1
    if tok >= len(doc) or doc[end].lower_ != "of":
        return None
    tok += doc[tok].lower_ == "the"
    hi = tok
    while hi < len(doc) and doc[hi].is_title and doc[hi].pos_ == "PROPN" and \
            hi not in ctx.taken:
        hi += 1
    code = place_country(doc[tok:hi].text) if hi > tok else None
    if code is None:
        return None
    if hi < len(doc) and doc[hi].lower_ in ("province", "state", "region", "district"):
        hi += 1
    return start, hi, code


def _nearest_state(ctx: DocState, so_far: Composition, tok: int,
                   exclude: str | None) -> str | None:
    """The state named nearest to token ``tok`` in its sentence, other than ``exclude``:
    "the US helps Macedonia against ethnic Albanian guerrillas" lives in Macedonia, not in
    the state named most often."""
    doc = ctx.doc
    sent = doc[tok].sent
    best: tuple[int, str] | None = None
    for atom in ctx.atoms:
        if atom.kind != "ent" or not (sent.start <= atom.start < sent.end) or \
                doc[atom.start - 1:atom.start].text.lower() == "ethnic":
            continue
        entity, _alias = choose(ctx, so_far, atom)
        if entity.kind != "country" or entity.country == exclude:
            continue
        gap = min(abs(atom.start - tok), abs(atom.end - tok))
        if best is None or gap < best[0]:
            best = (gap, entity.country)
    return best[1] if best else None


def other_city_state(ctx: DocState, atom: Atom, state: Entity) -> str | None:
    """"Tripoli" in a story about Lebanon: a capital's name that is also a city of a state
    the story names at least as often is that city, not the capital (the story's states
    choose among same-named places, as the geocoder does)."""
    if any(a.basis == "name" for a in atom.aliases if a.entity_id == state.id):
        return None
    name = ctx.doc[atom.start:atom.end].text
    # a city of note beside the capital (Lebanon's Tripoli), not a small namesake
    # (Moscow, Idaho; London, Ontario)
    cities = [p for p, _primary in _gazetteer().lookup(name) if p.kind == "city"]
    capital = max((p.population for p in cities if p.country == state.country), default=0)
    others = {p.country for p in cities if p.country and p.country != state.country
              and p.population >= max(150_000, capital * 0.15)}
    own = ctx.countries.count(state.country)
    best = max(others, key=ctx.countries.count, default=None)
    if best is not None and ctx.countries.count(best) >= max(own, 1):
        return best
    return None


def venue(doc, group_start: int, place: int) -> bool:
    """"talks with insurgents in Qatar's capital", "rebels in Geneva for talks": the place
    after "in" is where they meet, not where they act; a meeting word shortly before the
    group (same sentence) or right after the place says so."""
    lo = max(doc[group_start].sent.start, group_start - 8)
    if any(t.lemma_.lower() in _MEETING_LEMMAS or t.lower_ in _MEETING_LEMMAS
           for t in doc[lo:group_start]):
        return True
    end = place
    while end < len(doc) and (doc[end].ent_iob_ == "I" or end == place or
                              doc[end].lower_ in ("'s", "\u2019s", "capital", "city")):
        end += 1
    return any(t.lower_ in ("talks", "negotiations", "meeting", "summit", "conference")
               for t in doc[end:end + 3])


def ethnic(ctx: DocState, so_far: Composition, k: int, entity: Entity) -> Step:
    """"ethnic Albanians in Macedonia", "ethnic Serb civilians": a people coded by the
    state they live in, which the text names after "in" or is the story's other state;
    with neither, the people's own state."""
    atom, doc = ctx.atoms[k], ctx.doc
    nxt = next_atom(ctx, k, atom.end)
    group = nxt[1] if nxt is not None and nxt[1].kind == "group" else None
    end = group.end if group else atom.end
    home = None
    sent_end = doc[atom.start].sent.end
    for tok in range(end, min(end + 6, sent_end - 1)):
        if doc[tok].lower_ == "in":
            at = tok + 1
            while at < sent_end and doc[at].is_lower and doc[at].lower_ in (
                    "the", "south", "north", "east", "west", "southern", "northern",
                    "eastern", "western", "central", "southeastern", "southwestern",
                    "northeastern", "northwestern"):
                at += 1
            home = place_state(ctx, so_far, at)
            break
    home = home or _nearest_state(ctx, so_far, atom.start, entity.country) or \
        ctx.countries.main(exclude=entity.country) or entity.country
    so_far = emit(ctx, so_far, Actor(name=span_text(doc, atom.start - 1, end), kind="group",
                                     country=home, sector=group.sector if group else "CVL"),
                  atom.start - 1, end, "context")
    return so_far, (nxt[0] if group else k) + 1
