"""Schema versions and the steps between them.

A new database is created straight from ``schema.metadata`` at ``SCHEMA_VERSION``. An older
one is upgraded one version at a time, each step in its own transaction, so a failed step
leaves the database at the previous version. Steps are frozen SQL: never edit a released
step; add the next one and raise ``SCHEMA_VERSION``.

    v1  articles and mentions
    v2  mentions.event_id (filled from the stored mentions) with an index; actor_refs
    v3  article identity is the id: articles.content_hash no longer unique (a copy of a text
        under a new id is stored too) with an index; articles.copy_of and articles.version;
        article_versions (the texts an id held before its current one);
        mentions.rules_json (the rule ids behind each mention; '[]' for older rows)
    v4  events across articles: mentions.ordinal (filled), block_key, lead, merge_json; the
        events and event_aliases tables. Rows of older versions have no block yet: the store
        groups them into events when first opened with merging (``Database.open``), since
        grouping is code (dossier.merge), not SQL.
    v5  volume: mentions (article_id, ordinal) unique (a mention's key; it replaces the index
        on article_id); the events' indexes end with their sort key (day, event id), and
        events get indexes by party name; the rollups timeline_counts and dyad_counts,
        filled from the stored mentions (see ``rollups``).

On SQLite each step runs with foreign-key enforcement off and checks the keys before it
commits (SQLite's procedure for changing a table: see https://sqlite.org/lang_altertable.html),
so a step may rebuild a parent table without its children's ON DELETE CASCADE firing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, inspect, text

from dossier.errors import StoreError
from dossier.store.codec import event_id_of
from dossier.store.schema import SCHEMA_VERSION, metadata, schema_version

log = logging.getLogger(__name__)

# The primary-key column type, the only DDL that differs between the dialects we support.
_PK = {"sqlite": "INTEGER PRIMARY KEY", "postgresql": "SERIAL PRIMARY KEY"}

# Version 1 as it shipped. Kept to build v1 databases in tests; never run on open.
V1_DDL: tuple[str, ...] = (
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    """CREATE TABLE articles (
        id {pk}, doc TEXT NOT NULL UNIQUE, content_hash VARCHAR(64) NOT NULL UNIQUE,
        title TEXT, body TEXT NOT NULL, published DATE, dateline TEXT, url TEXT,
        outlet TEXT, origin TEXT)""",
    """CREATE TABLE mentions (
        id {pk},
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        type VARCHAR(16) NOT NULL, mode TEXT, cameo TEXT, status VARCHAR(16) NOT NULL,
        confidence FLOAT NOT NULL,
        trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
        evidence_text TEXT NOT NULL, evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        actor_code TEXT, actor_name TEXT, recipient_code TEXT, recipient_name TEXT,
        day_from DATE, day_to DATE, reported DATE,
        actor_json TEXT, recipient_json TEXT, source_json TEXT, others_json TEXT NOT NULL,
        object_json TEXT, date_json TEXT, location_json TEXT, explain_json TEXT NOT NULL)""",
    "CREATE INDEX ix_mentions_article_id ON mentions (article_id)",
    "CREATE INDEX ix_mentions_day_from ON mentions (day_from)",
    "INSERT INTO schema_version (version) VALUES (1)",
)

_V2_DDL: tuple[str, ...] = (
    "ALTER TABLE mentions ADD COLUMN event_id VARCHAR(20) NOT NULL DEFAULT ''",
    "CREATE INDEX ix_mentions_event_id ON mentions (event_id)",
    """CREATE TABLE actor_refs (
        id {pk},
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        name TEXT NOT NULL, name_key TEXT NOT NULL, kind VARCHAR(16) NOT NULL, country TEXT, sector TEXT, role TEXT,
        wikidata TEXT, entity_id TEXT, entity_key TEXT NOT NULL,
        text TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
        basis TEXT NOT NULL)""",
    "CREATE INDEX ix_actor_refs_article_id ON actor_refs (article_id)",
    "CREATE INDEX ix_actor_refs_entity_key ON actor_refs (entity_key)",
)


# v3, mentions: the rule ids behind each mention; rows written before v3 record none.
_V3_MENTION_RULES_DDL: tuple[str, ...] = (
    "ALTER TABLE mentions ADD COLUMN rules_json TEXT NOT NULL DEFAULT '[]'",
)


def run_script(conn: Connection, script: tuple[str, ...]) -> None:
    """Run frozen DDL statements, filling in the dialect's primary-key type."""
    pk = _PK.get(conn.dialect.name)
    if pk is None:
        raise StoreError(f"the {conn.dialect.name} database is not supported",
                         fix="use SQLite (a file path) or PostgreSQL (postgresql+psycopg://…)")
    for statement in script:
        conn.execute(text(statement.format(pk=pk)))


