"""Rollups (schema v5): mention counts per (days, type, status) and per (dyad, type, mode,
status), kept in step with the mentions by the store's writes.

The timeline and the network are counts over every mention; at a million mentions a
GROUP BY over them takes seconds, while these tables hold a few thousand rows. A write
adds +1 per new mention and -1 per mention it replaces (a new version of an article), in
the same transaction, as an upsert that is the same SQL on SQLite and PostgreSQL
(``INSERT … ON CONFLICT … DO UPDATE``); rows that fall to 0 are deleted.

A filter the rollups cannot answer (a source, a place, words of the sentence, one
document; dates for the network; parties for the timeline) is served from the mentions
themselves: ``timeline_serves``/``dyads_serve`` say which.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, or_, select, text

from dossier.store import codec
from dossier.store.filters import MentionFilter, contains, matches
from dossier.store.schema import dyad_counts, mentions, timeline_counts

# The day of an undated mention in ``timeline_counts`` (a key column cannot be NULL).
UNDATED = date(1, 1, 1)
_SEP = "\x1f"  # joins the key columns into ``rollup_key`` (never in a name or a code)
_SIDE = ("entity", "code", "key", "label", "kind", "country", "sector")
TIMELINE_COLUMNS = ("month", "day_from", "day_to", "type", "status")
DYAD_COLUMNS = tuple(f"{s}_{p}" for s in ("actor", "recipient") for p in _SIDE) + (
    "type", "mode", "status")
# What a mention row must hold to be counted (the columns read back for a replaced one).
SOURCE_COLUMNS = ("day_from", "day_to", "type", "mode", "status", "actor_json", "recipient_json")

Key = tuple[Any, ...]


def timeline_key(row: Mapping[str, Any]) -> Key:
    """A mention row's key in ``timeline_counts`` (its month follows from its first day)."""
    first = _day(row["day_from"])
    return (first.replace(day=1), first, _day(row["day_to"]), row["type"], row["status"])


def dyad_key(row: Mapping[str, Any]) -> Key:
    """A mention row's key in ``dyad_counts``: each side's identity and labels, the type,
    mode and status."""
    return (*_side(row["actor_json"]), *_side(row["recipient_json"]), row["type"],
            row["mode"] or "", row["status"])


def deltas(rows: Iterable[Mapping[str, Any]], sign: int = 1
           ) -> tuple[Counter[Key], Counter[Key]]:
    """How the two rollups change when ``rows`` are added (``sign`` 1) or removed (-1)."""
    timeline: Counter[Key] = Counter()
    dyads: Counter[Key] = Counter()
    for row in rows:
        timeline[timeline_key(row)] += sign
        dyads[dyad_key(row)] += sign
    return timeline, dyads


def apply(conn: Connection, timeline: Counter[Key], dyads: Counter[Key]) -> None:
    """Add the deltas to the rollups. Keys are written in sorted order, so that two writers
    on PostgreSQL lock the rows they share in the same order (no deadlock)."""
    shrank = False
    for table, columns, changes in ((timeline_counts, TIMELINE_COLUMNS, timeline),
                                    (dyad_counts, DYAD_COLUMNS, dyads)):
        rows = [{"rollup_key": _joined(key), **dict(zip(columns, key)), "n": n}
                for key, n in sorted(changes.items(), key=lambda kv: _joined(kv[0])) if n]
        if not rows:
            continue
        shrank |= any(r["n"] < 0 for r in rows)
        names = ("rollup_key", *columns, "n")
        conn.execute(text(
            f"INSERT INTO {table.name} ({', '.join(names)}) "
            f"VALUES ({', '.join(':' + c for c in names)}) "
            f"ON CONFLICT (rollup_key) DO UPDATE SET n = {table.name}.n + excluded.n"), rows)
    if shrank:
        for table in (timeline_counts, dyad_counts):
            conn.execute(table.delete().where(table.c.n <= 0))


def rebuild(conn: Connection, chunk: int = 20_000) -> None:
    """Fill the rollups from every stored mention (the v5 upgrade), a chunk at a time."""
    conn.execute(timeline_counts.delete())
    conn.execute(dyad_counts.delete())
    m = mentions.c
    timeline: Counter[Key] = Counter()
    dyads: Counter[Key] = Counter()
    last = 0
    while True:
        rows = conn.execute(select(m.id, *(m[c] for c in SOURCE_COLUMNS))
                            .where(m.id > last).order_by(m.id).limit(chunk)).all()
        if not rows:
            break
        more = deltas(r._mapping for r in rows)
        timeline.update(more[0])
        dyads.update(more[1])
        last = rows[-1].id
    apply(conn, timeline, dyads)


# -- reading ------------------------------------------------------------------------------

def timeline_serves(f: MentionFilter) -> bool:
    """Whether ``timeline_counts`` answers counts under this filter."""
    return not (f.actor or f.recipient or f.party or f.source or f.place or f.q or f.doc)


def dyads_serve(f: MentionFilter) -> bool:
    """Whether ``dyad_counts`` answers counts under this filter."""
    return not (f.source or f.place or f.q or f.doc or f.since or f.until)


def conditions(table: Table, f: MentionFilter) -> list[ColumnElement[bool]]:
    """The filter's WHERE clauses over a rollup (the same meaning as
    ``filters.conditions`` over the mentions)."""
    c = table.c
    where: list[ColumnElement[bool]] = []
    if f.type:
        where.append(c.type == f.type.upper())
    if f.status:
        where.append(c.status == f.status.lower())
    if f.since:
        where.append(c.day_to >= f.since)  # UNDATED is before any date: never kept
    if f.until:
        where.append(and_(c.day_from <= f.until, c.day_from > UNDATED))
    for side, query in (("actor", f.actor), ("recipient", f.recipient)):
        if query:
            where.append(_side_matches(table, side, query))
    if f.party:
        where.append(or_(_side_matches(table, "actor", f.party),
                         _side_matches(table, "recipient", f.party)))
    return where


def names_matching(conn: Connection, query: str, limit: int) -> list[str] | None:
    """The casefolded party names (either side) that contain ``query``, from the dyad
    rollup; None when more than ``limit`` do (a query too loose to look up name by name)."""
    found: set[str] = set()
    pattern = codec.name_key(query)
    for side in ("actor", "recipient"):
        col = dyad_counts.c[f"{side}_key"]
        stmt = select(col).where(col.like(contains(pattern), escape="\\")).distinct()
        found.update(r[0] for r in conn.execute(stmt.limit(limit + 1)))
        if len(found) > limit:
            return None
    return sorted(found)


def _side_matches(table: Table, side: str, query: str) -> ColumnElement[bool]:
    return matches(table.c[f"{side}_code"], table.c[f"{side}_key"], query)


def _day(value: Any) -> date:
    if value is None:
        return UNDATED
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@lru_cache(maxsize=8192)  # the same few thousand parties recur in every batch
def _side(ref_json: str | None) -> tuple[str, ...]:
    if ref_json is None:
        return ("",) * len(_SIDE)
    actor = codec.actor_from_row(json.loads(ref_json)["actor"])
    return (codec.entity_key(actor), (actor.country or "").upper(), codec.name_key(actor.name),
            actor.name, actor.kind, actor.country or "", actor.sector or "")


def _joined(key: Key) -> str:
    return _SEP.join(v.isoformat() if isinstance(v, date) else str(v) for v in key)
