"""The store at volume (schema v5), on SQLite and the real PostgreSQL server: bulk writes
keep add_article's meaning, the rollups always equal counts over the mentions themselves,
a party's first page of events read by index walks equals the full scan, and racing bulk
writers store nothing twice."""

from __future__ import annotations

import random
import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import create_engine, text
from store_support import (
    FRA,
    PUTIN,
    RUS,
    UKR,
    article,
    mention,
    ref,
    target,  # noqa: F401 (target is a fixture)
)

from dossier.merge import Merger
from dossier.store import Database, bulk, database, migrations, rollups
from dossier.store.database import _url
from dossier.store.filters import MentionFilter
from dossier.store.schema import articles

IRN = ref("Iran", "IRN")
REBELS = ref("Northern Front", None, "group")
PARTIES = [RUS, UKR, FRA, PUTIN, IRN, REBELS, None]
TYPES = ["ASSAULT", "CONSULT", "AID", "THREATEN", "ACCUSE"]


def _random_items(seed: int, n: int) -> list:
    """Invented articles of one to four mentions over a few parties, types and dates (days,
    months, none), some with a mode, a status, or no recipient."""
    rnd = random.Random(seed)
    items = []
    for k in range(n):
        doc = f"vol-{seed}-{k}"
        day = date(2024, 1, 1) + timedelta(days=rnd.randint(0, 120))
        ms = []
        for i in range(rnd.randint(1, 4)):
            actor = rnd.choice(PARTIES[:-1])
            recipient = rnd.choice([p for p in PARTIES if p is not actor])
            when = rnd.choice([day.isoformat(), day.isoformat()[:7], None])
            ms.append(mention(doc, rnd.choice(TYPES), trigger=f"t{i}", start=20 * i + 10,
                              actor=actor, recipient=recipient, when=when, reported=day,
                              status=rnd.choice(["fact", "fact", "claim", "denial"]),
                              mode=rnd.choice([None, "military"])))
        items.append((article(doc, f"Body of {doc}.", published=day), ms, [RUS]))
    return items


def test_a_batch_means_what_add_article_means(target):
    with Database.open(target) as db:
        same = "Lorem officials met on Monday."
        got = db.add_articles([
            (article("a", same), [mention("a")], [RUS]),
            (article("b", same), [mention("b")], []),          # the same text: a copy of a
            (article("a", same), [mention("a")], [RUS]),        # the same id and text again
            (article("c", "Ipsum body."), [mention("c")], []),
            (article("c", "Ipsum body, corrected."), [mention("c"), mention("c", start=40)], []),
        ])
        assert got == ["new", "copy", "unchanged", "new", "version"]
        assert db.copy_of("b") == "a"
        assert db.counts() == {"articles": 3, "mentions": 4, "actor_refs": 1}
        assert [v.text for v in db.versions("c")] == ["Ipsum body.", "Ipsum body, corrected."]
        assert db.add_articles([]) == []


def _slow(monkeypatch, db: Database, method: str, where: MentionFilter):
    """The same count read from the mentions themselves (the rollups switched off)."""
    with monkeypatch.context() as m:
        m.setattr(rollups, "timeline_serves", lambda f: False)
        m.setattr(rollups, "dyads_serve", lambda f: False)
        return getattr(db, method)(where)


FILTERS = [MentionFilter(), MentionFilter(type="assault"), MentionFilter(status="claim"),
           MentionFilter(since=date(2024, 2, 10), until=date(2024, 3, 20)),
           MentionFilter(actor="rus"), MentionFilter(party="UKR"),
           MentionFilter(actor="front", recipient="FRA", type="CONSULT")]


def test_rollups_equal_counts_over_the_mentions(target, monkeypatch):
    items = _random_items(1, 60)
    with Database.open(target, merger=Merger()) as db:
        for start in range(0, len(items), 16):
            db.add_articles(items[start:start + 16])
        # new texts replace some articles' mentions: the rollups lose theirs
        redo = [(article(a.doc, a.text + " Updated.", published=a.published), ms[:1], refs)
                for a, ms, refs in items[::7]]
        assert set(db.add_articles(redo)) == {"version"}
        for where in FILTERS:
            if rollups.timeline_serves(where):
                assert sorted(db.day_counts(where), key=str) == \
                    sorted(_slow(monkeypatch, db, "day_counts", where), key=str), where
            if rollups.dyads_serve(where):
                key = lambda r: sorted((k, str(v)) for k, v in r.items())  # noqa: E731
                assert sorted(db.dyad_counts(where), key=key) == \
                    sorted(_slow(monkeypatch, db, "dyad_counts", where), key=key), where
        total = sum(n for _, _, n in db.day_counts(MentionFilter()))
        assert total == db.counts()["mentions"]
        assert sum(r["n"] for r in db.entity_dyad_counts()) == db.counts()["mentions"]


