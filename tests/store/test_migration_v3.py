"""Schema v3 (article identity is the id): a v2 database is upgraded in place, keeping every
article, mention and actor ref, and then stores copies and new versions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import create_engine, inspect, text
from store_support import (
    RUS,
    UKR,
    article,
    full_mention,
    mention,
    target,  # noqa: F401 (target is a fixture)
)

from dossier.store import SCHEMA_VERSION, Database, codec, migrations
from dossier.store.database import _url


def _engine(where: str):
    return create_engine(_url(where))


def _insert(conn, table: str, row: dict):
    # Only the columns a v2 table has: the codec writes the current schema's rows.
    known = {column["name"] for column in inspect(conn).get_columns(table)}
    row = {k: v for k, v in row.items() if k in known}
    columns = ", ".join(row)
    values = ", ".join(":" + k for k in row)
    return conn.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({values}) RETURNING id"),
                        row).scalar()


def _build_v2(where: str, content: dict) -> None:
    """A database as version 2 left it (v1 DDL, then the v2 step), with the given articles,
    their mentions and actor refs."""
    engine = _engine(where)
    with engine.begin() as conn:
        migrations.run_script(conn, migrations.V1_DDL)
        migrations.STEPS[2](conn)
        conn.execute(text("UPDATE schema_version SET version = 2"))
        for art, (mentions, refs) in content.items():
            article_id = _insert(conn, "articles", codec.article_row(art))
            for m in mentions:
                _insert(conn, "mentions", codec.mention_row(m, article_id))
            for r in refs:
                _insert(conn, "actor_refs", codec.actor_ref_row(r, article_id))
    engine.dispose()


def _version(where: str) -> int:
    engine = _engine(where)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version FROM schema_version")).scalar()
    engine.dispose()
    return version


def _shape(where: str) -> dict:
    """Tables with their columns, our indexes, unique constraints and foreign keys: what a
    schema looks like from outside, the same on SQLite and PostgreSQL."""
    engine = _engine(where)
    found = inspect(engine)
    shape = {t: (sorted(c["name"] for c in found.get_columns(t)),
                 sorted(i["name"] for i in found.get_indexes(t) if i["name"].startswith("ix_")),
                 sorted(tuple(u["column_names"]) for u in found.get_unique_constraints(t)),
                 sorted((tuple(f["constrained_columns"]), f["referred_table"])
                        for f in found.get_foreign_keys(t)))
             for t in found.get_table_names()}
    engine.dispose()
    return shape


V2_CONTENT = {
    article("old-1"): ([full_mention("old-1"), mention("old-1", start=90)], [RUS, UKR]),
    article("old-2", "Another old body."): ([mention("old-2", "CONSULT", trigger="talked")], [UKR]),
}


def test_v2_database_is_upgraded_without_losing_rows(target):
    _build_v2(target, V2_CONTENT)
    with Database.open(target) as db:
        assert _version(target) == SCHEMA_VERSION
        assert db.counts() == {"articles": 2, "mentions": 3, "actor_refs": 3}
        assert db.articles() == list(V2_CONTENT)
        # rows from before v3 record no rule ids
        expected = [replace(m, rules=()) for mentions, _ in V2_CONTENT.values() for m in mentions]
        assert sorted(db.mentions(), key=repr) == sorted(expected, key=repr)
        assert db.copy_of("old-1") is None
        assert db.versions("old-2") == [article("old-2", "Another old body.")]


def test_v2_database_upgraded_stores_copies_and_versions(target):
    _build_v2(target, V2_CONTENT)
    with Database.open(target) as db:
        assert db.add_article(replace(article("old-1"), doc="wire"), [mention("wire")]) == "copy"
        assert db.copy_of("wire") == "old-1"
        assert db.add_article(article("old-2", "A corrected body."),
                              [mention("old-2", trigger="fixed")], [RUS]) == "version"
        assert [m.trigger.text for m in db.mentions(doc="old-2")] == ["fixed"]
        assert [a.body for a in db.versions("old-2")] == ["Another old body.", "A corrected body."]
        assert db.counts() == {"articles": 3, "mentions": 4, "actor_refs": 3}


def test_v3_upgraded_schema_matches_a_new_one(target, tmp_path):
    _build_v2(target, {})
    Database.open(target).close()
    new = str(tmp_path / "new.db")
    Database.open(new).close()
    assert _shape(target) == _shape(new)


def test_v3_sqlite_upgrade_leaves_foreign_keys_enforced(tmp_path):
    path = str(tmp_path / "old.db")
    _build_v2(path, V2_CONTENT)
    with Database.open(path) as db, db._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").first() is None


def test_failed_v3_step_leaves_version_2(target, monkeypatch):
    _build_v2(target, V2_CONTENT)
    before = _shape(target)

    whole_step = migrations.STEPS[3]

    def half_step(conn):
        whole_step(conn)  # the articles table rebuilt, then a failure before the commit
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(migrations.STEPS, 3, half_step)
    with pytest.raises(RuntimeError):
        Database.open(target)
    assert _version(target) == 2
    assert _shape(target) == before
    engine = _engine(target)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM mentions")).scalar() == 3
    engine.dispose()
