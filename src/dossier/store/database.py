"""``Database``: every read and write of stored articles, mentions and actor refs.

SQLite (a file path) by default, PostgreSQL through an SQLAlchemy URL; the same Core
statements serve both. Each article is written in one transaction with its mentions and
actor refs, so a failure stores nothing of it.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from itertools import permutations
from pathlib import Path
from typing import Any, Literal, NamedTuple, Protocol, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    and_,
    bindparam,
    create_engine,
    event,
    func,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.pool import StaticPool

from dossier.errors import StoreError
from dossier.model import Actor, ActorRef, Article, Event, Mention, Report
from dossier.store import bulk, codec, rollups
from dossier.store.event_filters import (
    EventFilter,
    EventSort,
    dated_parts,
    event_conditions,
    event_keyset,
)
from dossier.store.filters import (
    MentionFilter,
    Order,
    conditions,
    dated_page,
    json_text,
    undated_page,
)
from dossier.store.filters import contains as _contains
from dossier.store.filters import matches as _matches
from dossier.store.migrations import prepare
from dossier.store.schema import (
    actor_refs,
    article_versions,
    articles,
    event_aliases,
)
from dossier.store.schema import dyad_counts as dyads_t
from dossier.store.schema import timeline_counts as timeline_t
from dossier.store.schema import events as events_t
from dossier.store.schema import mentions as mentions_t

T = TypeVar("T")

# Rows per IN (…) list and per bulk statement: well under SQLite's 32,766 parameters.
_CHUNK = 500
# The PostgreSQL advisory lock writers take turns on (any constant unique to dossier).
_WRITE_LOCK = 0x646F7373  # "doss"
# A party's first pages are read by index walks up to this depth and while its query
# matches at most this many names; deeper pages, and looser queries, filter the table.
_PARTY_PAGE_MAX = 1000
_PARTY_NAMES_MAX = 16

log = logging.getLogger(__name__)

DateLike = date | str | None
# What ``Database.add_article`` did with an article.
Stored = Literal["new", "copy", "version", "unchanged"]
# The columns of an article's text and metadata: what a new version replaces.
_VERSIONED = tuple(articles.c[name] for name in ("title", "body", "published", "dateline", "url",
                                                 "outlet", "origin"))


class Merger(Protocol):
    """How reports become events (``dossier.merge.Merger``), given to the store so that it
    merges inside the transaction that stores an article, without knowing the rules."""

    def blocks(self, mentions: Sequence[Mention]) -> list[tuple[str, int | None]]:
        """Each mention's block key and the index of the mention it follows (or None)."""

    def events(self, reports: Sequence[Report]) -> list[Event]:
        """The events the reports of one block make (each with its reports)."""


