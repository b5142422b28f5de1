"""The HTTP API through FastAPI's TestClient over a real SQLite file filled through the store
API: the shapes, the errors, the headers, the documentation page and the token."""

from __future__ import annotations

import pytest
from api_support import BULK, fill

from dossier.api import create_app
from dossier.model import EVENT_TYPES
from dossier.settings import Settings

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("api") / "dossier.db")
    fill(path)
    return path


@pytest.fixture(scope="module")
def client(store):
    from fastapi.testclient import TestClient

    with TestClient(create_app(Settings(db=store))) as c:
        yield c


@pytest.fixture(scope="module")
def writer(store):
    from fastapi.testclient import TestClient

    with TestClient(create_app(Settings(db=store), token=TOKEN)) as c:
        yield c


def test_mentions_page_has_records_links_and_a_next_page(client):
    r = client.get("/api/mentions")
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 50 and len(body["mentions"]) == 50
    assert body["next"] and body["next_url"].startswith("http://testserver/api/mentions?")
    assert r.headers["link"] == f'<{body["next_url"]}>; rel="next"'
    first = body["mentions"][0]
    assert {"id", "url", "article_url", "doc", "event_id", "type", "trigger", "evidence",
            "status", "actor", "recipient"} <= first.keys()
    assert client.get(first["url"]).json() == first


def test_one_mention_and_its_absence(client):
    found = client.get("/api/mentions", params={"q": "shells"}).json()["mentions"]
    assert found == []  # the evidence sentences are the builder's, not the article's
    first = client.get("/api/mentions", params={"type": "AID"}).json()["mentions"][0]
    one = client.get(f"/api/mentions/{first['id']}").json()
    assert one["mode"] == "military" and one["source"]["name"] == "Turkey"
    missing = client.get("/api/mentions/999999")
    assert missing.status_code == 404 and "999999" in missing.json()["error"]
    assert client.get("/api/mentions/abc").status_code == 422


def test_unknown_type_is_422_listing_the_types(client):
    r = client.get("/api/mentions", params={"type": "BOMBING"})
    assert r.status_code == 422
    assert r.json()["detail"]["types"] == list(EVENT_TYPES)
    assert "BOMBING" in r.json()["error"]


@pytest.mark.parametrize("limit", [0, -1, 501, 10_000])
def test_page_size_outside_1_to_500_is_422(client, limit):
    r = client.get("/api/mentions", params={"limit": limit})
    assert r.status_code == 422
    assert r.json()["error"].startswith("invalid request: limit")
    assert client.get("/api/actors", params={"limit": limit}).status_code == 422


def test_page_size_of_500_is_allowed(client):
    body = client.get("/api/mentions", params={"limit": 500}).json()
    assert body["count"] == BULK + 3 and body["next"] is None and body["next_url"] is None


@pytest.mark.parametrize("params", [{"since": "March"}, {"until": "2024-13-01"},
                                    {"status": "rumour"}, {"sort": "type"}, {"next": "garbage"},
                                    {"interval": "year"}])
def test_bad_parameters_are_json_errors(client, params):
    path = "/api/timeline" if "interval" in params else "/api/mentions"
    r = client.get(path, params=params)
    assert r.status_code in (400, 422)
    assert r.headers["content-type"] == "application/json"
    assert set(r.json()) == {"error", "detail"} and r.json()["error"]


def test_a_cursor_of_one_sort_order_is_refused_by_the_other(client):
    cursor = client.get("/api/mentions", params={"sort": "-date"}).json()["next"]
    r = client.get("/api/mentions", params={"next": cursor})
    assert r.status_code == 400 and "sort" in r.json()["error"]


def test_unknown_path_and_method_are_json(client):
    r = client.get("/api/nowhere")
    assert r.status_code == 404 and r.json()["error"]
    assert client.delete("/api/mentions").status_code == 405


