"""Geocode an article's place mentions offline, choosing among same-named places by context.

A mention ("Paris", "the Kursk region", "Tehran's Mehrabad airport") is looked up in the
gazetteer (:mod:`dossier.places.gazetteer`); when several places share the name, each
is scored: a prior (countries and big cities are what a bare name usually means) plus the
article's context: the dateline's country, the countries of the actors it mentions, and the
countries (and US states) of the places it names unambiguously. "Paris" stays French unless
the article is about Texas; "Georgia" is the country unless the article is about the US.

Regions and facilities are reduced to what is known: "central Iran" → Iran, "the Kursk
region" → Russia (at Kursk), "Tehran's Mehrabad airport" → Tehran.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from dossier.model import Where
from dossier.places.gazetteer import (
    CITY,
    CONTINENT,
    COUNTRY,
    FACILITY,
    REGION,
    SEA,
    STATE,
    Gazetteer,
    Place,
    city_prior,
    load_gazetteer,
    normalise,
)
from dossier.places.mentions import REGION_WORDS, PlaceSpan, find_place_spans

__all__ = ["PlaceContext", "resolve_dateline", "resolve_places", "where_of_country"]

log = logging.getLogger(__name__)

KIND_PRIORS = {COUNTRY: 8.0, STATE: 6.2, REGION: 7.0, SEA: 7.0, FACILITY: 8.0, CONTINENT: 7.0}
DATELINE_WEIGHT = 2.5  # the dateline's country (and US state)
ACTOR_SHARE_WEIGHT = 2.0  # times the share of actor mentions from the place's country
ACTOR_PRESENCE_WEIGHT = 0.5  # the place's country is among the actors at all
COMENTION_WEIGHT = 1.0  # another place in the text lies in the same country (or US state)
CLEAR_MARGIN = 1.0  # a mention this much likelier one way counts as context for others
ALIAS_PENALTY = 1.5  # matched on one of GeoNames' alternate spellings, not the name
# A proper noun after "in" that spaCy did not tag as a place must name something well known.
MIN_UNTAGGED_POPULATION = 100_000
# A proper noun in no preposition and no place entity ("Baku and Yerevan have …") must name a
# country, a capital or a city this big.
FAMOUS_POPULATION = 1_000_000
# A place named inside a facility's name ("the Zaporizhzhia nuclear power plant") must be big:
# facilities are often named after people ("Queen Elizabeth Central Hospital").
FACILITY_CITY_POPULATION = 500_000


@dataclass
class PlaceContext:
    """What an article tells about where it is set."""

    dateline: Place | None = None
    actor_share: dict[str, float] = field(default_factory=dict)
    # country / US state -> names of places mentioned in it that leave no doubt
    countries: dict[str, set[str]] = field(default_factory=dict)
    us_states: dict[str, set[str]] = field(default_factory=dict)

    def supports(self, place: Place, kind: str, own: str) -> bool:
        """True when another clear mention lies in the place's country (or US state)."""
        table, key = ((self.us_states, place.admin1) if kind == "state"
                      else (self.countries, place.country))
        return bool(table.get(key, set()) - {own})

    @classmethod
    def build(cls, countries: Sequence[str], dateline: Place | None = None) -> PlaceContext:
        counts = Counter(c for c in countries if c)
        total = sum(counts.values())
        share = {c: n / total for c, n in counts.items()} if total else {}
        return cls(dateline=dateline, actor_share=share)


def resolve_places(doc, *, dateline: str | None, countries: Sequence[str],
                   gazetteer: Gazetteer | None = None) -> list[Where]:
    """Every place mention in ``doc``, geocoded, in text order.

    ``countries``: ISO3 codes of the actors the article mentions (repeats count as weight);
    ``dateline``: the article's dateline place ("Tehran", "KYIV, Ukraine"), or None.
    """
    gaz = gazetteer or load_gazetteer()
    context = PlaceContext.build(countries, _dateline_place(dateline, gaz, countries))
    spans = [_split_region(span) for span in find_place_spans(doc)]
    candidates = {span: _candidates(span, gaz) for span in spans}
    # First pass: what the clear mentions say about where the article is set.
    for span, cands in candidates.items():
        clear = _clear_choice(cands, context)
        if clear is not None and clear.country:
            own = normalise(span.core)
            context.countries.setdefault(clear.country, set()).add(own)
            if clear.admin1 and clear.country == "USA":
                context.us_states.setdefault(clear.admin1, set()).add(own)
    taken: set[int] = set()
    found: list[Where] = []
    for span in spans:  # longest first: "Gaza Strip" before "Gaza"
        if taken.intersection(range(span.start, span.end)):
            continue
        place = _choose(span, candidates[span], context, gaz)
        if place is None:
            continue
        taken.update(range(span.start, span.end))
        found.append(_where(span, place, doc))
    found.sort(key=lambda w: w.start)
    return found


