"""Schema v3: v2 databases gain mentions.rules_json; their rows load with no rule ids."""

from __future__ import annotations

from dataclasses import replace

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

V2_CONTENT = {
    article("two-1"): [full_mention("two-1"), mention("two-1", start=90)],
    article("two-2", "Another body."): [mention("two-2", "CONSULT", actor=UKR, recipient=RUS,
                                                trigger="talked")],
}


def _build_v2(target: str, content: dict) -> None:
    """A database as version 2 wrote it: the v1 tables brought to v2 by the frozen step."""
    engine = create_engine(_url(target))
    with engine.begin() as conn:
        migrations.run_script(conn, migrations.V1_DDL)
        migrations.STEPS[2](conn)
        conn.execute(text("UPDATE schema_version SET version = 2"))
        for art, mentions in content.items():
            row = codec.article_row(art)
            article_id = conn.execute(text(
                f"INSERT INTO articles ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})"
                " RETURNING id"), row).scalar()
            for m in mentions:
                row = codec.mention_row(m, article_id)
                del row["rules_json"]  # v2 had no rule ids
                conn.execute(text(f"INSERT INTO mentions ({', '.join(row)}) "
                                  f"VALUES ({', '.join(':' + k for k in row)})"), row)
    engine.dispose()


def _columns(target: str) -> list[str]:
    engine = create_engine(_url(target))
    names = [c["name"] for c in inspect(engine).get_columns("mentions")]
    engine.dispose()
    return names


def test_v2_database_is_upgraded_to_v3_keeping_every_mention(target):
    _build_v2(target, V2_CONTENT)
    assert "rules_json" not in _columns(target)
    with Database.open(target) as db:
        stored = db.mentions()
        assert sorted(stored, key=repr) == sorted(
            (replace(m, rules=()) for ms in V2_CONTENT.values() for m in ms), key=repr)
        # new mentions keep their rule ids
        assert db.add_article(article("new", "A new body."), [full_mention("new")])
        (new,) = db.mentions(doc="new")
        assert new.rules == full_mention().rules
    assert "rules_json" in _columns(target)
    engine = create_engine(_url(target))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalar() \
            == SCHEMA_VERSION  # v3 or later: each later step keeps the rule ids
    engine.dispose()


def test_v3_step_adds_only_the_rules_column(tmp_path):
    path = str(tmp_path / "v2.db")
    _build_v2(path, {})
    before = set(_columns(path))
    engine = create_engine(_url(path))
    with engine.begin() as conn:
        migrations._to_v3_mention_rules(conn)
    engine.dispose()
    assert set(_columns(path)) - before == {"rules_json"}