def test_a_party_page_equals_the_full_scan(target, monkeypatch):
    with Database.open(target, merger=Merger()) as db:
        db.add_articles(_random_items(2, 80))
        asks = [dict(actor="RUS"), dict(actor="ukraine"), dict(actor="putin", type="consult"),
                dict(actor="front", recipient="fra"), dict(actor="IRN", since="2024-02"),
                dict(actor="nobody at all")]
        for ask in asks:
            for limit, offset in ((5, 0), (7, 14), (50, 0)):
                fast = db.events(**ask, limit=limit, offset=offset)
                with monkeypatch.context() as m:
                    m.setattr(database, "_PARTY_PAGE_MAX", 0)
                    full = db.events(**ask, limit=limit, offset=offset)
                assert [e.event_id for e in fast] == [e.event_id for e in full], (ask, offset)
        assert db.events(actor="RUS", limit=5)  # not vacuous


def _write_batches(where: str, items: list, outcomes: list, errors: list) -> None:
    try:
        with Database.open(where, merger=Merger()) as db:
            for start in range(0, len(items), 8):
                outcomes += db.add_articles(items[start:start + 8])
    except Exception as exc:  # noqa: BLE001 - the test reports it
        errors.append(exc)


def test_racing_bulk_writers_store_each_article_once(target):
    items = _random_items(3, 48)
    with Database.open(target):
        pass
    outcomes: list[str] = []
    errors: list[Exception] = []
    writers = [threading.Thread(target=_write_batches, args=(target, order, outcomes, errors))
               for order in (items, items[::-1])]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    assert not errors, errors
    assert sorted(outcomes) == ["new"] * len(items) + ["unchanged"] * len(items)
    with Database.open(target) as db:
        mentions = sum(len(ms) for _, ms, _ in items)
        assert db.counts() == {"articles": len(items), "mentions": mentions,
                               "actor_refs": len(items)}
        assert sum(n for _, _, n in db.day_counts(MentionFilter())) == mentions


def test_an_id_stored_meanwhile_is_not_stored_again(target):
    """What a writer that lost the race sees: the insert of a stored id does nothing."""
    with Database.open(target) as db:
        db.add_article(article("raced"), [mention("raced")])
    engine = create_engine(_url(target))
    with engine.begin() as conn:
        row = {"doc": "raced", "content_hash": "x" * 64, "body": "Another body.", "version": 1}
        assert conn.execute(bulk.insert_new(conn, articles, row, "doc")
                            .returning(articles.c.id)).scalar() is None
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 1
    engine.dispose()


def test_a_mention_key_is_unique(target):
    with Database.open(target) as db:
        db.add_article(article("once"), [mention("once")])
    engine = create_engine(_url(target))
    with pytest.raises(Exception, match="(?i)unique"), engine.begin() as conn:
        conn.execute(text("INSERT INTO mentions (article_id, type, status, confidence, "
                          "trigger_text, trigger_start, trigger_end, evidence_text, "
                          "evidence_start, evidence_end, others_json, explain_json, ordinal) "
                          "SELECT article_id, type, status, confidence, trigger_text, "
                          "trigger_start, trigger_end, evidence_text, evidence_start, "
                          "evidence_end, others_json, explain_json, ordinal FROM mentions"))
    engine.dispose()


def test_upgrade_to_v5_counts_the_stored_mentions(target):
    """A v1 database with mentions, upgraded: the rollups hold what the mentions count."""
    engine = create_engine(_url(target))
    with engine.begin() as conn:
        migrations.run_script(conn, migrations.V1_DDL)
        conn.execute(text("INSERT INTO articles (doc, content_hash, body) "
                          "VALUES ('old', 'h', 'Old body.')"))
        for n, (when, type_) in enumerate([("2024-03-02", "ASSAULT"), ("2024-03-09", "ASSAULT"),
                                           ("2024-04-01", "AID"), (None, "AID")]):
            conn.execute(text(
                "INSERT INTO mentions (article_id, type, status, confidence, trigger_text, "
                "trigger_start, trigger_end, evidence_text, evidence_start, evidence_end, "
                "actor_code, actor_name, day_from, day_to, actor_json, others_json, "
                "explain_json) VALUES (1, :t, 'fact', 1.0, 'x', :n, :n, 'x.', 0, 2, 'RUS', "
                "'russia', :d, :d, :a, '[]', '[]')"),
                {"t": type_, "n": n, "d": date.fromisoformat(when) if when else None,
                 "a": '{"actor": {"name": "Russia", "kind": "country", "country": "RUS"}, '
                      '"text": "Russia", "start": 0, "end": 6, "basis": "name"}'})
    engine.dispose()
    with Database.open(target) as db:
        counts = db.day_counts(MentionFilter())
        assert sorted(counts, key=str) == sorted([
            (date(2024, 3, 2), "ASSAULT", 1), (date(2024, 3, 9), "ASSAULT", 1),
            (date(2024, 4, 1), "AID", 1), (None, "AID", 1)], key=str)
        dyads = db.dyad_counts(MentionFilter())
        assert {(r["actor_code"], r["actor_name"], r["type"], r["n"]) for r in dyads} == \
            {("RUS", "Russia", "ASSAULT", 2), ("RUS", "Russia", "AID", 2)}
