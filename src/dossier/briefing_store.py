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
    return with_reports(db, briefing_events(db, keys, since=since, until=until))


def briefing_events(db: Any, keys: Sequence[str], *, since: date | str | None = None,
                    until: date | str | None = None) -> list[Event]:
    """The events of ``keys[0]`` or of the dyad, without their reports."""
    return db.events(actor=keys[0], recipient=keys[1] if len(keys) > 1 else None,
                     since=since, until=until)


def latest(events: Sequence[Event], most: int) -> list[Event]:
    """The ``most`` latest events (by the day they happened, an undated one by the day it was
    last reported), in their order: a busy dyad has thousands, more than a page can show."""
    if len(events) <= most:
        return list(events)
    keep = {e.event_id for e in sorted(events, key=_latest, reverse=True)[:most]}
    return [e for e in events if e.event_id in keep]


def with_reports(db: Any, events: Sequence[Event]) -> tuple[list[Event], dict[str, Article | None]]:
    """The events read again with their reports (in a few queries, not three an event), and
    the articles they count as."""
    full = db.events_with_reports([e.event_id for e in events])
    docs = sorted({r.independent_doc for e in full for r in e.reports})
    stored = db.articles_by_doc(docs)
    return full, {doc: stored.get(doc) for doc in docs}


def _latest(e: Event) -> tuple[str, str]:
    c = e.corroboration
    reported = c.last_reported.isoformat() if c and c.last_reported else ""
    return (e.date or reported, e.event_id)