def _to_v2(conn: Connection) -> None:
    run_script(conn, _V2_DDL[:1])
    rows = conn.execute(text(
        "SELECT id, type, actor_json, recipient_json, date_json FROM mentions")).all()
    for row in rows:
        key = event_id_of(row.type, row.actor_json, row.recipient_json, row.date_json)
        conn.execute(text("UPDATE mentions SET event_id = :key WHERE id = :id"),
                     {"key": key, "id": row.id})
    run_script(conn, _V2_DDL[1:])


_V3_ARTICLE_VERSIONS_DDL: tuple[str, ...] = (
    "CREATE INDEX ix_articles_content_hash ON articles (content_hash)",
    """CREATE TABLE article_versions (
        id {pk},
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        version INTEGER NOT NULL, content_hash VARCHAR(64) NOT NULL,
        title TEXT, body TEXT NOT NULL, published DATE, dateline TEXT, url TEXT,
        outlet TEXT, origin TEXT)""",
    "CREATE INDEX ix_article_versions_article_id ON article_versions (article_id)",
)
_ARTICLE_COLUMNS = "id, doc, content_hash, title, body, published, dateline, url, outlet, origin"
# SQLite cannot drop a UNIQUE constraint: the articles table is rebuilt without it.
_V3_SQLITE_ARTICLES_DDL: tuple[str, ...] = (
    """CREATE TABLE articles_v3 (
        id {pk}, doc TEXT NOT NULL UNIQUE, content_hash VARCHAR(64) NOT NULL,
        title TEXT, body TEXT NOT NULL, published DATE, dateline TEXT, url TEXT,
        outlet TEXT, origin TEXT,
        copy_of INTEGER REFERENCES articles_v3 (id) ON DELETE SET NULL,
        version INTEGER NOT NULL DEFAULT 1)""",
    f"INSERT INTO articles_v3 ({_ARTICLE_COLUMNS}) SELECT {_ARTICLE_COLUMNS} FROM articles",
    "DROP TABLE articles",
    "ALTER TABLE articles_v3 RENAME TO articles",
)
_V3_POSTGRESQL_ARTICLES_DDL: tuple[str, ...] = (
    "ALTER TABLE articles ADD COLUMN copy_of INTEGER REFERENCES articles (id) ON DELETE SET NULL",
    "ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
)


def _to_v3_article_identity(conn: Connection) -> None:
    """Article identity is the id: the same text may be stored under several ids (copies),
    and an id keeps the texts it held before (versions). Every stored article becomes
    version 1 and no copy (v2 stored each text once)."""
    if conn.dialect.name == "sqlite":
        run_script(conn, _V3_SQLITE_ARTICLES_DDL)
    else:
        for unique in inspect(conn).get_unique_constraints("articles"):
            if unique["column_names"] == ["content_hash"]:
                conn.execute(text(f'ALTER TABLE articles DROP CONSTRAINT "{unique["name"]}"'))
        run_script(conn, _V3_POSTGRESQL_ARTICLES_DDL)
    run_script(conn, _V3_ARTICLE_VERSIONS_DDL)


def _to_v3_mention_rules(conn: Connection) -> None:
    """v3, for mentions: a ``rules_json`` column (kept apart from any other v3 change)."""
    run_script(conn, _V3_MENTION_RULES_DDL)


def _to_v3(conn: Connection) -> None:
    _to_v3_article_identity(conn)
    _to_v3_mention_rules(conn)


_V4_DDL: tuple[str, ...] = (
    "ALTER TABLE mentions ADD COLUMN ordinal INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE mentions ADD COLUMN block_key TEXT",
    "ALTER TABLE mentions ADD COLUMN lead INTEGER",
    "ALTER TABLE mentions ADD COLUMN merge_json TEXT",
    # A mention's ordinal is its place among its article's mentions, in the order stored.
    """UPDATE mentions SET ordinal = (SELECT count(*) FROM mentions AS earlier
        WHERE earlier.article_id = mentions.article_id AND earlier.id < mentions.id)""",
    "CREATE INDEX ix_mentions_block_key ON mentions (block_key)",
    """CREATE TABLE events (
        id {pk}, event_id VARCHAR(20) NOT NULL, block_key TEXT NOT NULL,
        type VARCHAR(16) NOT NULL, actor_code TEXT, actor_name TEXT, recipient_code TEXT,
        recipient_name TEXT, date_value TEXT, day_from DATE, day_to DATE, location TEXT,
        mentions INTEGER NOT NULL, articles INTEGER NOT NULL, outlets INTEGER NOT NULL,
        sources INTEGER NOT NULL, first_reported DATE, last_reported DATE,
        asserted INTEGER NOT NULL, contested INTEGER NOT NULL, picture_json TEXT NOT NULL,
        UNIQUE (event_id))""",
    "CREATE INDEX ix_events_block_key ON events (block_key)",
    "CREATE INDEX ix_events_day_from ON events (day_from)",
    "CREATE INDEX ix_events_actor_day ON events (actor_code, day_from)",
    "CREATE INDEX ix_events_recipient_day ON events (recipient_code, day_from)",
    "CREATE INDEX ix_events_contested_day ON events (contested, day_from)",
    """CREATE TABLE event_aliases (
        alias VARCHAR(20) NOT NULL PRIMARY KEY, event_id VARCHAR(20) NOT NULL)""",
)