def test_article_has_text_and_every_span_as_offsets(client):
    r = client.get("/api/articles/alpha")
    assert r.status_code == 200
    body = r.json()
    assert body["text"].startswith("Strike on a depot\n\n")
    kinds = {s["kind"] for s in body["spans"]}
    assert {"actor", "trigger", "evidence", "place"} <= kinds
    for span in body["spans"]:
        if span["kind"] in ("actor", "place") or span["kind"] == "trigger":
            assert span["text"]
    for span in body["spans"]:
        if span["kind"] in ("actor", "place", "trigger") and span["text"] not in ("met", "Vladimir Putin", "France"):
            assert body["text"][span["start"]:span["end"]] == span["text"], span
    triggers = [s for s in body["spans"] if s["kind"] == "trigger"]
    assert {t["mention_id"] for t in triggers} == {m["id"] for m in body["mentions"]}
    assert client.get("/api/articles/nope").status_code == 404


def test_actors_with_counts_and_query(client):
    body = client.get("/api/actors").json()
    counts = [a["count"] for a in body["actors"]]
    assert counts == sorted(counts, reverse=True) and body["total"] == len(body["actors"])
    found = client.get("/api/actors", params={"q": "putin"}).json()["actors"]
    assert [a["name"] for a in found] == ["Vladimir Putin"]
    page = client.get("/api/actors", params={"limit": 1}).json()
    assert len(page["actors"]) == 1 and "offset=1" in page["next_url"]


def test_one_actor_has_knowledge_and_mentions(client):
    listed = client.get("/api/actors", params={"q": "russia"}).json()["actors"]
    assert listed[0]["key"] == "country|RUS|Russia"  # no knowledge-base id: kind|code|name
    russia = client.get(listed[0]["url"]).json()
    assert russia["actor"]["name"] == "Russia"
    assert any(o["title"] == "President" for o in russia["knowledge"]["offices"])
    assert "/" not in russia["knowledge"]["origin"]  # no server paths
    mentions = russia["mentions"]["mentions"]
    assert mentions and all("RUS" in (m["actor"]["country"], m["recipient"]["country"])
                            for m in mentions)
    assert russia["mentions"]["next_url"] and "party=RUS" in russia["mentions"]["next_url"]
    putin = client.get("/api/actors/putin").json()
    assert [m["trigger"]["text"] for m in putin["mentions"]["mentions"]] == ["met"]
    assert client.get("/api/actors/nobody").status_code == 404


def test_timeline_buckets(client):
    month = client.get("/api/timeline", params={"interval": "month"}).json()
    labels = [b["bucket"] for b in month["buckets"]]
    assert labels[-1] == "undated" and labels[0] == "2024-01"
    assert sum(b["total"] for b in month["buckets"]) == BULK + 3
    week = client.get("/api/timeline", params={"interval": "week", "type": "AID"}).json()
    assert week["buckets"] == [{"bucket": "2024-W18", "start": "2024-04-29", "total": 1,
                                "types": {"AID": 1}}]
    day = client.get("/api/timeline", params={"interval": "day", "until": "2024-01-01"}).json()
    assert day["buckets"][0]["bucket"] == "2024-01-01"


def test_network_nodes_and_weighted_edges(client):
    body = client.get("/api/network").json()
    nodes = {n["id"]: n for n in body["nodes"]}
    assert nodes["RUS"]["label"] == "Russia" and nodes["RUS"]["kind"] == "country"
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    assault = edges[("RUS", "UKR")]
    assert assault["types"]["ASSAULT"] >= 1 and assault["types"]["AID"] == 1
    assert sum(assault["types"].values()) == assault["count"]
    conflict = client.get("/api/network", params={"type": "ASSAULT"}).json()["edges"]
    assert all(e["weight"] < 0 for e in conflict)
    support = client.get("/api/network", params={"type": "SUPPORT"}).json()["edges"]
    assert support and all(e["weight"] > 0 for e in support)
    assert assault["directed"]  # an arrow: who acts on whom
    meetings = client.get("/api/network", params={"type": "CONSULT"}).json()["edges"]
    assert meetings and not any(e["directed"] for e in meetings)  # a meeting has no direction


