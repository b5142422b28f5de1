"""Merged events over HTTP, on a real SQLite file merged as ingest merges: the list with its
filters, sorts and keyset pages, one event with its reports and evidence (an old id
resolves), the contested view, and the briefing of a dyad."""

from __future__ import annotations

import pytest
from api_support import fill_events

from dossier.api import create_app
from dossier.settings import Settings

BULK = 23


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[str, str]:
    path = str(tmp_path_factory.mktemp("api-events") / "dossier.db")
    return path, fill_events(path, bulk=BULK)


@pytest.fixture(scope="module")
def client(store):
    from fastapi.testclient import TestClient

    with TestClient(create_app(Settings(db=store[0]))) as c:
        yield c


def _all(client, **params) -> list[dict]:
    out, token = [], None
    while True:
        body = client.get("/api/events", params={**params, **({"next": token} if token else {})})
        assert body.status_code == 200, body.text
        out += body.json()["events"]
        token = body.json()["next"]
        if token is None:
            return out


def test_events_list_carries_the_status_picture_and_a_link(client):
    body = client.get("/api/events", params={"type": "ASSAULT", "actor": "RUS"}).json()
    [strike] = body["events"]
    assert strike["mentions"] == 2 and strike["articles"] == 2 and strike["outlets"] == 2
    assert strike["date"] == "2024-03-02" and strike["picture"] == "asserted by 2 articles"
    assert strike["url"].endswith(f"/api/events/{strike['event_id']}")
    assert body["next"] is None and body["count"] == 1


@pytest.mark.parametrize("sort", ["date", "-date", "-mentions"])
def test_pages_cover_every_event_once_in_order(client, sort):
    events = _all(client, sort=sort, limit=4)
    assert len(events) == BULK + 3 and len({e["event_id"] for e in events}) == BULK + 3
    if sort == "-mentions":
        assert [e["mentions"] for e in events] == sorted((e["mentions"] for e in events),
                                                         reverse=True)
    else:
        days = [e["date"] for e in events]
        assert days == sorted(days, reverse=sort == "-date")


def test_first_page_has_a_next_link_header(client):
    r = client.get("/api/events", params={"limit": 5})
    assert r.headers["link"] == f'<{r.json()["next_url"]}>; rel="next"'


@pytest.mark.parametrize("params, expected", [
    ({"party": "Iran"}, {"AID"}),
    ({"recipient": "RUS"}, {"AID"}),
    ({"status": "denial"}, {"AID"}),
    ({"source": "USA"}, {"AID"}),
    ({"place": "Geneva"}, {"CONSULT"}),
    ({"place": "CHE"}, {"CONSULT"}),
    ({"q": "TALKED"}, {"CONSULT"}),
    ({"contested": "true"}, {"AID"}),
    ({"since": "2024-02", "until": "2024-02"}, {"AID"}),
    ({"actor": "Tur", "since": "2023-01-03", "until": "2023-01-04"}, {"ASSAULT"}),
])
def test_filters_narrow_the_events(client, params, expected):
    found = _all(client, **params)
    assert {e["type"] for e in found} == expected
    if "actor" in params:
        assert len(found) == 2


def test_filters_that_match_nothing_answer_an_empty_page(client):
    assert client.get("/api/events", params={"actor": "Nowhere"}).json()["events"] == []
    assert len(_all(client, contested="false")) == BULK + 2


def test_one_event_has_every_report_with_its_evidence(client):
    [strike] = client.get("/api/events", params={"type": "ASSAULT", "actor": "RUS"}).json()[
        "events"]
    detail = client.get(strike["url"]).json()
    assert {r["doc"] for r in detail["reports"]} == {"wire-1", "paper-1"}
    report = detail["reports"][0]
    assert report["mention"]["evidence"]["sentence"].startswith("Someone ")
    assert report["article_url"].endswith(f"/api/articles/{report['doc']}")
    assert report["explanation"]["reasons"] and detail["resolved_from"] is None


def test_an_old_event_id_resolves_to_the_event_it_became(client, store):
    old = store[1]
    detail = client.get(f"/api/events/{old}").json()
    assert detail["event_id"] != old and detail["resolved_from"] == old
    missing = client.get("/api/events/ev-nothing")
    assert missing.status_code == 404 and "ev-nothing" in missing.json()["error"]


def test_contested_view_splits_the_reports_into_both_sides(client):
    body = client.get("/api/contested").json()
    [aid] = body["events"]
    assert aid["contested"] and aid["denied_by"] == ["Iran"]
    assert aid["supporting"] == ["arms-1#0"] and aid["disputing"] == ["arms-1#1"]


@pytest.mark.parametrize("params", [{"limit": 501}, {"limit": 0}, {"sort": "size"},
                                    {"contested": "maybe"}, {"type": "BOMBING"}])
def test_bad_parameters_are_422(client, params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422 and r.json()["error"]


def test_a_cursor_of_another_sort_or_garbage_is_400(client):
    token = client.get("/api/events", params={"limit": 2}).json()["next"]
    r = client.get("/api/events", params={"limit": 2, "next": token, "sort": "-mentions"})
    assert r.status_code == 400 and "sort" in r.json()["error"]
    assert client.get("/api/events", params={"next": "%%%"}).status_code == 400


def test_briefing_of_a_dyad_cites_the_articles(client):
    body = client.get("/api/briefing", params={"actor": "Iran", "actor2": "Russia"}).json()
    assert body["keys"] == ["IRN", "RUS"] and body["title"] == "Briefing: Iran and Russia"
    titles = [s["title"] for s in body["sections"]]
    assert titles[0] == "Summary" and titles[-1] == "Contested claims"
    cited = {c["n"] for s in body["sections"] for line in s["lines"] for c in line["citations"]}
    assert cited == {r["n"] for r in body["references"]} == {1}
    assert body["references"][0]["doc"] == "arms-1"


def test_briefing_formats_and_its_absence(client):
    md = client.get("/api/briefing", params={"actor": "Iran", "format": "md"})
    assert md.headers["content-type"].startswith("text/markdown") and "## Sources" in md.text
    page = client.get("/api/briefing", params={"actor": "Iran", "format": "html"})
    assert page.text.startswith("<!DOCTYPE html>") and "<script" not in page.text
    missing = client.get("/api/briefing", params={"actor": "Atlantis"})
    assert missing.status_code == 404 and "Atlantis" in missing.json()["error"]
    assert client.get("/api/briefing").status_code == 422
