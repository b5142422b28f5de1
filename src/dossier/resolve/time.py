"""STUB (time helper owns this): find and normalise time expressions; date events."""

from __future__ import annotations

from datetime import date

from dossier.model import When


def find_times(doc, anchor: date | None) -> list[When]:
    return []
