"""places.yaml's schema: a typo in the gazetteer's own data fails at load, naming the line."""

from __future__ import annotations

import pytest

from dossier.datafile import load_text
from dossier.errors import ConfigError
from dossier.places import gazetteer as gazetteer_module
from dossier.places.gazetteer import COUNTRY, Gazetteer, Place, read_places
from dossier.places.schema import PlacesFile

# (text, line, words naming the problem, words of the fix)
BAD_PLACES = [
    pytest.param("regions:\n  - {name: Gaza Strip, alias: [Gaza], country: PSE, lat: 31.4, "
                 "lon: 34.3}\n",
                 2, "unknown key 'alias'", "did you mean 'aliases'?", id="misspelt key"),
    pytest.param("not_place: [Kremlin]\n", 1, "unknown key 'not_place'",
                 "did you mean 'not_places'?", id="misspelt section"),
    pytest.param("seas:\n  - name: Red Sea\n    country: null\n    lat: north\n    lon: 38.5\n", 4,
                 "key 'lat': expected a number", "lat:", id="text for a number"),
    pytest.param("country_aliases:\n  USA: [America]\n  Gbr: [Britain]\n", 3,
                 "'Gbr' is not an ISO 3166-1 alpha-3 code", "upper-case", id="bad country code"),
    pytest.param("regions:\n  - {name: Darfur, lat: 13.5, lon: 24.0}\n", 2, "has no 'country'",
                 "add country:", id="missing country"),
    pytest.param("facilities:\n  - {name: Heathrow, aliases: [Heathrow airport]}\n", 2,
                 "neither city nor lat and lon", "city:", id="facility nowhere"),
    pytest.param("city_aliases:\n  kiev: [Kiev]\n", 2, "key 'kiev': the key is not a whole number",
                 "whole number", id="city id not a number"),
    pytest.param("not_places: [White House, yes]\n", 1, "not_places entry 2: expected text",
                 "quote it", id="YAML boolean for a name"),
]


@pytest.mark.parametrize("text,line,what,fix", BAD_PLACES)
def test_places_schema_error_names_line_and_fix(text, line, what, fix):
    with pytest.raises(ConfigError) as info:
        load_text(text, PlacesFile, "places.yaml")
    assert info.value.message.startswith(f"places.yaml, line {line}: "), info.value.message
    assert what in info.value.message
    assert fix in (info.value.fix or "")


def test_places_bundled_file_fits_its_schema():
    data, origin, _ = read_places()
    assert origin.endswith("places.yaml")
    assert data.regions and data.seas and data.facilities and data.country_aliases
    assert all(item.city is not None or item.lat is not None for item in data.facilities)


def _tiny_gazetteer_with(monkeypatch, text: str) -> Gazetteer:
    monkeypatch.setattr(gazetteer_module, "read_places",
                        lambda: (load_text(text, PlacesFile, "places.yaml"), "places.yaml", text))
    iran = Place(name="Iran", kind=COUNTRY, country="IRN", lat=35.7, lon=51.4)
    gazetteer = Gazetteer([("Iran", iran, True)])
    gazetteer_module._add_bundled(gazetteer, {})
    return gazetteer


def test_places_aliases_of_a_known_country_are_added(monkeypatch):
    gazetteer = _tiny_gazetteer_with(monkeypatch, "country_aliases:\n  IRN: [Persia]\n")
    assert [place.country for place, _ in gazetteer.lookup("Persia")] == ["IRN"]


def test_places_country_geonames_lacks_is_an_error_naming_the_line(monkeypatch):
    with pytest.raises(ConfigError, match=r"places.yaml, line 3: country_aliases, key 'XYZ': "
                                          r"GeoNames knows no country 'XYZ'"):
        _tiny_gazetteer_with(monkeypatch, "country_aliases:\n  IRN: [Persia]\n  XYZ: [Xland]\n")


def test_places_facility_in_a_city_geonames_lacks_is_an_error_naming_the_line(monkeypatch):
    with pytest.raises(ConfigError, match=r"places.yaml, line 2: facilities entry 1 "
                                          r"\(name 'Heathrow'\), key 'city'"):
        _tiny_gazetteer_with(monkeypatch, "facilities:\n  - {name: Heathrow, city: 2643743}\n")
