"""STUB (places helper owns this): geocode place mentions offline."""

from __future__ import annotations

from typing import Sequence

from dossier.model import Where


def resolve_places(doc, *, dateline: str | None, countries: Sequence[str]) -> list[Where]:
    return []
