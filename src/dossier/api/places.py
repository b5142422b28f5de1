"""GET /api/places: located mentions counted by the location's country code and place."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from dossier.api.common import ApiState, mention_filter, state
from dossier.api.models import PlacesOut
from dossier.store.filters import MentionFilter

router = APIRouter(tags=["places"])


@router.get("/places", response_model=PlacesOut,
            summary="Located mentions counted by country code, with their places "
                    "(same filters as /api/mentions)")
def places(where: Annotated[MentionFilter, Depends(mention_filter)],
           st: Annotated[ApiState, Depends(state)]) -> dict:
    by_code: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for row in st.db.place_counts(where):
        by_code[row["country"]].append({"name": row["name"], "lat": _number(row["lat"]),
                                        "lon": _number(row["lon"]), "count": row["n"]})
    out = [{"code": code, "iso_numeric": iso_numeric(code),
            "count": sum(p["count"] for p in found),
            "places": sorted(found, key=lambda p: (-p["count"], p["name"]))}
           for code, found in by_code.items()]
    return {"places": sorted(out, key=lambda c: (-c["count"], c["code"] or ""))}


@lru_cache(maxsize=512)
def iso_numeric(code: str | None) -> str | None:
    """ISO 3166 numeric code of an alpha-3 (or alpha-2) country code: what map shapes
    (Natural Earth, world-atlas) are keyed by; None for group codes."""
    import pycountry

    if not code:
        return None
    try:
        found = pycountry.countries.get(alpha_3=code) if len(code) == 3 else \
            pycountry.countries.get(alpha_2=code)
    except (KeyError, LookupError):
        return None
    return found.numeric if found else None


def _number(value: Any) -> float | None:
    # SQLite's json_extract gives a number, PostgreSQL's ->> its text
    return None if value is None else float(value)
