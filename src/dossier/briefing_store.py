"""What a briefing is written from, read from a store: the events of one actor or a dyad
(looked up by the code events carry) and the articles their reports cite. Shared by
``dossier briefing`` and GET /api/briefing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from dossier.model import Article, Event


def event_key(kb: Any, name: str) -> str:
    """What events are looked up by: a state's or group's code for a name the knowledge base
    knows ("Russia" → RUS), a person's name, else the name as given."""
    entity = kb.entity(name) or next(iter(kb.search(name)), None)
    if entity is None:
        return name
    return entity.name if entity.kind == "person" else (entity.country or entity.id)


def briefing_sources(db: Any, keys: Sequence[str], *, since: date | str | None = None,
                     until: date | str | None = None
                     ) -> tuple[list[Event], dict[str, Article | None]]:
    """The events (with their reports) of ``keys[0]``, or between ``keys[0]`` and
    ``keys[1]``, and the articles their reports count as, by id."""
    found = db.events(actor=keys[0], recipient=keys[1] if len(keys) > 1 else None,
                      since=since, until=until)
    events = [db.event(e.event_id) for e in found]
    docs = {r.independent_doc for e in events for r in e.reports}
    return events, {doc: db.article(doc) for doc in sorted(docs)}