def resolve_dateline(dateline: str | None, countries: Sequence[str] = (),
                     gazetteer: Gazetteer | None = None) -> Where | None:
    """The place a dateline names ("KYIV, Ukraine", "Tehran", "ANKARA, March 3"); no offsets."""
    gaz = gazetteer or load_gazetteer()
    place = _dateline_place(dateline, gaz, countries)
    if place is None:
        return None
    return Where(name=place.name, country=place.country, text=dateline or place.name,
                 lat=place.lat, lon=place.lon, geonameid=place.geonameid)


def where_of_country(code: str, *, text: str | None = None,
                     gazetteer: Gazetteer | None = None) -> Where | None:
    """A country as a place (GeoNames id, capital's coordinates), from ISO alpha-3 or alpha-2."""
    gaz = gazetteer or load_gazetteer()
    place = gaz.country(code)
    if place is None:
        return None
    return Where(name=place.name, country=place.country, text=text or place.name,
                 lat=place.lat, lon=place.lon, geonameid=place.geonameid)


# -- choosing -------------------------------------------------------------------------

def _candidates(span: PlaceSpan, gaz: Gazetteer) -> list[tuple[Place, bool]]:
    """Places the span may name: the whole phrase first ("Gaza Strip", "Kaliningrad region"),
    then its core name ("Kursk"), then for facilities any place named inside them."""
    core, region_word = span.core, span.region_word
    for name in (span.phrase, f"{core} {region_word}" if region_word else None, span.facility):
        if name and (found := gaz.lookup(name)):
            return found
    if "," in core and span.qualifier is None:
        core = core.split(",", 1)[0]
    found = gaz.lookup(core)
    if found or span.label != "FAC":
        return found
    # "the Zaporizhzhia nuclear power plant": the biggest place named inside the facility.
    tokens = core.split()
    for size in range(len(tokens) - 1, 0, -1):
        for i in range(len(tokens) - size + 1):
            found = [(p, primary) for p, primary in gaz.lookup(" ".join(tokens[i:i + size]))
                     if primary and _famous(p, FACILITY_CITY_POPULATION)]
            if found:
                return found
    return []


def _split_region(span: PlaceSpan) -> PlaceSpan:
    """An entity that took in its region word ("Kursk region") is read like one that did not."""
    words = span.core.split()
    if span.region_word is None and len(words) > 1 and words[-1].lower() in REGION_WORDS:
        return replace(span, core=" ".join(words[:-1]), region_word=words[-1].lower())
    return span


def _clear_choice(cands: list[tuple[Place, bool]], context: PlaceContext) -> Place | None:
    """The best candidate when it leaves no real doubt: every other candidate lies in the same
    country, or scores at least CLEAR_MARGIN lower (Dallas, Texas over a Dallas suburb)."""
    if not cands:
        return None
    scored = sorted(((score_place(p, primary, context), p) for p, primary in cands),
                    key=lambda sp: -sp[0])
    best_score, best = scored[0]
    rivals = [score for score, p in scored[1:] if p.country != best.country]
    if rivals and best_score - rivals[0] < CLEAR_MARGIN:
        return None
    return best


def _choose(span: PlaceSpan, cands: list[tuple[Place, bool]], context: PlaceContext,
            gaz: Gazetteer) -> Place | None:
    if not cands:
        return None
    if span.qualifier:
        # Only a qualifier that narrows the choice makes a "Paris, Texas" phrase; otherwise
        # the comma separated a list ("China, Hong Kong and …") and the parts stand alone.
        cands = _qualified(cands, span.qualifier, gaz)
        if not cands:
            return None
    if span.hint == "state":
        cands = [c for c in cands if c[0].kind == STATE] or cands
    if span.label in ("PP", "NAME"):
        # Untagged names count only capitalised, and outside a locative phrase only on
        # their own spelling ("Khalil", a surname, is also one of Hebron's names).
        keep = span.core[:1].isupper()
        cands = [c for c in cands if keep and (c[1] or span.label == "PP")]
    if span.core.isupper() and len(span.core.replace(".", "")) <= 5:
        # An acronym ("NISA") may match a town's alternate spelling, never a place's own.
        cands = [c for c in cands if c[1] and (c[0].kind != CITY or len(span.core) > 3)]
    if not cands:
        return None
    best, best_score = None, float("-inf")
    own = normalise(span.core)
    for place, primary in cands:
        score = score_place(place, primary, context, own)
        if score > best_score:
            best, best_score = place, score
    if span.label == "PP" and not _well_known(best):
        return None
    if span.label == "NAME" and not _famous(best, FAMOUS_POPULATION):
        return None
    return best


