"""The API's query paths on every backend (SQLite always, PostgreSQL when reachable): the
keyset pages, the filters and the counts are SQL, and must agree on both."""

from __future__ import annotations

import pytest
from api_support import BULK, fill
from store_support import target  # noqa: F401 (target is a fixture)

from dossier.api import create_app
from dossier.settings import Settings

TOTAL = BULK + 3


@pytest.fixture
def client(target):
    from fastapi.testclient import TestClient

    fill(target)
    with TestClient(create_app(Settings(db=target))) as c:
        yield c


def walk(client, **params) -> list[dict]:
    """Every page of /api/mentions, following the next links."""
    rows, url = [], "/api/mentions"
    page = client.get(url, params=params).json()
    while True:
        rows += page["mentions"]
        if not page["next_url"]:
            return rows
        page = client.get(page["next_url"]).json()


@pytest.mark.parametrize("sort", ["date", "-date"])
@pytest.mark.parametrize("limit", [1, 7, 50])
def test_walking_the_pages_gives_every_row_once_in_order(client, sort, limit):
    rows = walk(client, sort=sort, limit=limit)
    ids = [r["id"] for r in rows]
    assert len(ids) == TOTAL and len(set(ids)) == TOTAL
    dated = [r for r in rows if r["reported"] or r["date"]]
    undated = rows[len(dated):]
    assert all(not (r["reported"] or r["date"]) for r in undated)  # undated last
    assert len(undated) == len(range(0, BULK, 10))
    if limit == 50:
        everything = client.get("/api/mentions", params={"sort": sort, "limit": 500}).json()
        assert [r["id"] for r in everything["mentions"]] == ids


def test_filtered_walk_gives_exactly_the_filtered_rows(client):
    rows = walk(client, type="ASSAULT", limit=4)
    assert rows and all(r["type"] == "ASSAULT" for r in rows)
    assert len(rows) == len({r["id"] for r in rows}) == len(range(0, BULK, 3)) + 1


@pytest.mark.parametrize("params, expected", [
    # a state's code takes in its officials (Putin is RUS), as event codes do
    ({"actor": "RUS"}, {"struck", "sent", "met"} | {f"word{i}" for i in range(0, BULK, 3)}),
    ({"actor": "putin"}, {"met"}),
    ({"recipient": "fra", "type": "CONSULT"}, {"met"}),
    ({"party": "FRA", "since": "2024-04", "status": "future"}, {"met"}),
    ({"source": "TUR"}, {"sent"}),
    ({"source": "turk"}, {"sent"}),
    ({"place": "UKR"}, {"struck"}),
    ({"place": "kyi"}, {"struck"}),
    ({"q": "SOMEONE SENT"}, {"sent"}),
    ({"q": "100%"}, set()),
    ({"type": "aid", "status": "claim"}, {"sent"}),
    ({"since": "2024-05-01", "until": "2024-05"}, {"sent"}),
    ({"since": "2024-04-15", "until": "2024-04-20"}, {"met"}),  # April overlaps the range
    ({"since": "2024-05-02"}, set()),
])
def test_filters(client, params, expected):
    rows = walk(client, limit=500, **params)
    assert {r["trigger"]["text"] for r in rows} == expected


def test_counts_agree_with_the_rows(client):
    months = client.get("/api/timeline", params={"actor": "RUS"}).json()["buckets"]
    rows = walk(client, actor="RUS", limit=500)
    assert sum(b["total"] for b in months) == len(rows)
    edges = client.get("/api/network", params={"actor": "RUS"}).json()["edges"]
    assert sum(e["count"] for e in edges) == len(rows)
    places = client.get("/api/places").json()["places"]
    assert [(p["code"], p["count"]) for p in places] == [("UKR", 1)]
    assert places[0]["places"][0]["lat"] == 50.45

