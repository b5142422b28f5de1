"""Filters and keyset sort keys of the merged-event list (the HTTP API's /api/events). Pure
SQL expressions: no I/O.

An event's own columns answer for its parties, type, days and dispute; what only its reports
know (a status, who claims it, a place's name, words of the evidence) is asked of them with
``EXISTS``: an event matches when one of its reports does (the mention filters, reused).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import ColumnElement, Date, exists, literal, or_, select, tuple_

from dossier.store.filters import MentionFilter, conditions, party_conditions
from dossier.store.schema import events as events_t
from dossier.store.schema import mentions as mentions_t

# date: oldest first; -date: newest first (undated last either way); -mentions: most reported
EventSort = Literal["date", "-date", "-mentions"]


@dataclass(frozen=True)
class EventFilter:
    """What a list of events is narrowed to: the mention filters (parties, type and days
    read the event's own columns; status, source, place and q its reports), and ``contested``
    True/False for disputed / undisputed events (None: both)."""

    reports: MentionFilter = MentionFilter()
    contested: bool | None = None


def event_conditions(f: EventFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses over ``events``."""
    e = events_t.c
    r = f.reports
    where = party_conditions(e, r)
    if r.since:
        where.append(e.day_to >= r.since)
    if r.until:
        where.append(e.day_from <= r.until)
    if f.contested is not None:
        where.append(e.contested == int(f.contested))
    # what only the reports know; a place is the event's country code or one report's place
    inner = MentionFilter(status=r.status, source=r.source, q=r.q)
    if any((inner.status, inner.source, inner.q)):
        where.append(_some_report(conditions(inner)))
    if r.place:
        where.append(or_(e.location == r.place.upper(),
                         _some_report(conditions(MentionFilter(place=r.place)))))
    return where


def _some_report(where: list[ColumnElement[bool]]) -> ColumnElement[bool]:
    m = mentions_t.c
    return exists(select(m.id).where(m.event_id == events_t.c.event_id, *where))


def event_keyset(sort: EventSort, cursor: tuple[Any, int] | None, *, dated: bool
                 ) -> tuple[list[ColumnElement[bool]], list[Any]]:
    """The WHERE and ORDER BY of one part of an event page after a cursor (the sort value
    and row id of the previous page's last event). By date the dated and undated events are
    two parts (``dated``), each walking the day index in order; by reports there is one."""
    e = events_t.c
    if sort == "-mentions":
        where: list[ColumnElement[bool]] = []
        if cursor is not None:
            where.append(tuple_(e.mentions, e.id) < tuple_(literal(int(cursor[0])), cursor[1]))
        return where, [e.mentions.desc(), e.id.desc()]
    desc = sort == "-date"
    if not dated:
        where = [e.day_from.is_(None)]
        if cursor is not None and cursor[0] is None:
            where.append(e.id < cursor[1] if desc else e.id > cursor[1])
        return where, [e.id.desc() if desc else e.id.asc()]
    where = [e.day_from.is_not(None)]
    if cursor is not None and cursor[0] is not None:
        key = tuple_(e.day_from, e.id)
        last = tuple_(literal(_day(cursor[0]), Date()), cursor[1])
        where.append(key < last if desc else key > last)
    order = [e.day_from.desc(), e.id.desc()] if desc else [e.day_from.asc(), e.id.asc()]
    return where, order


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def dated_parts(sort: EventSort, cursor: tuple[Any, int] | None) -> list[bool]:
    """Which parts a page reads, in order: dated then undated events (by date), or one."""
    if sort == "-mentions":
        return [True]
    if cursor is not None and cursor[0] is None:
        return [False]
    return [True, False]

