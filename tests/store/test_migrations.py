"""Schema versions: v1 databases are upgraded in place; newer ones are refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

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

from dossier.errors import StoreError
from dossier.store import SCHEMA_VERSION, Database, codec, migrations
from dossier.store.database import _url


def _engine(target: str):
    return create_engine(_url(target))


def _build_v1(target: str, content: dict) -> None:
    """A database exactly as version 1 wrote it, with the given articles and mentions."""
    engine = _engine(target)
    with engine.begin() as conn:
        migrations.run_script(conn, migrations.V1_DDL)
        for art, mentions in content.items():
            row = codec.article_row(art)
            article_id = conn.execute(text(
                f"INSERT INTO articles ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})"
                " RETURNING id"), row).scalar()
            for m in mentions:
                row = codec.mention_row(m, article_id)
                del row["event_id"], row["rules_json"]  # v1 had neither
                conn.execute(text(f"INSERT INTO mentions ({', '.join(row)}) "
                                  f"VALUES ({', '.join(':' + k for k in row)})"), row)
    engine.dispose()


def _shape(target: str) -> dict:
    """Tables with their columns and indexes: what a schema looks like from outside."""
    engine = _engine(target)
    found = inspect(engine)
    shape = {t: (sorted(c["name"] for c in found.get_columns(t)),
                 sorted(i["name"] for i in found.get_indexes(t)))
             for t in found.get_table_names()}
    engine.dispose()
    return shape


def _version(target: str) -> int:
    engine = _engine(target)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version FROM schema_version")).scalar()
    engine.dispose()
    return version


V1_CONTENT = {
    article("old-1"): [full_mention("old-1"), mention("old-1", start=90)],
    article("old-2", "Another old body."): [mention("old-2", "CONSULT", actor=UKR, recipient=RUS,
                                                    trigger="talked")],
}


def test_v1_database_is_upgraded_without_losing_rows(target):
    _build_v1(target, V1_CONTENT)
    assert _version(target) == 1
    with Database.open(target) as db:
        assert db.counts() == {"articles": 2, "mentions": 3, "actor_refs": 0}
        assert db.articles() == list(V1_CONTENT)
        stored = db.mentions()
        # rows from before v3 record no rule ids
        assert sorted(stored, key=repr) == sorted((replace(m, rules=()) for ms in V1_CONTENT.values()
                                                   for m in ms), key=repr)
        # v2 features work on the upgraded data
        assert db.add_article(article("new", "A new body."), [mention("new")], [RUS, UKR])
        assert db.counts()["actor_refs"] == 2
    engine = _engine(target)
    with engine.connect() as conn:
        ids = dict(conn.execute(text("SELECT trigger_start, event_id FROM mentions")).all())
    engine.dispose()
    assert ids[41] == full_mention().event_id and ids[90] == mention().event_id
    assert _version(target) == SCHEMA_VERSION


def test_upgraded_schema_matches_a_new_one(tmp_path):
    old, new = str(tmp_path / "old.db"), str(tmp_path / "new.db")
    _build_v1(old, {})
    Database.open(old).close()
    Database.open(new).close()
    assert _shape(old) == _shape(new)


def test_failed_upgrade_step_leaves_version_1(target, monkeypatch):
    _build_v1(target, V1_CONTENT)

    def half_step(conn):
        migrations.run_script(conn, ("ALTER TABLE mentions ADD COLUMN event_id VARCHAR(20)",))
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(migrations.STEPS, 2, half_step)
    with pytest.raises(RuntimeError):
        Database.open(target)
    assert _version(target) == 1
    assert "event_id" not in _shape(target)["mentions"][0]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "future.db"
    Database.open(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="schema version 99") as info:
        Database.open(str(path))
    assert "upgrade dossier" in info.value.fix
    assert _digest(path) == before
    assert _version(str(path)) == 99
