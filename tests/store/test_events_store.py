"""Merged events in the store (schema v4), on SQLite and the real PostgreSQL server: the same
events whatever the ingest order, incremental re-grouping, aliases for ids that went away,
disputed events, copies, and the upgrade of a v3 database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import create_engine, inspect, text
from store_support import (
    RUS,
    UKR,
    article,
    mention,
    ref,
    target,  # noqa: F401 (target is a fixture)
)

from dossier.merge import Merger
from dossier.store import SCHEMA_VERSION, Database, codec, migrations
from dossier.store.database import _url

IRN, USA = ref("Iran", "IRN"), ref("United States", "USA")

# Invented reports: a strike reported by three outlets, a denied delivery, and a meeting.
STRIKE_A = (article("lorem-1", "Lorem forces struck a depot on Saturday.", outlet="Daily Lorem"),
            [mention("lorem-1", when="2024-03-02")])
STRIKE_B = (article("ipsum-1", "A depot was struck, Ipsum Wire reports.",
                    url="https://www.ipsumwire.example/a/1", published=date(2024, 3, 5)),
            [mention("ipsum-1", when="2024-03", trigger="hit"),
             mention("ipsum-1", "CONSULT", trigger="talked", start=60, actor=UKR, recipient=RUS,
                     when="2024-03-04")])
STRIKE_C = (article("dolor-1", "Officials said the depot burned all night."),
            [mention("dolor-1", when=None, trigger="burned")])
DELIVERY = (article("amet-1", "Washington says Tehran shipped missiles; Tehran denies it."),
            [mention("amet-1", "AID", trigger="shipped", actor=IRN, recipient=RUS, when=None,
                     status="claim", source=USA),
             mention("amet-1", "AID", trigger="denies", start=50, actor=IRN, recipient=RUS,
                     when=None, status="denial", source=IRN)])
ALL = [STRIKE_A, STRIKE_B, STRIKE_C, DELIVERY]


def _ingest(where: str, items) -> Database:
    db = Database.open(where, merger=Merger())
    for art, ms in items:
        db.add_article(art, ms)
    return db


def _picture(db: Database) -> list[tuple]:
    return [(e.event_id, e.type, e.date, e.corroboration) for e in db.events()]


def _members(db: Database) -> dict[str, list[str]]:
    return db.event_members()


def test_events_are_the_same_whatever_the_order_of_ingest(target, tmp_path):
    with _ingest(target, ALL) as db:
        first, members = _picture(db), _members(db)
    other = str(tmp_path / "other.db")
    with _ingest(other, list(reversed(ALL))) as db:
        assert _picture(db) == first
        assert _members(db) == members


def test_three_outlets_reporting_one_strike_are_one_event(target):
    with _ingest(target, ALL) as db:
        [strike] = db.events(type="ASSAULT")
        c = strike.corroboration
        assert (c.mentions, c.articles, c.outlets, c.asserted) == (3, 3, 2, 3)
        assert strike.date == "2024-03-02"
        assert (c.first_reported, c.last_reported) == (date(2024, 3, 4), date(2024, 3, 5))
        full = db.event(strike.event_id)
        assert [r.key for r in full.reports] == ["dolor-1#0", "lorem-1#0", "ipsum-1#0"]
        assert {r.outlet for r in full.reports} == {"Daily Lorem", "ipsumwire.example", None}
        assert full.explanations[0].reasons
        # the export carries the merged event's id
        ids = {m.doc: eid for m, eid, _ in db.mention_events(type="ASSAULT")}
        assert set(ids.values()) == {strike.event_id}


def test_a_claim_and_its_denial_make_a_contested_event(target):
    with _ingest(target, ALL) as db:
        [disputed] = db.events(contested=True)
        assert disputed.type == "AID"
        assert disputed.corroboration.denied_by == ("Iran",)
        assert db.events(actor="irn", contested=True) == [disputed]
        assert db.events(actor="UKR", contested=True) == []


def test_many_events_read_at_once_are_the_events_read_one_by_one(target):
    with _ingest(target, ALL) as db:
        ids = [e.event_id for e in db.events()]
        asked = [ids[-1], "no-such-event", *ids]
        assert db.events_with_reports(asked, chunk=2) == [db.event(i) for i in [ids[-1], *ids]]
        docs = ["amet-1", "lorem-1", "nowhere"]
        assert db.articles_by_doc(docs, chunk=1) == {d: db.article(d) for d in docs[:2]}


def test_merging_is_incremental_and_ids_stay_stable(target):
    with _ingest(target, [STRIKE_A, DELIVERY]) as db:
        before = {e.type: e.event_id for e in db.events()}
        db.add_article(*STRIKE_C)  # an undated report joins the strike
        after = {e.type: e.event_id for e in db.events()}
        assert after == before
        assert db.event(before["ASSAULT"]).corroboration.mentions == 2


def test_an_id_that_went_away_still_resolves(target):
    later = (article("sit-1", "Lorem strike confirmed for Saturday."),
             [mention("sit-1", when="2024-03-02", trigger="confirmed")])
    with _ingest(target, [STRIKE_B]) as db:
        [old] = [e.event_id for e in db.events(type="ASSAULT")]
        # a more precise report now leads the event: its id changes, the old one is an alias
        db.add_article(*later)
        [new] = [e.event_id for e in db.events(type="ASSAULT")]
        assert new != old
        assert db.resolve(old) == new
        assert db.event(old).event_id == new
        assert db.event("ev-nothing") is None


def test_a_copy_counts_as_its_original(target):
    art, ms = STRIKE_A
    copy = (replace(art, doc="lorem-copy"), [replace(m, doc="lorem-copy") for m in ms])
    with _ingest(target, [STRIKE_A, copy]) as db:
        [strike] = db.events(type="ASSAULT")
        assert (strike.corroboration.mentions, strike.corroboration.articles) == (2, 1)


def test_a_new_version_replaces_its_reports_in_the_events(target):
    art, ms = STRIKE_A
    with _ingest(target, [STRIKE_A, STRIKE_B]) as db:
        assert db.events(type="ASSAULT")[0].corroboration.mentions == 2
        db.add_article(replace(art, body="Lorem forces talked instead."),
                       [mention("lorem-1", "CONSULT", trigger="talked", actor=RUS, recipient=UKR,
                                when="2024-03-04")])
        assert db.events(type="ASSAULT")[0].corroboration.mentions == 1
        [talks] = db.events(type="CONSULT")
        assert talks.corroboration.articles == 2


# -- the upgrade from v3 -----------------------------------------------------------------------

def _build_v3(where: str, items) -> None:
    engine = create_engine(_url(where))
    with engine.begin() as conn:
        migrations.run_script(conn, migrations.V1_DDL)
        migrations.STEPS[2](conn)
        migrations.STEPS[3](conn)
        conn.execute(text("UPDATE schema_version SET version = 3"))
        for art, ms in items:
            known = {c["name"] for c in inspect(conn).get_columns("articles")}
            row = {k: v for k, v in codec.article_row(art).items() if k in known}
            article_id = conn.execute(text(
                f"INSERT INTO articles ({', '.join(row)}) VALUES "
                f"({', '.join(':' + k for k in row)}) RETURNING id"), row).scalar()
            for m in ms:
                row = codec.mention_row(m, article_id)
                conn.execute(text(f"INSERT INTO mentions ({', '.join(row)}) "
                                  f"VALUES ({', '.join(':' + k for k in row)})"), row)
    engine.dispose()


def test_a_v3_database_is_upgraded_and_its_mentions_merged(target, tmp_path):
    _build_v3(target, ALL)
    with Database.open(target) as db:  # without merging: upgraded, nothing merged yet
        assert db.events() == []
    with Database.open(target, merger=Merger()) as db:
        upgraded = _picture(db)
        assert len(db.events(type="ASSAULT")) == 1
    fresh = str(tmp_path / "fresh.db")
    with _ingest(fresh, ALL) as db:
        assert _picture(db) == upgraded
    engine = create_engine(_url(target))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalar() == SCHEMA_VERSION
        ordinals = conn.execute(text("SELECT ordinal FROM mentions ORDER BY id")).scalars().all()
    engine.dispose()
    assert ordinals == [0, 0, 1, 0, 0, 1]


def test_an_upgraded_v3_schema_matches_a_new_one(tmp_path):
    old, new = str(tmp_path / "old.db"), str(tmp_path / "new.db")
    _build_v3(old, [])
    Database.open(old).close()
    Database.open(new).close()

    def shape(where):
        engine = create_engine(_url(where))
        found = inspect(engine)
        out = {t: (sorted(c["name"] for c in found.get_columns(t)),
                   sorted(i["name"] for i in found.get_indexes(t)))
               for t in found.get_table_names()}
        engine.dispose()
        return out

    assert shape(old) == shape(new)


def test_an_undated_report_reaches_back_across_a_quarter_into_its_window(target):
    # blocks are quarters, filed by the first day a report may be about
    march = (article("q-1", "Lorem forces struck on March 28.", published=date(2024, 3, 29)),
             [mention("q-1", when="2024-03-28")])
    april = (article("q-2", "The strike is still talked about.", published=date(2024, 4, 5)),
             [mention("q-2", when=None, trigger="talked")])
    with _ingest(target, [march, april]) as db:
        [strike] = db.events(type="ASSAULT")
        assert strike.corroboration.articles == 2