def test_network_sends_only_the_busiest_nodes_and_edges_when_asked(client):
    full = client.get("/api/network").json()
    assert full["total_nodes"] == len(full["nodes"]) and full["total_edges"] == len(full["edges"])
    counts = [n["count"] for n in full["nodes"]]
    assert counts == sorted(counts, reverse=True)
    top = client.get("/api/network", params={"nodes": 2}).json()
    assert top["nodes"] == full["nodes"][:2]
    kept = {n["id"] for n in top["nodes"]}
    assert top["edges"] == [e for e in full["edges"] if {e["source"], e["target"]} <= kept]
    assert (top["total_nodes"], top["total_edges"]) == (len(full["nodes"]), len(full["edges"]))
    one = client.get("/api/network", params={"edges": 1}).json()
    assert one["edges"] == full["edges"][:1] and one["nodes"] == full["nodes"]
    # linked: whether a node has a line to another actor in the whole network
    ends = {x for e in full["edges"] for x in (e["source"], e["target"])}
    assert all(n["linked"] == (n["id"] in ends) for n in full["nodes"])
    for bad in ({"nodes": 0}, {"edges": -1}, {"nodes": "many"}):
        assert client.get("/api/network", params=bad).status_code == 422


def test_places_by_code(client):
    body = client.get("/api/places").json()
    assert body["places"] == [{"code": "UKR", "iso_numeric": "804", "count": 1, "places": [
        {"name": "Kyiv", "lat": 50.45, "lon": 30.52, "count": 1}]}]
    assert client.get("/api/places", params={"type": "AID"}).json()["places"] == []