class Database:
    """A dossier store. Open with ``Database.open(path_or_url)``; use as a context manager."""

    def __init__(self, engine: Engine, where: str, merger: Merger | None = None) -> None:
        self._engine = engine
        self.where = where
        self._merger = merger

    @classmethod
    def open(cls, target: str, merger: Merger | None = None, *,
             create: bool = True) -> Database:
        """Open (creating or upgrading as needed) the database at a SQLite path, or at an
        SQLAlchemy URL (``sqlite:///…``, ``postgresql+psycopg://user@host/db``).

        With a ``merger`` every article stored is merged into events as it is written, and
        mentions not yet merged (stored without one, or before schema v4) are merged now.
        With ``create=False`` (reading) a SQLite file that does not exist is an error, not a
        new empty store: a mistyped path should not look like a store with nothing in it."""
        url = _url(target)
        if not create and _missing_sqlite_file(url):
            raise StoreError(f"there is no database at {url.database}",
                             fix="check the path given with --db or DOSSIER_DB; "
                                 "`dossier ingest` creates a new one")
        where = url.render_as_string(hide_password=True)
        engine = _engine(url)
        try:
            prepare(engine, where)
            db = cls(engine, where, merger)
            if merger is not None:
                db._merge_pending()
        except StoreError:
            engine.dispose()
            raise
        except SQLAlchemyError as exc:
            engine.dispose()
            raise _open_error(where, url, exc) from exc
        return db

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({self.where!r})"

    # -- writing ------------------------------------------------------------------------

    def add_article(self, article: Article, mentions: Sequence[Mention],
                    actors: Sequence[ActorRef] = ()) -> Stored:
        """Store an article with its mentions and actor refs, all or nothing.

        An article is known by its id (``article.doc``). What happens, returned as a word:

        * ``"new"``: the id is new; stored. When its text is already stored under another id
          it is stored all the same, as a ``"copy"`` of the first article with that text.
        * ``"version"``: the id is stored with another text. The new text replaces the
          current one (its mentions and actor refs too); the old one is kept in
          ``article_versions`` (see ``versions``).
        * ``"unchanged"``: the id is stored with this very text; nothing is written.
        """
        return self.add_articles([(article, mentions, actors)])[0]

    def add_articles(self, batch: Sequence[tuple[Article, Sequence[Mention], Sequence[ActorRef]]]
                     ) -> list[Stored]:
        """Store many articles (each with its mentions and actor refs) in one transaction,
        all or nothing; return what happened to each, as ``add_article`` does.

        The bulk path for volume: the articles are looked up and inserted one by one (an id
        another writer stores meanwhile is found, not stored twice: ``ON CONFLICT``), their
        mentions and actor refs in one bulk insert each (``COPY`` on PostgreSQL), the blocks
        they touch are merged once for the whole batch, and the rollups move once."""
        if not batch:
            return []
        try:
            return self._write(lambda conn: self._add_batch(conn, batch))
        except SQLAlchemyError as exc:
            reason = getattr(exc, "orig", None) or exc
            if len(batch) == 1:
                raise StoreError(f"could not store article {batch[0][0].doc} in {self.where}: "
                                 f"{reason}", fix="nothing of this article was stored; check the "
                                 "database is writable and not full, then ingest it again") from exc
            docs = ", ".join(a.doc for a, _, _ in batch[:3]) + (" …" if len(batch) > 3 else "")
            raise StoreError(f"could not store {len(batch)} articles ({docs}) in {self.where}: "
                             f"{reason}", fix="nothing of these articles was stored; check the "
                             "database is writable and not full, then ingest them again") from exc

    def _write(self, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in one write transaction. Writers take turns: SQLite takes its write
        lock at the start (BEGIN IMMEDIATE), PostgreSQL an advisory lock held until commit,
        so a second writer waits instead of failing on a stale read or merging a block
        another writer is changing (readers never wait). Should a unique key still be
        violated, or the server break a deadlock, the work runs again and then finds the
        other writer's rows."""
        for attempt in (1, 2, 3):
            try:
                with self._engine.connect().execution_options(dossier_write=True) as conn, \
                        conn.begin():
                    if conn.dialect.name == "postgresql":
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _WRITE_LOCK})
                    return work(conn)
            except (IntegrityError, OperationalError) as exc:
                if attempt == 3 or not _retryable(exc):
                    raise
                log.debug("another writer got there first (%s); trying again", exc)
        raise AssertionError("unreachable")

    def _add_batch(self, conn: Connection, batch: Sequence[tuple[Article, Sequence[Mention],
                                                                 Sequence[ActorRef]]]
                   ) -> list[Stored]:
        outcomes: list[Stored] = []
        touched: set[str] = set()
        mention_rows: list[dict[str, Any]] = []
        ref_rows: list[dict[str, Any]] = []
        replaced: list[Any] = []
        added: list[dict[str, Any]] = []  # every mention row written, for the rollups
        written: set[str] = set()
        for article, mentions, actors in batch:
            if article.doc in written:  # a second text of an id in this batch: the first's
                bulk.insert(conn, mentions_t, mention_rows)  # rows must be there to replace
                bulk.insert(conn, actor_refs, ref_rows)
                added += mention_rows
                mention_rows, ref_rows = [], []
            written.add(article.doc)
            outcome, article_id = self._put_article(conn, article, touched, replaced)
            outcomes.append(outcome)
            if outcome == "unchanged":
                continue
            rows = self._mention_rows(mentions, article_id)
            touched |= {r["block_key"] for r in rows if r["block_key"] is not None}
            mention_rows += rows
            ref_rows += [codec.actor_ref_row(r, article_id) for r in actors]
        bulk.insert(conn, mentions_t, mention_rows)
        bulk.insert(conn, actor_refs, ref_rows)
        self._regroup(conn, touched)
        plus, minus = rollups.deltas(added + mention_rows), rollups.deltas(replaced, -1)
        rollups.apply(conn, _sum(plus[0], minus[0]), _sum(plus[1], minus[1]))
        return outcomes

    def _put_article(self, conn: Connection, article: Article, touched: set[str],
                     replaced: list[Any]) -> tuple[Stored, int]:
        """Insert or replace one article's row; return what happened and its row id. The
        mentions and actor refs of a replaced text are deleted (theirs go to ``replaced``)."""
        a = articles.c
        digest = article.content_hash
        lookup = select(a.id, a.content_hash, a.version, *_VERSIONED).where(a.doc == article.doc)
        first_copy = (select(a.id).where(a.content_hash == digest, a.doc != article.doc)
                      .order_by(a.id).limit(1))
        current = conn.execute(lookup).first()
        if current is None:
            first = conn.execute(first_copy).scalar()
            row = {**codec.article_row(article), "copy_of": first}
            article_id = conn.execute(bulk.insert_new(conn, articles, row, "doc")
                                      .returning(a.id)).scalar()
            if article_id is not None:
                return ("copy" if first is not None else "new"), article_id
            # another writer stored this id since we looked (it has committed: read it)
            current = conn.execute(lookup).first()
        if current.content_hash == digest:
            return "unchanged", current.id
        row = {**codec.article_row(article), "copy_of": conn.execute(first_copy).scalar()}
        article_id = current.id
        touched |= self._blocks_of(conn, article_id)
        old = {c.name: getattr(current, c.name) for c in _VERSIONED}
        conn.execute(article_versions.insert().values(
            article_id=article_id, version=current.version, content_hash=current.content_hash,
            **old))
        m = mentions_t.c
        replaced += [r._mapping for r in conn.execute(
            select(*(m[c] for c in rollups.SOURCE_COLUMNS)).where(m.article_id == article_id))]
        conn.execute(mentions_t.delete().where(m.article_id == article_id))
        conn.execute(actor_refs.delete().where(actor_refs.c.article_id == article_id))
        conn.execute(articles.update().where(a.id == article_id)
                     .values(**row, version=current.version + 1))
        log.info("article %s has a new text: stored as version %d", article.doc,
                 current.version + 1)
        return "version", article_id

    def _mention_rows(self, mentions: Sequence[Mention], article_id: int) -> list[dict[str, Any]]:
        blocks = self._merger.blocks(mentions) if self._merger else [(None, None)] * len(mentions)
        return [{**codec.mention_row(m, article_id), "ordinal": n, "block_key": block,
                 "lead": lead} for n, (m, (block, lead)) in enumerate(zip(mentions, blocks))]

    # -- merging (v4) -------------------------------------------------------------------

    def _blocks_of(self, conn: Connection, article_id: int) -> set[str]:
        m = mentions_t.c
        rows = conn.execute(select(m.block_key).where(m.article_id == article_id,
                                                      m.block_key.is_not(None)).distinct())
        return {r.block_key for r in rows}

    def _merge_pending(self) -> None:
        """Merge the mentions stored without a block (before v4, or without a merger),
        one article at a time."""
        m = mentions_t.c

        def merge(conn: Connection) -> None:
            pending = [r.article_id for r in conn.execute(
                select(m.article_id).where(m.block_key.is_(None)).distinct()
                .order_by(m.article_id))]
            touched: set[str] = set()
            for article_id in pending:
                rows = conn.execute(select(mentions_t, articles.c.doc)
                                    .join(articles, m.article_id == articles.c.id)
                                    .where(m.article_id == article_id)
                                    .order_by(m.ordinal, m.id)).all()
                found = [codec.mention_from_row(r._mapping, r.doc) for r in rows]
                marks = [{"mid": r.id, "n": n, "block": block, "lead_n": lead}
                         for n, (r, (block, lead)) in enumerate(zip(rows, self._merger.blocks(found)))]
                if marks:
                    conn.execute(update(mentions_t).where(m.id == bindparam("mid"))
                                 .values(ordinal=bindparam("n"), block_key=bindparam("block"),
                                         lead=bindparam("lead_n")), marks)
                touched.update(mark["block"] for mark in marks)
            if touched:
                log.info("merged %d article(s) stored before events were kept", len(pending))
            self._regroup(conn, touched)

        self._write(merge)

    def _regroup(self, conn: Connection, blocks: set[str]) -> None:
        """Group the reports of each block again and write what changed: the mentions'
        event ids and explanations, the blocks' events, aliases for ids that went away.
        The blocks are read, and their events replaced, a chunk at a time."""
        if self._merger is None or not blocks:
            return
        ordered = sorted(blocks)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start:start + _CHUNK]
            by_block: dict[str, list[Any]] = {block: [] for block in chunk}
            for r in conn.execute(_reports_query().where(mentions_t.c.block_key.in_(chunk))
                                  .order_by(mentions_t.c.id)):
                by_block[r.block_key].append(r)
            changes: list[dict[str, Any]] = []
            event_rows: list[dict[str, Any]] = []
            aliases: list[tuple[dict[str, set[str]], dict[str, str], set[str]]] = []
            for block, rows in by_block.items():
                found = self._merger.events([codec.report_from_row(r._mapping) for r in rows])
                changes += _changes(rows, found)
                event_rows += [codec.event_row(ev, block) for ev in found]
                aliases.append(_renames(rows, found))
            if changes:
                m = mentions_t.c
                conn.execute(update(mentions_t).where(m.id == bindparam("mid"))
                             .values(event_id=bindparam("eid"), merge_json=bindparam("why")),
                             changes)
            conn.execute(events_t.delete().where(events_t.c.block_key.in_(chunk)))
            bulk.insert(conn, events_t, event_rows)
            live = sorted(r["event_id"] for r in event_rows)
            for start_live in range(0, len(live), _CHUNK):  # ids that live again are no aliases
                conn.execute(event_aliases.delete().where(
                    event_aliases.c.alias.in_(live[start_live:start_live + _CHUNK])))
            for before, after, alive in aliases:
                self._alias(conn, before, after, alive)

    def _alias(self, conn: Connection, before: dict[str, set[str]], after: dict[str, str],
               live: set[str]) -> None:
        """An event id that went away (merged into another, or split) resolves to the event
        now holding most of its reports (``_regroup`` drops the aliases of ids that live
        again)."""
        al = event_aliases.c
        for old in sorted(old for old in before if old not in live):
            shares: dict[str, int] = {}
            for key in before[old]:
                if key in after:
                    shares[after[key]] = shares.get(after[key], 0) + 1
            if not shares:
                continue
            target = min(shares, key=lambda eid: (-shares[eid], eid))
            conn.execute(event_aliases.delete().where(al.alias == old))
            conn.execute(event_aliases.insert().values(alias=old, event_id=target))
            conn.execute(update(event_aliases).where(al.event_id == old).values(event_id=target))

    # -- reading ------------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        """Whether any stored article (under any id) has this text."""
        stmt = select(articles.c.id).where(articles.c.content_hash == content_hash)
        return self._first(stmt) is not None

    def is_stored(self, article: Article) -> bool:
        """Whether the article's id is stored with this very text (ingesting it again would
        change nothing)."""
        stmt = select(articles.c.id).where(articles.c.doc == article.doc,
                                           articles.c.content_hash == article.content_hash)
        return self._first(stmt) is not None

    def copy_of(self, doc: str) -> str | None:
        """The id of the article whose text ``doc`` repeats (stored first under that id), or
        None when ``doc`` is no copy (or not stored)."""
        first = articles.alias("first")
        stmt = (select(first.c.doc).select_from(articles)
                .join(first, articles.c.copy_of == first.c.id).where(articles.c.doc == doc))
        row = self._first(stmt)
        return row["doc"] if row else None

    def versions(self, doc: str) -> list[Article]:
        """Every text stored under ``doc``, oldest first; the last is the current one (empty
        when ``doc`` is not stored)."""
        current = self.article(doc)
        if current is None:
            return []
        v = article_versions.c
        stmt = (select(article_versions).join(articles, v.article_id == articles.c.id)
                .where(articles.c.doc == doc).order_by(v.version))
        return [codec.article_from_row({**row, "doc": doc}) for row in self._all(stmt)] + [current]

    def articles(self) -> list[Article]:
        return [codec.article_from_row(r) for r in self._all(select(articles).order_by(articles.c.id))]

    def article(self, doc: str) -> Article | None:
        row = self._first(select(articles).where(articles.c.doc == doc))
        return codec.article_from_row(row) if row else None

    def counts(self) -> dict[str, int]:
        """How many articles, event mentions and actor refs are stored."""
        tables = {"articles": articles, "mentions": mentions_t, "actor_refs": actor_refs}
        return {name: self._first(select(func.count().label("n")).select_from(t))["n"]
                for name, t in tables.items()}

    def mentions(self, *, actor: str | None = None, recipient: str | None = None,
                 type: str | None = None, status: str | None = None, since: DateLike = None,
                 until: DateLike = None, doc: str | None = None) -> list[Mention]:
        """Stored mentions, ordered by date, document and offset.

        ``actor``/``recipient`` match a country or group code exactly or a substring of the
        actor's name, ignoring case. ``since``/``until`` (a date, or an ISO value such as
        ``2024-09-17``, ``2024-09`` or ``2024``) keep mentions whose event date overlaps the
        range; a mention without a usable event date is placed by its reported date.
        """
        return self._mentions(self._filters(actor=actor, recipient=recipient, type=type,
                                            status=status, since=since, until=until, doc=doc))

    @staticmethod
    def _filters(*, actor: str | None = None, recipient: str | None = None,
                 type: str | None = None, status: str | None = None, since: DateLike = None,
                 until: DateLike = None, doc: str | None = None) -> list[ColumnElement[bool]]:
        m = mentions_t.c
        where: list[ColumnElement[bool]] = []
        if actor:
            where.append(_matches(m.actor_code, m.actor_name, actor))
        if recipient:
            where.append(_matches(m.recipient_code, m.recipient_name, recipient))
        if type:
            where.append(m.type == type.upper())
        if status:
            where.append(m.status == status.lower())
        if since:
            where.append(m.day_to >= _bound(since, last=False))
        if until:
            where.append(m.day_from <= _bound(until, last=True))
        if doc:
            where.append(articles.c.doc == doc)
        return where

    def timeline(self, actors: Sequence[str] = ()) -> list[Mention]:
        """Mentions in time order (event date, else reported date): all of them; with one
        actor, those it acts in or is the target of; with two or more, those between any two
        of them, in either direction."""
        m = mentions_t.c
        names = [a for a in actors if a]
        if len(names) == 1:
            return self._mentions([or_(_matches(m.actor_code, m.actor_name, names[0]),
                                       _matches(m.recipient_code, m.recipient_name, names[0]))])
        pairs = [and_(_matches(m.actor_code, m.actor_name, a),
                      _matches(m.recipient_code, m.recipient_name, b))
                 for a, b in permutations(names, 2)]
        return self._mentions([or_(*pairs)] if pairs else [])

    def mention_events(self, **filters: Any) -> list[tuple[Mention, str, str]]:
        """``mentions(**filters)`` as (mention, the id of its merged event, its key
        ``doc#n``); a mention not merged yet carries its type+dyad+date key."""
        return self._mentions(self._filters(**filters), with_events=True)

    def stream_mention_events(self, chunk: int = 5000) -> Iterator[tuple[Mention, str, str]]:
        """Every mention as ``mention_events()`` gives them, in the same order, read from a
        server-side cursor ``chunk`` rows at a time: an export of millions of mentions holds
        one chunk in memory, not all of them."""
        m = mentions_t.c
        stmt = (select(mentions_t, articles.c.doc).join(articles, m.article_id == articles.c.id)
                .order_by(m.day_from.asc().nulls_last(), articles.c.doc, m.trigger_start, m.id))
        try:
            with self._engine.connect().execution_options(stream_results=True,
                                                          yield_per=chunk) as conn:
                for row in conn.execute(stmt):
                    r = row._mapping
                    yield (codec.mention_from_row(r, r["doc"]), r["event_id"],
                           f"{r['doc']}#{r['ordinal']}")
        except SQLAlchemyError as exc:
            raise StoreError(f"could not read {self.where}: {getattr(exc, 'orig', None) or exc}",
                             fix="check the database is reachable and was made by dossier") from exc

    def event_members(self) -> dict[str, list[str]]:
        """Every merged event's mention keys (``doc#n``), in document order."""
        m = mentions_t.c
        stmt = (select(m.event_id, m.ordinal, articles.c.doc)
                .join(articles, m.article_id == articles.c.id)
                .where(m.merge_json.is_not(None)).order_by(articles.c.doc, m.ordinal))
        out: dict[str, list[str]] = {}
        for row in self._all(stmt):
            out.setdefault(row["event_id"], []).append(f"{row['doc']}#{row['ordinal']}")
        return out

    def events(self, *, actor: str | None = None, recipient: str | None = None,
               type: str | None = None, since: DateLike = None, until: DateLike = None,
               contested: bool | None = None, limit: int | None = None,
               offset: int = 0) -> list[Event]:
        """Merged events (without their reports), by date (undated last), then id.
        ``actor`` matches either party of the event (code, or part of a name); ``recipient``
        then narrows to the other party."""
        e = events_t.c
        rest: list[ColumnElement[bool]] = []
        if type:
            rest.append(e.type == type.upper())
        if since:
            rest.append(e.day_to >= _bound(since, last=False))
        if until:
            rest.append(e.day_from <= _bound(until, last=True))
        if contested is not None:
            rest.append(e.contested == int(contested))
        if actor and limit is not None and offset + limit <= _PARTY_PAGE_MAX:
            page = self._party_page(actor, recipient, rest, limit, offset)
            if page is not None:
                return page
        where = list(rest)
        if actor:
            one = (_matches(e.actor_code, e.actor_name, actor),
                   _matches(e.recipient_code, e.recipient_name, actor))
            if recipient:
                two = (_matches(e.recipient_code, e.recipient_name, recipient),
                       _matches(e.actor_code, e.actor_name, recipient))
                where.append(or_(and_(one[0], two[0]), and_(one[1], two[1])))
            else:
                where.append(or_(*one))
        elif recipient:
            where.append(_matches(e.recipient_code, e.recipient_name, recipient))
        stmt = (select(events_t).where(*where)
                .order_by(e.day_from.asc().nulls_last(), e.event_id).offset(offset))
        if limit is not None:
            stmt = stmt.limit(limit)
        return [codec.event_from_row(row) for row in self._all(stmt)]

    def _party_page(self, actor: str, recipient: str | None, rest: list[ColumnElement[bool]],
                    limit: int, offset: int) -> list[Event] | None:
        """One page of a party's events, read as the union of index walks: the events whose
        actor (or recipient) code is the query, and those whose actor (or recipient) name is
        one of the names containing it (looked up in the dyad rollup, which holds every
        name an event can carry). Each walk reads at most offset + limit rows in (day, id)
        order from its index; the pages are merged here. None when the query names too
        many parties to walk one by one (the caller then filters the whole table)."""
        e = events_t.c
        with self._engine.connect() as conn:
            names = rollups.names_matching(conn, actor, limit=_PARTY_NAMES_MAX)
        if names is None:
            return None
        code = actor.upper()
        # (the party's side matching the query, the condition on the other side)
        sides = [(e.actor_code == code, e.recipient_code, e.recipient_name),
                 (e.recipient_code == code, e.actor_code, e.actor_name)]
        sides += [(e.actor_name == n, e.recipient_code, e.recipient_name) for n in names]
        sides += [(e.recipient_name == n, e.actor_code, e.actor_name) for n in names]
        need = offset + limit
        found: dict[str, Any] = {}
        for dated in (True, False):
            rows: dict[str, Any] = {}
            for party, other_code, other_name in sides:
                where = [party, *rest,
                         e.day_from.is_not(None) if dated else e.day_from.is_(None)]
                if recipient:
                    where.append(_matches(other_code, other_name, recipient))
                order = [e.day_from, e.event_id] if dated else [e.event_id]
                for row in self._all(select(events_t).where(*where).order_by(*order).limit(need)):
                    rows[row["event_id"]] = row
            for key in sorted(rows, key=lambda k: (rows[k]["day_from"] or date.min, k)):
                found[key] = rows[key]
            if len(found) >= need:
                break
        page = list(found.values())[offset:need]
        return [codec.event_from_row(row) for row in page]

    def resolve(self, event_id: str) -> str | None:
        """The id of the event ``event_id`` names now: itself, or the event it was merged
        into (an alias); None when unknown."""
        if self._first(select(events_t.c.event_id).where(events_t.c.event_id == event_id)):
            return event_id
        row = self._first(select(event_aliases.c.event_id)
                          .where(event_aliases.c.alias == event_id))
        return row["event_id"] if row else None

    def event(self, event_id: str) -> Event | None:
        """One event with every report and why it is there (an old id resolves)."""
        current = self.resolve(event_id)
        if current is None:
            return None
        row = self._first(select(events_t).where(events_t.c.event_id == current))
        m = mentions_t.c
        rows = self._all(_reports_query().where(m.event_id == current)
                         .order_by(articles.c.published.asc().nulls_last(), articles.c.doc,
                                   m.ordinal))
        reports = tuple(codec.report_from_row(r) for r in rows)
        explanations = tuple(codec.explanation_from_row(rep.key, current, r["merge_json"])
                             for rep, r in zip(reports, rows))
        return codec.event_from_row(row, reports, explanations)

    def events_with_reports(self, event_ids: Sequence[str], chunk: int = 500) -> list[Event]:
        """``event`` for many current event ids at once, in their order (unknown ids are left
        out): a few queries a chunk, where ``event`` each makes three (a briefing reads
        thousands)."""
        m = mentions_t.c
        out: dict[str, Event] = {}
        for i in range(0, len(event_ids), chunk):
            ids = list(dict.fromkeys(event_ids[i:i + chunk]))
            rows = {r["event_id"]: r for r in self._all(
                select(events_t).where(events_t.c.event_id.in_(ids)))}
            reports: dict[str, list[Any]] = {}
            for r in self._all(_reports_query().where(m.event_id.in_(ids))
                               .order_by(m.event_id, articles.c.published.asc().nulls_last(),
                                         articles.c.doc, m.ordinal)):
                reports.setdefault(r["event_id"], []).append(r)
            for eid, row in rows.items():
                found = reports.get(eid, [])
                reps = tuple(codec.report_from_row(r) for r in found)
                why = tuple(codec.explanation_from_row(rep.key, eid, r["merge_json"])
                            for rep, r in zip(reps, found))
                out[eid] = codec.event_from_row(row, reps, why)
        return [out[eid] for eid in event_ids if eid in out]

    def articles_by_doc(self, docs: Sequence[str], chunk: int = 500) -> dict[str, Article]:
        """``article`` for many ids at once (the stored ones only)."""
        out: dict[str, Article] = {}
        for i in range(0, len(docs), chunk):
            for row in self._all(select(articles).where(articles.c.doc.in_(docs[i:i + chunk]))):
                out[row["doc"]] = codec.article_from_row(row)
        return out

    def actor_counts(self, query: str | None = None) -> list[tuple[Actor, int]]:
        """Entities named in the stored articles with how often the text names them, most
        often first; ``query`` keeps those whose name or code contains it (any case)."""
        a = actor_refs.c
        counts = select(a.entity_key, func.count().label("n"), func.max(a.id).label("sample"))
        if query:
            counts = counts.where(_named(query))
        sub = counts.group_by(a.entity_key).subquery()
        stmt = (select(actor_refs, sub.c.n).join(sub, a.id == sub.c.sample)
                .order_by(sub.c.n.desc(), a.name))
        return [(codec.actor_from_row(row), row["n"]) for row in self._all(stmt)]

    # -- paged and aggregated reads (the HTTP API) ----------------------------------------

    def mention_page(self, where: MentionFilter, *, order: Order = "asc", limit: int = 50,
                     cursor: tuple[date | None, int] | None = None) -> list[StoredMention]:
        """One page of mentions, by date then row id (undated last); ``cursor`` is the
        (day, id) of the last row of the previous page. The page is cut in SQL (keyset
        pagination): a late page costs what the first does. The dated and the undated rows
        are read apart, so that each part walks an index in order."""
        rows: list[Any] = []
        parts = [undated_page] if cursor is not None and cursor[0] is None \
            else [dated_page, undated_page]
        for part in parts:
            if len(rows) >= limit:
                break
            keyset, order_by = part(order, cursor)
            rows += self._page_rows(conditions(where) + keyset, order_by, limit - len(rows))
        return [_stored(row) for row in rows]

    def _page_rows(self, where: list[ColumnElement[bool]], order_by: list[Any],
                   limit: int) -> list[Any]:
        m = mentions_t.c
        stmt = (select(mentions_t, articles.c.doc).join(articles, m.article_id == articles.c.id)
                .where(*where).order_by(*order_by).limit(limit))
        return self._all(stmt)

    def mention_by_id(self, row_id: int) -> StoredMention | None:
        """The mention stored under a row id (ids change when an article gets a new text)."""
        stmt = (select(mentions_t, articles.c.doc)
                .join(articles, mentions_t.c.article_id == articles.c.id)
                .where(mentions_t.c.id == row_id))
        row = self._first(stmt)
        return _stored(row) if row else None

    def article_mentions(self, doc: str) -> list[StoredMention]:
        """An article's mentions, in text order."""
        m = mentions_t.c
        stmt = (select(mentions_t, articles.c.doc).join(articles, m.article_id == articles.c.id)
                .where(articles.c.doc == doc).order_by(m.trigger_start, m.id))
        return [_stored(row) for row in self._all(stmt)]

    def actor_refs(self, doc: str) -> list[ActorRef]:
        """Every actor an article names, in text order."""
        a = actor_refs.c
        stmt = (select(actor_refs).join(articles, a.article_id == articles.c.id)
                .where(articles.c.doc == doc).order_by(a.start_char, a.id))
        return [ActorRef(codec.actor_from_row(row), row["text"], row["start_char"],
                         row["end_char"], row["basis"]) for row in self._all(stmt)]

    def entity(self, key: str) -> tuple[Actor, int] | None:
        """An entity by its key (``Database.actor_page``'s keys) with how often the text
        names it, or None."""
        a = actor_refs.c
        stmt = (select(actor_refs).where(a.entity_key == key).order_by(a.id.desc()))
        row = self._first(stmt)
        if row is None:
            return None
        n = self._first(select(func.count().label("n")).where(a.entity_key == key))["n"]
        return codec.actor_from_row(row), n

    def actor_page(self, query: str | None = None, *, limit: int = 50, offset: int = 0
                   ) -> tuple[list[tuple[str, Actor, int]], int]:
        """Entities with how often the text names them, most often first, as (key, actor,
        count), one page of them; and how many entities match in all."""
        a = actor_refs.c
        counts = select(a.entity_key, func.count().label("n"), func.max(a.id).label("sample"))
        if query:
            counts = counts.where(_named(query))
        sub = counts.group_by(a.entity_key).subquery()
        total = self._first(select(func.count().label("n")).select_from(sub))["n"]
        stmt = (select(actor_refs, sub.c.n).join(sub, a.id == sub.c.sample)
                .order_by(sub.c.n.desc(), a.name, a.entity_key).limit(limit).offset(offset))
        rows = [(row["entity_key"], codec.actor_from_row(row), row["n"])
                for row in self._all(stmt)]
        return rows, total

    def day_counts(self, where: MentionFilter) -> list[tuple[date | None, str, int]]:
        """How many mentions fall on each first day (None: undated) and type; the timeline
        rolls days up into weeks and months."""
        if rollups.timeline_serves(where):  # a few thousand rows, not every mention
            t = timeline_t.c
            stmt = (select(t.day_from, t.type, func.sum(t.n).label("n"))
                    .where(t.n > 0, *rollups.conditions(timeline_t, where))
                    .group_by(t.day_from, t.type).order_by(t.day_from, t.type))
            return [(None if row["day_from"] == rollups.UNDATED else row["day_from"],
                     row["type"], int(row["n"])) for row in self._all(stmt)]
        m = mentions_t.c
        stmt = (select(m.day_from, m.type, func.count().label("n"))
                .select_from(_counted(where)).where(*conditions(where))
                .group_by(m.day_from, m.type).order_by(m.day_from, m.type))
        return [(row["day_from"], row["type"], row["n"]) for row in self._all(stmt)]

    def month_counts(self, where: MentionFilter) -> list[tuple[date | None, str, int]]:
        """``day_counts`` summed per month: (the month's first day, or None: undated; type;
        count). From the timeline rollup a few hundred rows, where days are thousands."""
        if rollups.timeline_serves(where):
            t = timeline_t.c
            stmt = (select(t.month, t.type, func.sum(t.n).label("n"))
                    .where(t.n > 0, *rollups.conditions(timeline_t, where))
                    .group_by(t.month, t.type).order_by(t.month, t.type))
            return [(None if row["month"] == rollups.UNDATED else row["month"], row["type"],
                     int(row["n"])) for row in self._all(stmt)]
        months: Counter = Counter()
        for day, type_, n in self.day_counts(where):
            months[(day.replace(day=1) if day else None, type_)] += n
        return sorted(((m, t, n) for (m, t), n in months.items()),
                      key=lambda r: (r[0] is None, r[0] or date.min, r[1]))

    def dyad_counts(self, where: MentionFilter) -> list[dict[str, Any]]:
        """How many mentions each (actor, recipient, type, mode) has, with each side's code,
        name and kind (None for a missing side): what the actor network is built from."""
        if rollups.dyads_serve(where):  # the rollup, not every mention
            d = dyads_t.c
            keys = [d.actor_code, d.actor_label, d.actor_kind, d.recipient_code,
                    d.recipient_label, d.recipient_kind, d.type, d.mode]
            stmt = (select(*keys, func.sum(d.n).label("n"))
                    .where(d.n > 0, *rollups.conditions(dyads_t, where)).group_by(*keys))
            names = ("actor_code", "actor_name", "actor_kind", "recipient_code",
                     "recipient_name", "recipient_kind", "type", "mode")
            return [{**{name: row[k.name] or None for name, k in zip(names, keys)},
                     "type": row["type"], "n": int(row["n"])} for row in self._all(stmt)]
        m = mentions_t.c
        sides = [m.actor_code, json_text(m.actor_json, "actor", "name").label("actor_name"),
                 json_text(m.actor_json, "actor", "kind").label("actor_kind"),
                 m.recipient_code,
                 json_text(m.recipient_json, "actor", "name").label("recipient_name"),
                 json_text(m.recipient_json, "actor", "kind").label("recipient_kind"),
                 m.type, m.mode]
        stmt = (select(*sides, func.count().label("n"))
                .select_from(_counted(where)).where(*conditions(where))
                .group_by(*sides))
        return [dict(row) for row in self._all(stmt)]

    def entity_dyad_counts(self) -> list[dict[str, Any]]:
        """Every (actor entity, recipient entity, type, mode) with how many mentions it has,
        from the dyad rollup: each side's ``entity`` key (as ``actor_refs.entity_key``),
        ``label``, ``kind``, ``country`` and ``sector`` ('' for a missing side or value).
        What the network export is built from."""
        d = dyads_t.c
        keys = [d[f"{side}_{part}"] for side in ("actor", "recipient")
                for part in ("entity", "label", "kind", "country", "sector")] + [d.type, d.mode]
        stmt = select(*keys, func.sum(d.n).label("n")).where(d.n > 0).group_by(*keys)
        return [{**dict(row), "n": int(row["n"])} for row in self._all(stmt)]

    def place_counts(self, where: MentionFilter) -> list[dict[str, Any]]:
        """How many located mentions each place (country code, name, coordinates) has."""
        m = mentions_t.c
        cols = [json_text(m.location_json, "country").label("country"),
                json_text(m.location_json, "name").label("name"),
                json_text(m.location_json, "lat").label("lat"),
                json_text(m.location_json, "lon").label("lon")]
        stmt = (select(*cols, func.count().label("n"))
                .select_from(_counted(where))
                .where(m.location_json.is_not(None), *conditions(where))
                .group_by(*cols))
        return [dict(row) for row in self._all(stmt)]

    def event_page(self, where: EventFilter, *, sort: EventSort = "date", limit: int = 50,
                   cursor: tuple[Any, int] | None = None) -> list[StoredEvent]:
        """One page of merged events (without their reports), cut in SQL after ``cursor``
        (the sort value and row id of the previous page's last event), as ``mention_page``
        pages mentions."""
        rows: list[Any] = []
        for dated in dated_parts(sort, cursor):
            if len(rows) >= limit:
                break
            keyset, order_by = event_keyset(sort, cursor, dated=dated)
            stmt = (select(events_t).where(*event_conditions(where), *keyset)
                    .order_by(*order_by).limit(limit - len(rows)))
            rows += self._all(stmt)
        return [StoredEvent(row["id"], row["mentions"] if sort == "-mentions" else row["day_from"],
                            codec.event_from_row(row)) for row in rows]

    # -- helpers ------------------------------------------------------------------------

    def _mentions(self, where: list[ColumnElement[bool]], *, with_events: bool = False) -> list[Any]:
        m = mentions_t.c
        stmt = (select(mentions_t, articles.c.doc).join(articles, m.article_id == articles.c.id)
                .where(*where)
                .order_by(m.day_from.asc().nulls_last(), articles.c.doc, m.trigger_start, m.id))
        if with_events:
            return [(codec.mention_from_row(row, row["doc"]), row["event_id"],
                     f"{row['doc']}#{row['ordinal']}") for row in self._all(stmt)]
        return [codec.mention_from_row(row, row["doc"]) for row in self._all(stmt)]

    def _all(self, stmt: Any) -> list[Any]:
        try:
            with self._engine.connect() as conn:
                return [row._mapping for row in conn.execute(stmt)]
        except SQLAlchemyError as exc:
            raise StoreError(f"could not read {self.where}: {getattr(exc, 'orig', None) or exc}",
                             fix="check the database is reachable and was made by dossier") from exc

    def _first(self, stmt: Any) -> Any:
        rows = self._all(stmt.limit(1))
        return rows[0] if rows else None


