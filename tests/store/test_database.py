"""The store on real databases: SQLite files always, PostgreSQL when reachable."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from store_support import (
    FRA,
    PUTIN,
    RUS,
    UKR,
    article,
    full_mention,
    mention,
    ref,
    target,  # noqa: F401 (target is a fixture)
)

from dossier.errors import StoreError
from dossier.model import ActorRef, Mention
from dossier.store import Database


@pytest.fixture
def db(target):
    with Database.open(target) as database:
        yield database


@pytest.fixture
def filled(db):
    """Three articles whose mentions are told apart by their trigger words."""
    db.add_article(article("alpha"), [
        mention("alpha", trigger="struck", start=10),
        mention("alpha", "CONSULT", trigger="met", start=50, actor=PUTIN, recipient=FRA,
                when="2024-04", status="future"),
    ], [RUS, replace(RUS, start=40, end=46), PUTIN, FRA])
    db.add_article(article("beta", "Other words.", published=date(2024, 2, 10)), [
        mention("beta", "ACCUSE", trigger="accused", start=5, actor=UKR, recipient=RUS,
                when=None, reported=date(2024, 2, 10), status="claim"),
        mention("beta", trigger="fired", start=30, when=None, reported=None),
    ], [RUS, UKR, replace(PUTIN, actor=replace(PUTIN.actor, role="Prime Minister"))])
    db.add_article(article("gamma", "More words.", published=date(2024, 3, 2)), [
        mention("gamma", trigger="shelled", start=3, actor=ref("Russian forces", "RUS", "group")),
    ])
    return db


def labels(mentions: list[Mention]) -> list[str]:
    return [m.trigger.text for m in mentions]


def test_database_open_creates_empty_store(target):
    with Database.open(target) as db:
        assert db.counts() == {"articles": 0, "mentions": 0, "actor_refs": 0}
    with Database.open(target) as db:  # reopening an existing store is fine
        assert db.articles() == []


@pytest.mark.parametrize("stored", [full_mention(), mention(actor=None, recipient=None, when=None,
                                                            reported=None)])
def test_mentions_round_trip_every_field(db, stored):
    db.add_article(article(), [stored])
    assert db.mentions() == [stored]


def test_article_round_trips(db):
    stored = article("x", "Body text.", title="A title", dateline="PARIS", url="https://e.test/x",
                     outlet="Example", origin="in.jsonl:3")
    db.add_article(stored, [])
    assert db.article("x") == stored
    assert db.articles() == [stored]
    assert db.article("missing") is None


def test_add_article_same_id_and_content_is_a_noop(db):
    first = article("one")
    assert db.add_article(first, [mention("one")], [RUS]) == "new"
    assert db.add_article(first, [mention("one"), mention("one")], [RUS]) == "unchanged"
    assert db.counts() == {"articles": 1, "mentions": 1, "actor_refs": 1}
    assert db.has_article(first.content_hash)
    assert db.is_stored(first)
    assert not db.has_article(article("two", "Different body.").content_hash)


def test_add_article_same_content_under_a_new_id_is_a_copy(db):
    first = article("one")
    db.add_article(first, [mention("one")], [RUS])
    again = replace(first, doc="renamed")
    assert db.add_article(again, [mention("renamed")], [RUS]) == "copy"
    assert db.counts() == {"articles": 2, "mentions": 2, "actor_refs": 2}
    assert [m.doc for m in db.mentions(doc="renamed")] == ["renamed"]
    assert db.copy_of("renamed") == "one"
    assert db.copy_of("one") is None


def test_add_article_new_content_under_a_stored_id_is_a_new_version(db):
    for n, body in enumerate(["First body.", "Second body.", "Third body."]):
        db.add_article(article("same", body), [mention("same", trigger=f"struck{n}")])
    assert [a.doc for a in db.articles()] == ["same"]
    assert db.article("same").body == "Third body."
    assert labels(db.mentions(doc="same")) == ["struck2"]
    assert [a.body for a in db.versions("same")] == ["First body.", "Second body.", "Third body."]


def test_add_article_failure_mid_write_stores_nothing_of_it(db):
    db.add_article(article("kept"), [mention("kept")], [RUS])
    before = db.counts()
    broken_ref = ActorRef(RUS.actor, None, 0, 6)  # NOT NULL text: fails after the mentions
    bad = article("bad", "A body that fails.")
    with pytest.raises(StoreError, match="nothing of this article was stored"):
        db.add_article(bad, [mention("bad"), mention("bad", start=20)], [UKR, broken_ref])
    assert db.counts() == before
    assert not db.has_article(bad.content_hash)
    assert db.article("bad") is None
    assert labels(db.mentions()) == ["struck"]


@pytest.mark.parametrize("filters, expected", [
    ({}, ["accused", "struck", "shelled", "met", "fired"]),
    ({"actor": "rus"}, ["struck", "shelled", "met", "fired"]),
    ({"actor": "putin"}, ["met"]),
    ({"actor": "russ"}, ["struck", "shelled", "fired"]),
    ({"recipient": "ukr"}, ["struck", "shelled", "fired"]),
    ({"recipient": "France"}, ["met"]),
    ({"type": "assault"}, ["struck", "shelled", "fired"]),
    ({"status": "claim"}, ["accused"]),
    ({"since": "2024-03-02"}, ["struck", "shelled", "met"]),
    ({"since": "2024-04-15"}, ["met"]),  # a month-long date overlaps the range
    ({"until": "2024-02"}, ["accused"]),  # no event date: placed by the reported date
    ({"until": "2024-03-31"}, ["accused", "struck", "shelled"]),
    ({"since": date(2024, 3, 1), "until": date(2024, 3, 31)}, ["struck", "shelled"]),
    ({"doc": "beta"}, ["accused", "fired"]),
    ({"actor": "RUS", "type": "ASSAULT", "since": "2024-03"}, ["struck", "shelled"]),
    ({"actor": "50%_"}, []),  # LIKE wildcards are matched literally
])
def test_mentions_filters(filled, filters, expected):
    assert labels(filled.mentions(**filters)) == expected


def test_mentions_actor_name_ignores_case_beyond_ascii(db):
    leader = ref("Recep Tayyip Erdoğan", "TUR", "person")
    db.add_article(article(), [mention(actor=leader)])
    assert labels(db.mentions(actor="ERDOĞAN")) == ["struck"]


def test_mentions_bad_date_raises_store_error(db):
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        db.mentions(since="last tuesday")


@pytest.mark.parametrize("actors, expected", [
    ([], ["accused", "struck", "shelled", "met", "fired"]),
    (["Vladimir Putin"], ["met"]),
    (["UKR"], ["accused", "struck", "shelled", "fired"]),
    (["ukr", "rus"], ["accused", "struck", "shelled", "fired"]),  # either direction
    (["rus", "fra"], ["met"]),
    (["fra", "ukr"], []),
])
def test_timeline_between_actors(filled, actors, expected):
    assert labels(filled.timeline(actors)) == expected


def test_actor_counts_most_frequent_first(filled):
    counts = [(actor.name, n) for actor, n in filled.actor_counts()]
    assert counts == [("Russia", 3), ("Vladimir Putin", 2), ("France", 1), ("Ukraine", 1)]


@pytest.mark.parametrize("query, expected", [
    ("rus", ["Russia", "Vladimir Putin"]),  # name or code
    ("VLAD", ["Vladimir Putin"]),
    ("fra", ["France"]),
    ("nobody", []),
])
def test_actor_counts_query(filled, query, expected):
    assert [actor.name for actor, _ in filled.actor_counts(query)] == expected


def test_actor_counts_keeps_entity_together_across_roles(filled):
    (putin, n), = filled.actor_counts("putin")
    assert n == 2 and putin.entity_id == "putin" and putin.wikidata == "Q7747"


# -- SQLite specifics and errors on open --------------------------------------------------

def test_sqlite_store_uses_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "d.db"
    with Database.open(str(path)) as db:
        with db._engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "no" / "such" / "dir" / "d.db", "does not exist"),
    (lambda p: p, "is a directory"),
    (lambda p: (p / "notes.db").write_text("not a database " * 100) and p / "notes.db",
     "cannot open"),
])
def test_open_bad_path_raises_store_error_with_fix(tmp_path, make, message):
    with pytest.raises(StoreError, match=message) as info:
        Database.open(str(make(tmp_path)))
    assert info.value.fix


def test_open_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (x)")
    with pytest.raises(StoreError, match="not dossier's"):
        Database.open(str(path))


def test_open_accepts_sqlite_url(tmp_path):
    with Database.open(f"sqlite:///{tmp_path / 'u.db'}") as db:
        db.add_article(article(), [mention()])
    with Database.open(str(tmp_path / "u.db")) as db:
        assert labels(db.mentions()) == ["struck"]


def test_open_unreachable_server_raises_store_error(psycopg_driver):
    with pytest.raises(StoreError, match="cannot open the database") as info:
        Database.open("postgresql://postgres@127.0.0.1:1/nowhere")
    assert "server is running" in info.value.fix
