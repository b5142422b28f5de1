"""Country names for the codes events are placed by ("UKR" -> "Ukraine"), from the knowledge
base's states (the user's files win): a reader sees "in Ukraine"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache


@lru_cache(maxsize=4)
def country_names(kb_files: Sequence[str] = ()) -> dict[str, str]:
    """Every state's code and name (the user's files win); people are not loaded."""
    from dossier.kb.load import merged_records

    records = merged_records(tuple(kb_files), people=False)
    return {code: e.name for code, e in records.entities.items() if e.kind == "country"}


def place_namer(kb_files: Sequence[str] = ()) -> Callable[[str | None], str | None]:
    """A function naming an event's place: a state's code becomes its name; a place already
    named (a sea, a city) or an unknown code is kept as it is."""
    names = country_names(tuple(kb_files))
    return lambda place: names.get(place, place) if place else place