def _qualified(cands: list[tuple[Place, bool]], qualifier: str, gaz: Gazetteer) -> list[tuple[Place, bool]]:
    """The candidates inside the country or US state a qualifier names ("Paris, Texas")."""
    keep = []
    for q, _ in gaz.lookup(qualifier):
        if q.kind == COUNTRY:
            keep += [c for c in cands if c[0].country == q.country and c[0].kind != COUNTRY]
        elif q.kind == STATE:
            keep += [c for c in cands if c[0].admin1 == q.admin1 and c[0].country == "USA"]
    return keep


def score_place(place: Place, primary: bool, context: PlaceContext, own: str = "") -> float:
    """How likely a mention of the place's name means this place, in this article.
    ``own``: the mention's normalised name, which cannot vouch for itself."""
    if place.prior is not None:
        score = place.prior
    elif place.kind == CITY:
        score = city_prior(place.population, place.capital)
    else:
        score = KIND_PRIORS.get(place.kind, 6.0)
    if not primary:
        score -= ALIAS_PENALTY
    if place.country is None:
        return score
    seat = context.dateline
    if seat is not None and seat.country == place.country:
        score += DATELINE_WEIGHT
        if seat.admin1 and seat.admin1 == place.admin1:
            score += DATELINE_WEIGHT
    share = context.actor_share.get(place.country)
    if share:
        score += ACTOR_SHARE_WEIGHT * share + ACTOR_PRESENCE_WEIGHT
    if place.kind != COUNTRY and context.supports(place, "country", own):
        score += COMENTION_WEIGHT
    if place.admin1 and place.country == "USA" and context.supports(place, "state", own):
        score += COMENTION_WEIGHT
        if place.kind == STATE:
            score += COMENTION_WEIGHT  # "Atlanta … Georgia": the state, not the country
    return score


def _well_known(place: Place | None) -> bool:
    return place is not None and (place.kind != CITY or place.capital
                                  or place.population >= MIN_UNTAGGED_POPULATION)


def _famous(place: Place | None, population: int = 1_000_000) -> bool:
    """Names outside place entities and prepositions count only when nothing else is likely."""
    return place is not None and (place.kind in (COUNTRY, SEA, REGION, STATE) or place.capital
                                  or place.population >= population)


def _dateline_place(dateline: str | None, gaz: Gazetteer, countries: Sequence[str]) -> Place | None:
    """The city a dateline names: its first comma-part, qualified by a later part that names
    a country or US state ("KYIV, Ukraine", "PARIS, Texas"); date parts are ignored."""
    if not dateline:
        return None
    parts = [p.strip(" —–-:") for p in dateline.split(",")]
    head = parts[0].split("(")[0].strip()
    cands = gaz.lookup(head)
    if not cands:
        return None
    for part in parts[1:]:
        qualified = _qualified(cands, part, gaz)
        if qualified:
            cands = qualified
            break
    context = PlaceContext.build(countries)
    return max(cands, key=lambda c: score_place(c[0], c[1], context))[0]


def _where(span: PlaceSpan, place: Place, doc) -> Where:
    last = span.end
    name, geonameid = place.name, place.geonameid
    if span.region_word and place.kind == COUNTRY:
        last -= 1  # "U.S. state", "the Iran border": the country, without the trailing word
    elif span.region_word and place.kind == CITY:
        # "the Kursk region": the area around the city; the city's id would be wrong.
        name, geonameid = f"{span.core} {span.region_word}", None
    words = doc[span.start:last]  # Span.text, unlike Doc.text, does not rebuild the document
    start = words[0].idx
    return Where(name=name, country=place.country, text=words.text, lat=place.lat,
                 lon=place.lon, geonameid=geonameid, start=start, end=start + len(words.text))