def test_safe_headers_and_no_cors(client):
    r = client.get("/api/mentions", headers={"Origin": "https://elsewhere.example"})
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["content-security-policy"].startswith("default-src 'self'")
    assert "access-control-allow-origin" not in r.headers
    pre = client.options("/api/mentions", headers={"Origin": "https://elsewhere.example",
                                                   "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in pre.headers


def test_openapi_schema_and_offline_docs(client):
    schema = client.get("/api/openapi.json").json()
    for path in ("/api/mentions", "/api/mentions/{mention_id}", "/api/articles/{doc}",
                 "/api/articles", "/api/actors", "/api/actors/{key}", "/api/timeline",
                 "/api/network", "/api/places"):
        assert path in schema["paths"]
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/api/mentions" in docs.text
    assert "http" not in docs.text.replace("/api/openapi.json", "")  # nothing from elsewhere
    assert "<script" not in docs.text
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
    assert client.get("/api").json()["openapi"] == "/api/openapi.json"


def test_read_only_server_refuses_posts(client):
    r = client.post("/api/articles", content='{"id": "x", "text": "Hello."}\n',
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "read-only" in r.json()["error"]


def test_post_without_token_is_401(writer):
    r = writer.post("/api/articles", content='{"id": "x", "text": "Hello."}\n')
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert writer.post("/api/articles", content="{}",
                       headers={"Authorization": "Basic abc"}).status_code == 401


@pytest.mark.parametrize("header", [f"Bearer {TOKEN}x", "Bearer wrong", f"Bearer {TOKEN[:-1]}"])
def test_post_with_a_wrong_token_is_403(writer, header):
    r = writer.post("/api/articles", content='{"id": "x", "text": "Hello."}\n',
                    headers={"Authorization": header})
    assert r.status_code == 403 and r.json()["error"] == "wrong token"


def test_post_with_an_empty_body_is_422(writer):
    r = writer.post("/api/articles", content=b"",
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 422


def test_a_store_that_does_not_exist_is_an_error_when_read_only(tmp_path):
    from dossier.errors import StoreError

    with pytest.raises(StoreError):
        create_app(Settings(db=str(tmp_path / "missing.db")))
    assert not (tmp_path / "missing.db").exists()


def test_readers_are_not_blocked_by_a_writer(tmp_path):
    """An ingest holds a write transaction for each article; in WAL mode reads go on."""
    import sqlite3
    import time

    from fastapi.testclient import TestClient

    path = str(tmp_path / "busy.db")
    fill(path)
    with TestClient(create_app(Settings(db=path))) as reader:
        writer = sqlite3.connect(path, isolation_level=None)
        try:
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("DELETE FROM mentions")  # not committed while the reader reads
            started = time.monotonic()
            body = reader.get("/api/mentions", params={"limit": 500}).json()
            assert time.monotonic() - started < 5  # the busy timeout is 10 s
            assert body["count"] == BULK + 3  # the last committed state
        finally:
            writer.execute("ROLLBACK")
            writer.close()


def test_the_schema_describes_errors_as_json(client):
    schema = client.get("/api/openapi.json").json()
    answers = schema["paths"]["/api/mentions"]["get"]["responses"]
    assert answers["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorOut")


def test_a_loopback_server_answers_only_to_its_own_names(store):
    from fastapi.testclient import TestClient

    app = create_app(Settings(db=store), allowed_hosts=("127.0.0.1", "localhost", "[::1]"))
    with TestClient(app, base_url="http://127.0.0.1:8000") as local:
        assert local.get("/api/mentions").status_code == 200
        assert local.get("/api/mentions", headers={"Host": "localhost:8000"}).status_code == 200
        assert local.get("/api/mentions", headers={"Host": "[::1]:8000"}).status_code == 200
        rebound = local.get("/api/mentions", headers={"Host": "attacker.example:8000"})
        assert rebound.status_code == 400 and "attacker.example" in rebound.json()["error"]


def test_a_body_over_the_limit_is_413(store, monkeypatch):
    from fastapi.testclient import TestClient

    from dossier.api import articles

    monkeypatch.setattr(articles, "MAX_UPLOAD", 100)
    with TestClient(create_app(Settings(db=store), token=TOKEN)) as c:
        r = c.post("/api/articles", content=b'{"text": "' + b"x" * 200 + b'"}\n',
                   headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 413 and r.json()["error"]


def test_an_unexpected_failure_is_a_json_500(store, monkeypatch):
    from fastapi.testclient import TestClient

    from dossier.store import Database

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(Database, "mention_page", broken)
    with TestClient(create_app(Settings(db=store)), raise_server_exceptions=False) as c:
        r = c.get("/api/mentions")
    assert r.status_code == 500 and r.json()["error"] == "unexpected RuntimeError"
    assert "boom" not in r.text  # no internals to the client


def test_an_unreachable_store_is_a_json_503(store, monkeypatch):
    from fastapi.testclient import TestClient

    from dossier.errors import StoreError
    from dossier.store import Database

    def down(*args, **kwargs):
        raise StoreError("could not read the store", fix="check the server")

    monkeypatch.setattr(Database, "actor_page", down)
    with TestClient(create_app(Settings(db=store))) as c:
        r = c.get("/api/actors")
    assert r.status_code == 503 and r.json() == {"error": "could not read the store",
                                                 "detail": "check the server"}


def test_links_encode_ids_with_spaces_slashes_and_marks(tmp_path):
    from fastapi.testclient import TestClient
    from store_support import article, mention, ref

    from dossier.store import Database

    path, doc = str(tmp_path / "odd.db"), "wire 7/a?b#c"
    odd = ref("Ana María #1 / x?y", "ESP", "person")
    with Database.open(path) as db:
        db.add_article(article(doc), [mention(doc, actor=odd)], [odd])
    with TestClient(create_app(Settings(db=path))) as c:
        listed = c.get("/api/actors", params={"q": "ana"}).json()["actors"][0]
        actor = c.get(listed["url"])
        assert actor.status_code == 200 and actor.json()["actor"]["name"] == odd.actor.name
        assert actor.json()["mentions"]["count"] == 1
        m = c.get("/api/mentions").json()["mentions"][0]
        assert c.get(m["article_url"]).json()["doc"] == doc
