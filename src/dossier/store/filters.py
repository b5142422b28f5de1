"""Filters, sort keys and JSON lookups for the store's paged and aggregated reads (the HTTP
API's queries). Pure SQL expressions: no I/O.

The nested values (actor refs, places) are JSON text (see ``codec``); ``json_text`` reads one
field of them inside the database, as ``json_extract`` on SQLite and ``->>`` on PostgreSQL,
so that filtering and counting by a claim source or a place needs no schema change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import ColumnElement, Date, String, func, literal, or_, tuple_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement

from dossier.store import codec
from dossier.store.schema import articles
from dossier.store.schema import mentions as mentions_t

Order = Literal["asc", "desc"]


class json_text(FunctionElement):  # noqa: N801 - reads like the SQL function it stands for
    """The text of a field of a JSON text column (None when missing): ``json_text(col,
    "actor", "name")``."""

    type = String()
    # the keys are rendered into the SQL text, so a cached statement must not be reused for
    # other keys: no statement cache for this construct
    inherit_cache = False
    name = "json_text"


@compiles(json_text)
def _json_text_default(element: json_text, compiler: Any, **kw: Any) -> str:
    column, *keys = list(element.clauses)
    path = "$" + "".join(f'."{k.value}"' for k in keys)
    return f"json_extract({compiler.process(column, **kw)}, '{path}')"


@compiles(json_text, "postgresql")
def _json_text_pg(element: json_text, compiler: Any, **kw: Any) -> str:
    column, *keys = list(element.clauses)
    *inner, last = [k.value for k in keys]
    walk = "".join(f" -> '{k}'" for k in inner)
    return f"(CAST({compiler.process(column, **kw)} AS JSON){walk} ->> '{last}')"


@dataclass(frozen=True)
class MentionFilter:
    """What a list of mentions is narrowed to; every field is optional and they combine with
    AND. ``actor``/``recipient``/``party`` (either side) and ``source`` (who claims it) match
    a country or group code exactly or part of a name, ignoring case; ``place`` a location's
    country code exactly or part of its name; ``q`` part of the evidence sentence.
    ``since``/``until`` keep mentions whose days overlap the range (see Database.mentions)."""

    actor: str | None = None
    recipient: str | None = None
    party: str | None = None
    type: str | None = None
    status: str | None = None
    source: str | None = None
    place: str | None = None
    q: str | None = None
    since: date | None = None
    until: date | None = None
    doc: str | None = None


def contains(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere (``\\`` escapes)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matches(code: Any, name: Any, query: str) -> ColumnElement[bool]:
    """A code equal to the query, or a casefolded name containing it."""
    return or_(code == query.upper(), name.like(contains(codec.name_key(query)), escape="\\"))


def party_conditions(c: Any, f: MentionFilter) -> list[ColumnElement[bool]]:
    """The filter's sides and type over any table with ``actor_code``/``actor_name``,
    ``recipient_code``/``recipient_name`` and ``type`` columns (mentions, events)."""
    where: list[ColumnElement[bool]] = []
    if f.actor:
        where.append(matches(c.actor_code, c.actor_name, f.actor))
    if f.recipient:
        where.append(matches(c.recipient_code, c.recipient_name, f.recipient))
    if f.party:
        where.append(or_(matches(c.actor_code, c.actor_name, f.party),
                         matches(c.recipient_code, c.recipient_name, f.party)))
    if f.type:
        where.append(c.type == f.type.upper())
    return where


def conditions(f: MentionFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a filter over ``mentions`` (joined to ``articles`` for ``doc``)."""
    m = mentions_t.c
    where = party_conditions(m, f)
    if f.status:
        where.append(m.status == f.status.lower())
    if f.source:
        where.append(matches(func.upper(json_text(m.source_json, "actor", "country")),
                             func.lower(json_text(m.source_json, "actor", "name")), f.source))
    if f.place:
        where.append(matches(func.upper(json_text(m.location_json, "country")),
                             func.lower(json_text(m.location_json, "name")), f.place))
    if f.q:
        where.append(func.lower(m.evidence_text).like(contains(f.q.lower()), escape="\\"))
    if f.since:
        where.append(m.day_to >= f.since)
    if f.until:
        where.append(m.day_from <= f.until)
    if f.doc:
        where.append(articles.c.doc == f.doc)
    return where


def dated_page(order: Order, cursor: tuple[date | None, int] | None
               ) -> tuple[list[ColumnElement[bool]], list[Any]]:
    """The WHERE and ORDER BY of the dated rows after a cursor: by day, ties by id, in one
    direction. A row-value comparison, so that the day index serves the keyset."""
    m = mentions_t.c
    where: list[ColumnElement[bool]] = [m.day_from.is_not(None)]
    if cursor is not None and cursor[0] is not None:
        key, last = tuple_(m.day_from, m.id), tuple_(literal(cursor[0], Date()), cursor[1])
        where.append(key > last if order == "asc" else key < last)
    if order == "desc":
        return where, [m.day_from.desc(), m.id.desc()]
    return where, [m.day_from.asc(), m.id.asc()]


def undated_page(order: Order, cursor: tuple[date | None, int] | None
                 ) -> tuple[list[ColumnElement[bool]], list[Any]]:
    """The WHERE and ORDER BY of the undated rows (which come after the dated ones in either
    order) after a cursor."""
    m = mentions_t.c
    where: list[ColumnElement[bool]] = [m.day_from.is_(None)]
    if cursor is not None and cursor[0] is None:
        where.append(m.id > cursor[1] if order == "asc" else m.id < cursor[1])
    return where, [m.id.asc() if order == "asc" else m.id.desc()]