def _changes(rows: list[Any], found: list[Event]) -> list[dict[str, Any]]:
    """The mentions of a block whose event id or explanation the new grouping changes."""
    by_key = {f"{r.doc}#{r.ordinal}": r for r in rows}
    changes = []
    for ev in found:
        for e in ev.explanations:
            row, why = by_key[e.key], codec.explanation_json(e)
            if row.event_id != ev.event_id or row.merge_json != why:
                changes.append({"mid": row.id, "eid": ev.event_id, "why": why})
    return changes


def _renames(rows: list[Any], found: list[Event]
             ) -> tuple[dict[str, set[str]], dict[str, str], set[str]]:
    """A block's event ids before (only rows merged before had a real one; new rows carry
    the type+dyad+date key) with their members, each member's event after, and the ids
    that live after."""
    before: dict[str, set[str]] = {}
    for r in rows:
        if r.merge_json is not None:
            before.setdefault(r.event_id, set()).add(f"{r.doc}#{r.ordinal}")
    after = {e.key: ev.event_id for ev in found for e in ev.explanations}
    return before, after, {ev.event_id for ev in found}


def _sum(*counters: Counter) -> Counter:
    """Counters added, negative counts kept (``Counter.__add__`` drops them)."""
    total: Counter = Counter()
    for c in counters:
        total.update(c)
    return total


