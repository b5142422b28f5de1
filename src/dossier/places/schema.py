"""The schema of ``data/places.yaml``, the places GeoNames' tables lack (see its header).

Read through :func:`dossier.datafile.load_text`: a misspelt key, a wrong type or a country
that is no ISO alpha-3 code fails at load with the file, the line and the fix.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, StringConstraints, model_validator

from dossier.datafile import DataFileError, Schema

__all__ = ["Area", "Facility", "PlacesFile"]


def _iso3(code: str) -> str:
    if len(code) != 3 or not code.isalpha() or not code.isupper():
        raise DataFileError(f"{code!r} is not an ISO 3166-1 alpha-3 code",
                            "use three upper-case letters, e.g. UKR (null for no single state)")
    return code


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Iso3 = Annotated[str, AfterValidator(_iso3)]


class Area(Schema):
    """A region or sea: its own coordinates (approximate centre)."""

    name: Text
    aliases: list[Text] = []
    country: Iso3 | None  # required: null says "no single state" on purpose
    lat: float
    lon: float
    geonameid: int | None = None
    prior: float | None = None  # overrides the default weight of a bare mention


class Facility(Schema):
    """An airport or base, reduced to the city it serves (``city``: GeoNames id), or a
    place of its own with coordinates."""

    name: Text
    aliases: list[Text] = []
    city: int | None = None
    country: Iso3 | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    prior: float | None = None

    @model_validator(mode="after")
    def _located(self) -> Facility:
        if self.city is None and (self.lat is None or self.lon is None):
            raise DataFileError("the facility has neither city nor lat and lon",
                                "give city: <GeoNames id of the city it serves>")
        return self


class PlacesFile(Schema):
    """places.yaml"""

    not_places: list[Text] = []
    country_aliases: dict[Iso3, list[Text]] = {}  # ISO alpha-3: names
    city_aliases: dict[int, list[Text]] = {}  # GeoNames id: names
    regions: list[Area] = []
    seas: list[Area] = []
    facilities: list[Facility] = []
