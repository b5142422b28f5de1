"""The store's paged and aggregated reads (behind the HTTP API) on every backend: keyset
pages cut in SQL, JSON fields read inside the database, counts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event
from store_support import FRA, PUTIN, RUS, UKR, article, mention, ref, target  # noqa: F401

from dossier.model import Where
from dossier.store import Database
from dossier.store.filters import MentionFilter

IVORY = ref("Côte d'Ivoire", "CIV", text="Abidjan")
PLACE = Where("Grand-Bassam", "CIV", "Grand-Bassam", lat=5.2, lon=-3.7)


@pytest.fixture
def db(target):
    with Database.open(target) as database:
        database.add_article(article("one"), [
            mention("one", trigger="d1", when="2024-02-01"),
            mention("one", trigger="d2", when="2024-02-01"),
            mention("one", trigger="d3", when="2024-03-05"),
            mention("one", "PROTEST", trigger="u1", when=None, reported=None, actor=None),
            mention("one", "PROTEST", trigger="u2", when=None, reported=None,
                    recipient=None, source=IVORY, location=PLACE, status="claim"),
        ], [RUS, UKR, IVORY, PUTIN])
        database.add_article(article("two", "Another text."), [
            mention("two", "CONSULT", trigger="d4", when="2024-02-01", actor=PUTIN,
                    recipient=FRA),
        ], [PUTIN, FRA])
        yield database


def _walk(db: Database, order: str, limit: int, where: MentionFilter = MentionFilter()):
    rows, cursor = [], None
    while True:
        page = db.mention_page(where, order=order, limit=limit, cursor=cursor)
        rows += page
        if len(page) < limit:
            return rows
        cursor = (page[-1][1], page[-1][0])


@pytest.mark.parametrize("limit", [1, 2, 3, 10])
def test_pages_walk_dated_rows_by_day_then_undated_ones(db, limit):
    asc = [row.mention.trigger.text for row in _walk(db, "asc", limit)]
    ids = {row.mention.trigger.text: row.id for row in _walk(db, "asc", 100)}
    feb = sorted(["d1", "d2", "d4"], key=ids.get)
    assert asc == feb + ["d3"] + sorted(["u1", "u2"], key=ids.get)
    desc = [row.mention.trigger.text for row in _walk(db, "desc", limit)]
    assert desc == ["d3"] + feb[::-1] + sorted(["u1", "u2"], key=ids.get)[::-1]


def test_a_page_is_cut_by_the_database(db):
    """Keyset pagination in SQL: each statement asks for a page, never the whole table."""
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(db._engine, "before_cursor_execute", seen)
    try:
        page = db.mention_page(MentionFilter(), limit=2, cursor=(date(2024, 2, 1), 0))
    finally:
        event.remove(db._engine, "before_cursor_execute", seen)
    assert len(page) == 2
    reads = [s for s in statements if "FROM mentions" in s]
    assert reads and all("LIMIT" in s for s in reads)


def test_json_fields_filter_inside_the_database(db):
    def triggers(**kw):
        return {row.mention.trigger.text for row in db.mention_page(MentionFilter(**kw), limit=50)}

    assert triggers(source="CIV") == triggers(source="d'ivoire") == {"u2"}
    assert triggers(place="civ") == triggers(place="grand-bass") == {"u2"}
    assert triggers(place="UKR") == set()
    assert triggers(q="SOMEONE D4") == {"d4"}
    assert triggers(party="putin") == {"d4"}
    assert triggers(doc="two") == {"d4"}


def test_counts(db):
    days = db.day_counts(MentionFilter())
    assert (date(2024, 2, 1), "ASSAULT", 2) in days and (None, "PROTEST", 2) in days
    dyads = {(r["actor_code"], r["recipient_code"], r["type"]): r for r in db.dyad_counts(
        MentionFilter())}
    assert dyads[("RUS", "UKR", "ASSAULT")]["n"] == 3
    assert dyads[("RUS", "FRA", "CONSULT")]["actor_name"] == "Vladimir Putin"
    assert dyads[("RUS", "FRA", "CONSULT")]["actor_kind"] == "person"
    assert dyads[(None, "UKR", "PROTEST")]["actor_name"] is None
    [place] = db.place_counts(MentionFilter())
    assert (place["country"], place["name"], float(place["lat"]), place["n"]) == \
        ("CIV", "Grand-Bassam", 5.2, 1)


def test_entities_and_their_refs(db):
    rows, total = db.actor_page(limit=2)
    assert total == 5 and len(rows) == 2
    assert rows[0][2] >= rows[1][2]
    rest, _ = db.actor_page(limit=10, offset=2)
    assert len(rest) == 3 and not {k for k, _, _ in rows} & {k for k, _, _ in rest}
    actor, count = db.entity("putin")
    assert actor.name == "Vladimir Putin" and count == 2
    assert db.entity("nobody") is None
    assert [r.text for r in db.actor_refs("one")] == ["Russia", "Ukraine", "Abidjan",
                                                       "Vladimir Putin"]
    assert db.actor_refs("none") == []
    mentions = db.article_mentions("two")
    assert [row.mention.trigger.text for row in mentions] == ["d4"]
    assert mentions[0].key == "two#0" and mentions[0].event_id
    assert db.mention_by_id(mentions[0].id) == mentions[0]
    assert db.mention_by_id(10_000) is None