def _retryable(exc: SQLAlchemyError) -> bool:
    """A lost race: a unique key another writer filled first, or a deadlock the server broke
    (SQLSTATE 40P01) or a serialization failure (40001)."""
    if isinstance(exc, IntegrityError):
        return True
    return getattr(getattr(exc, "orig", None), "sqlstate", None) in ("40P01", "40001")


class StoredMention(NamedTuple):
    """A mention as the API lists it: its row id and sort day, the mention, the id of the
    merged event it reports, and its key (``doc#n``)."""

    id: int
    day: date | None
    mention: Mention
    event_id: str
    key: str


class StoredEvent(NamedTuple):
    """An event as the API lists it: its row id, its sort value (first day, or number of
    mentions) for the page cursor, and the event without its reports."""

    id: int
    key: Any
    event: Event


def _stored(row: Any) -> StoredMention:
    return StoredMention(row["id"], row["day_from"], codec.mention_from_row(row, row["doc"]),
                         row["event_id"], f"{row['doc']}#{row['ordinal']}")


def _named(query: str) -> ColumnElement[bool]:
    """Actor refs whose name or code contains the query (any case)."""
    a = actor_refs.c
    return or_(a.name_key.like(_contains(codec.name_key(query)), escape="\\"),
               func.upper(a.country).like(_contains(query.upper()), escape="\\"))


