"""Place resolution without the spaCy model: hand-built Docs, the real gazetteer."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dossier.places import resolve_dateline, resolve_places, where_of_country
from dossier.places.gazetteer import Gazetteer, Place, load_gazetteer, normalise


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make_doc(vocab, tagged: list[tuple[str, str]]) -> Doc:
    """A Doc from (word, entity IOB tag) pairs, e.g. ("Paris", "B-GPE")."""
    words = [w for w, _ in tagged]
    return Doc(vocab, words=words, ents=[tag for _, tag in tagged])


def places_named(vocab, tagged, name, **kwargs):
    doc = make_doc(vocab, tagged)
    kwargs.setdefault("dateline", None)
    kwargs.setdefault("countries", [])
    return [w for w in resolve_places(doc, **kwargs) if w.text == name]


@pytest.mark.parametrize("raw,key", [
    ("Rafaḩ", "rafah"), ("RAFAH", "rafah"), ("the Gaza Strip", "gaza strip"),
    ("Tehran's", "tehran"), ("Tehran’s", "tehran"), ("U.S.", "us"), ("Guinea-Bissau", "guinea bissau"),
])
def test_normalise_folds_spelling_variants(raw, key):
    assert normalise(raw) == key


PARIS = [("Paris", "B-GPE"), ("was", "O"), ("calm", "O"), (".", "O")]


def test_resolve_places_paris_is_french_by_default(vocab):
    [paris] = places_named(vocab, PARIS, "Paris")
    assert paris.country == "FRA" and paris.geonameid == 2988507


def test_resolve_places_paris_is_french_even_in_a_us_actor_story_without_us_places(vocab):
    [paris] = places_named(vocab, PARIS, "Paris", countries=["USA", "USA"])
    assert paris.country == "FRA"


def test_resolve_places_paris_is_texan_among_texan_places(vocab):
    tagged = [("Dallas", "B-GPE"), ("and", "O")] + PARIS
    [paris] = places_named(vocab, tagged, "Paris", countries=["USA"])
    assert paris.country == "USA"


def test_resolve_places_paris_is_texan_under_a_texan_dateline(vocab):
    [paris] = places_named(vocab, PARIS, "Paris", dateline="HOUSTON, Texas")
    assert paris.country == "USA"


GEORGIA = [("Georgia", "B-GPE"), ("voted", "O"), (".", "O")]


def test_resolve_places_georgia_is_the_country_by_default(vocab):
    [georgia] = places_named(vocab, GEORGIA, "Georgia")
    assert georgia.country == "GEO"


def test_resolve_places_georgia_is_the_state_in_an_atlanta_story(vocab):
    tagged = [("In", "O"), ("Atlanta", "B-GPE"), (".", "O")] + GEORGIA
    [georgia] = places_named(vocab, tagged, "Georgia", countries=["USA"])
    assert georgia.country == "USA" and georgia.name == "Georgia"


def test_resolve_places_georgia_is_the_country_in_a_tbilisi_story(vocab):
    tagged = [("In", "O"), ("Tbilisi", "B-GPE"), (".", "O")] + GEORGIA
    [georgia] = places_named(vocab, tagged, "Georgia", countries=["USA", "GEO"])
    assert georgia.country == "GEO"


def test_resolve_places_georgia_state_when_actors_are_all_american(vocab):
    [georgia] = places_named(vocab, GEORGIA, "Georgia", countries=["USA"] * 4)
    assert georgia.country == "USA"


def test_resolve_places_tripoli_follows_the_article_countries(vocab):
    tagged = [("Tripoli", "B-GPE"), ("was", "O"), ("calm", "O")]
    assert places_named(vocab, tagged, "Tripoli")[0].country == "LBY"
    assert places_named(vocab, tagged, "Tripoli", countries=["LBN", "LBN", "SYR"])[0].country == "LBN"


def test_resolve_places_city_comma_state_is_one_qualified_place(vocab):
    doc = make_doc(vocab, [("In", "O"), ("Atlanta", "B-GPE"), (",", "O"), ("Georgia", "B-GPE"),
                           ("voters", "O")])
    [where] = resolve_places(doc, dateline=None, countries=[])
    assert (where.name, where.country, where.text) == ("Atlanta", "USA", "Atlanta , Georgia")


def test_resolve_places_offsets_point_into_the_text(vocab):
    doc = make_doc(vocab, [("Talks", "O"), ("in", "O"), ("Doha", "B-GPE"), ("ended", "O")])
    [doha] = resolve_places(doc, dateline=None, countries=[])
    assert doc.text[doha.start:doha.end] == "Doha" and doha.country == "QAT"


def test_resolve_places_with_an_injected_gazetteer(vocab):
    home = Place(name="Springfield", kind="city", country="USA", lat=39.8, lon=-89.6,
                 geonameid=1, population=100_000)
    gaz = Gazetteer([("Springfield", home, True)])
    doc = make_doc(vocab, [("Springfield", "B-GPE"), ("voted", "O")])
    [where] = resolve_places(doc, dateline=None, countries=[], gazetteer=gaz)
    assert (where.name, where.country, where.geonameid) == ("Springfield", "USA", 1)


@pytest.mark.parametrize("dateline,name,country", [
    ("KYIV, Ukraine", "Kyiv", "UKR"),
    ("Tehran", "Tehran", "IRN"),
    ("ANKARA, March 3", "Ankara", "TUR"),
    ("PARIS, Texas", "Paris", "USA"),
    ("TRIPOLI, Lebanon", "Tripoli", "LBN"),
])
def test_resolve_dateline_names_the_city(dateline, name, country):
    where = resolve_dateline(dateline)
    assert where is not None and (where.name, where.country) == (name, country)


def test_resolve_dateline_unknown_is_none():
    assert resolve_dateline("NOWHERESVILLE") is None
    assert resolve_dateline(None) is None


@pytest.mark.parametrize("code", ["IRN", "IR", "irn"])
def test_where_of_country_accepts_alpha3_and_alpha2(code):
    where = where_of_country(code)
    assert where is not None and where.country == "IRN" and where.geonameid == 130758


def test_where_of_country_unknown_code_is_none():
    assert where_of_country("ZZZ") is None


def test_load_gazetteer_bundles_seas_and_disputed_regions():
    gaz = load_gazetteer()
    [(sea, _)] = gaz.lookup("the Black Sea")
    assert sea.country is None and sea.lat is not None
    assert gaz.lookup("Crimea")[0][0].country == "UKR"
    assert gaz.lookup("White House") == []  # an actor, and one of Casablanca's old names