def _to_v4(conn: Connection) -> None:
    """v4: the columns and tables of merged events; existing mentions get their ordinals
    and are grouped into events by the store when it is next opened with merging."""
    run_script(conn, _V4_DDL)


_V5_SIDE = ", ".join(f"{side}_{part} TEXT NOT NULL" for side in ("actor", "recipient")
                     for part in ("entity", "code", "key", "label", "kind", "country", "sector"))
_V5_DDL: tuple[str, ...] = (
    "DROP INDEX ix_mentions_article_id",
    "CREATE UNIQUE INDEX ux_mentions_article_ordinal ON mentions (article_id, ordinal)",
    "DROP INDEX ix_events_day_from",
    "DROP INDEX ix_events_actor_day",
    "DROP INDEX ix_events_recipient_day",
    "CREATE INDEX ix_events_day_event ON events (day_from, event_id)",
    "CREATE INDEX ix_events_actor_day_event ON events (actor_code, day_from, event_id)",
    "CREATE INDEX ix_events_recipient_day_event ON events (recipient_code, day_from, event_id)",
    "CREATE INDEX ix_events_actor_name_day_event ON events (actor_name, day_from, event_id)",
    """CREATE INDEX ix_events_recipient_name_day_event
        ON events (recipient_name, day_from, event_id)""",
    """CREATE TABLE timeline_counts (
        rollup_key TEXT NOT NULL PRIMARY KEY, month DATE NOT NULL, day_from DATE NOT NULL,
        day_to DATE NOT NULL,
        type VARCHAR(16) NOT NULL, status VARCHAR(16) NOT NULL, n INTEGER NOT NULL)""",
    f"""CREATE TABLE dyad_counts (
        rollup_key TEXT NOT NULL PRIMARY KEY, {_V5_SIDE},
        type VARCHAR(16) NOT NULL, mode TEXT NOT NULL, status VARCHAR(16) NOT NULL,
        n INTEGER NOT NULL)""",
)


def _to_v5(conn: Connection) -> None:
    """v5: the unique mention key, the events' page indexes, and the rollups (counted from
    the stored mentions: one pass over them)."""
    from dossier.store import rollups

    run_script(conn, _V5_DDL)
    rollups.rebuild(conn)


# STEPS[n] upgrades a database from version n - 1 to version n.
STEPS: dict[int, Callable[[Connection], None]] = {2: _to_v2, 3: _to_v3, 4: _to_v4, 5: _to_v5}


@contextmanager
def _step_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for one upgrade step; on SQLite with foreign-key enforcement off for
    the step (it can only be switched outside a transaction), and back on afterwards."""
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            yield conn
            return
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            yield conn
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _check_foreign_keys(conn: Connection, where: str) -> None:
    if conn.dialect.name == "sqlite" and conn.execute(text("PRAGMA foreign_key_check")).first():
        raise StoreError(f"upgrading {where} would break references between its tables",
                         fix="nothing was changed; report this with the database's schema "
                             "(sqlite3 FILE .schema)")


def prepare(engine: Engine, where: str) -> int:
    """Create the schema in an empty database or upgrade an older one; return the version
    found. Refuses, without changing anything, a database newer than this code or one that
    is not dossier's."""
    with engine.begin() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            metadata.create_all(conn)
            conn.execute(schema_version.insert().values(version=SCHEMA_VERSION))
            log.info("created a dossier database at %s (schema v%d)", where, SCHEMA_VERSION)
            return SCHEMA_VERSION
        if "schema_version" not in tables:
            raise StoreError(f"{where} holds tables that are not dossier's ({', '.join(sorted(tables))})",
                             fix="give the path of a dossier database or of a new file")
        found = conn.execute(text("SELECT max(version) FROM schema_version")).scalar()
    if found is None or found > SCHEMA_VERSION:
        raise StoreError(f"{where} has schema version {found}; this dossier knows up to "
                         f"version {SCHEMA_VERSION}",
                         fix="upgrade dossier (pip install -U dossier), or use another database")
    for version in range(found + 1, SCHEMA_VERSION + 1):
        with _step_connection(engine) as conn, conn.begin():
            STEPS[version](conn)
            _check_foreign_keys(conn, where)
            conn.execute(text("UPDATE schema_version SET version = :v"), {"v": version})
        log.info("upgraded %s to schema v%d", where, version)
    return found