def _reports_query() -> Any:
    """Mentions with what a ``Report`` needs of their article and of its original."""
    origin = articles.alias("origin")
    return (select(mentions_t, articles.c.doc, articles.c.published, articles.c.outlet,
                   articles.c.url, origin.c.doc.label("origin_doc"))
            .join(articles, mentions_t.c.article_id == articles.c.id)
            .outerjoin(origin, articles.c.copy_of == origin.c.id))


def _counted(where: MentionFilter) -> Any:
    """What a count reads from: the mentions alone, unless the filter names a document
    (counts over the whole store need not touch the articles)."""
    if where.doc:
        return mentions_t.join(articles, mentions_t.c.article_id == articles.c.id)
    return mentions_t


def _bound(value: DateLike, *, last: bool) -> date:
    """The first (or last) day of a date filter value."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    days = codec.day_range(str(value).strip())
    if days is None:
        raise StoreError(f"cannot read {value!r} as a date",
                         fix="give a date as YYYY-MM-DD (or YYYY-MM, YYYY)")
    return days[1] if last else days[0]


def _url(target: str) -> URL:
    """The URL of a target: an SQLAlchemy URL, or a SQLite file path that can be created."""
    if "://" in target:
        try:
            url = make_url(target)
        except ArgumentError as exc:
            raise StoreError(f"cannot read the database URL {target!r}: {exc}",
                             fix="use a file path or a URL like postgresql+psycopg://user@host/db"
                             ) from exc
        if url.drivername in ("postgresql", "postgres"):  # the driver we ship with
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            _check_path(Path(url.database))
        return url
    if target == ":memory:":
        return URL.create("sqlite", database=":memory:")
    path = Path(target).expanduser()
    _check_path(path)
    return URL.create("sqlite", database=str(path))


def _missing_sqlite_file(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:") \
        and not Path(url.database).exists()


def _check_path(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"the database path {path} is a directory",
                         fix=f"give a file name, e.g. {path / 'dossier.db'}")
    if not path.parent.is_dir():
        raise StoreError(f"cannot create the database {path}: the directory {path.parent} "
                         "does not exist", fix=f"create it (mkdir -p {path.parent}) or choose "
                                               "another path with --db or DOSSIER_DB")
    if not path.exists() and not os.access(path.parent, os.W_OK | os.X_OK):
        raise StoreError(f"cannot create the database {path}: no permission to write in "
                         f"{path.parent}", fix="choose a folder you may write to with --db or "
                                               "DOSSIER_DB, or change its permissions")
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StoreError(f"cannot open the database {path}: no permission to read and write it",
                         fix=f"change its permissions (chmod u+rw {path}) or use another --db")


def _engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() != "sqlite":
            return create_engine(url, pool_pre_ping=True)
        memory = url.database in (None, "", ":memory:")
        engine = create_engine(url, poolclass=StaticPool) if memory else create_engine(url)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"no driver for the database {url.drivername}: {exc}",
                         fix="for PostgreSQL: pip install 'psycopg[binary]' and use "
                             "postgresql+psycopg://…") from exc
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(
        "BEGIN IMMEDIATE" if conn.get_execution_options().get("dossier_write") else "BEGIN"))
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so that DDL and the duplicate
    # check share the transaction with the writes (pysqlite would begin only at DML).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA journal_mode = WAL")
    # In WAL mode NORMAL cannot corrupt the file; a power cut may lose the last commits,
    # which re-ingesting restores. FULL costs an fsync per article.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _open_error(where: str, url: URL, exc: SQLAlchemyError) -> StoreError:
    reason = getattr(exc, "orig", None) or exc
    if url.get_backend_name() == "sqlite":
        return StoreError(f"cannot open {where} as a SQLite database: {reason}",
                          fix="give the path of a dossier database or of a new file")
    return StoreError(f"cannot open the database {where}: {reason}",
                      fix="check that the server is running and the URL's user, host and "
                          "database are right")
