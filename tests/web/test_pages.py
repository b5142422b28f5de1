"""The pages as a browser gets them, over a real merged SQLite file (TestClient): the
explorer's list follows the filters in the URL and pages on; an event shows its reports with
the trigger and sides marked in the article's text; the contested view, the briefing, an
article; bad filters are a message, not an error page; every asset is served from here."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from api_support import fill_events

from dossier.api import create_app
from dossier.errors import DossierError
from dossier.settings import Settings
from dossier.web import assets


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    path = str(tmp_path_factory.mktemp("web") / "dossier.db")
    fill_events(path, bulk=60)
    with TestClient(create_app(Settings(db=path))) as c:
        yield c


def _events(html: str) -> list[str]:
    return re.findall(r'data-event="([^"]+)"', html)


def test_explorer_lists_events_and_pages_on(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    first = _events(page.text)
    assert len(first) == 50
    nxt = re.search(r'rel="next" href="/\?([^"]+)"', page.text).group(1).replace("&amp;", "&")
    second = _events(client.get(f"/?{nxt}").text)
    assert len(second) == 13 and not set(first) & set(second)


def test_filters_live_in_the_url_and_fill_the_form(client):
    page = client.get("/", params={"party": "Iran", "contested": "true"}).text
    assert len(_events(page)) == 1 and "CONTESTED" in page.upper()
    assert 'id="f-party" name="party" value="Iran"' in page
    assert re.search(r'id="f-contested"[^>]*checked', page)


def test_a_bad_filter_is_a_message_on_the_page(client):
    page = client.get("/", params={"since": "yesterday", "type": "BOMBING"})
    assert page.status_code == 200
    assert "cannot read since=" in page.text and "unknown event type" in page.text


def test_an_event_page_marks_trigger_and_sides_in_the_text(client):
    [event] = _events(client.get("/", params={"type": "CONSULT"}).text)
    page = client.get(f"/events/{event}").text
    marked = dict((text, kinds) for kinds, text in
                  re.findall(r'<span class="([^"]+)"[^>]*>([^<]+)</span>', page))
    assert marked["talked"].split() == ["m-evidence", "m-trigger"]
    assert marked["French"].split() == ["m-evidence", "m-actor"]
    assert marked["Ukrainian"].split() == ["m-evidence", "m-recipient"]
    assert marked["Geneva"].split() == ["m-evidence", "m-place"]
    part = client.get(f"/events/{event}", params={"part": "reports"}).text
    assert "<html" not in part and 'class="report' in part  # the explorer's in-place panel


def test_event_rows_name_the_country_not_its_code(client):
    page = client.get("/", params={"type": "CONSULT"}).text
    assert "in Switzerland" in page and "in CHE" not in page


def test_the_views_say_once_what_an_event_and_a_report_are(client):
    for path in ("/", "/contested"):
        terms = re.search(r'<p class="terms" id="terms">(.*?)</p>', client.get(path).text).group(1)
        assert "<b>Event</b>" in terms and "<b>Report</b>" in terms
    # the contested view keys its highlights as the explorer's event panel does
    key = re.search(r'id="marks-key">(.*?)</p>', client.get("/contested").text).group(1)
    for kind in ("evidence", "trigger", "actor", "recipient", "time", "place", "cue"):
        assert f'class="m-{kind}"' in key


def test_a_place_namer_names_states_and_keeps_other_places():
    from dossier.kb.names import place_namer

    name = place_namer()
    assert name("UKR") == "Ukraine" and name("IRN") == "Iran"
    assert name("Black Sea") == "Black Sea" and name(None) is None


def test_an_old_event_id_says_what_it_became(client, tmp_path):
    from fastapi.testclient import TestClient

    path = str(tmp_path / "d.db")
    old = fill_events(path)
    with TestClient(create_app(Settings(db=path))) as c:
        page = c.get(f"/events/{old}").text
    assert f"{old} was merged into" in page


def test_contested_view_puts_the_sides_apart(client):
    page = client.get("/contested").text
    sides = page.split("Against (denial, negation)")
    assert len(sides) == 2 and "carried" in sides[0] and "rejects" in sides[1]
    # the view holds only contested events: no "Contested only" box; no internal report ids
    assert 'id="f-contested"' not in page and 'id="f-contested"' in client.get("/").text
    assert "arms-1#" not in page.replace('id="ev-arms-1-', "")


def _said(sentence: str, trigger: str, status: str, why: str):
    from dossier.model import Span
    from store_support import mention

    at = sentence.index(trigger)
    return replace(mention("x", "AID", trigger=trigger, start=100 + at, status=status),
                   evidence=Span(sentence, 100, 100 + len(sentence)),
                   explain=("trigger: verb", f"status: {status} ({why})"))


def test_a_denial_marks_its_own_word_nearest_the_act():
    from dossier.web.pages import status_cue

    sentence = "The envoy denied the claims and denied shipping rockets to the rebels."
    cue = status_cue(_said(sentence, "shipping", "denial", "denied by 'denied'"))
    assert cue is not None and cue.kind == "cue"
    second = sentence.rindex("denied")  # the "denied" next to the act, not the first one
    assert (cue.start - 100, cue.end - 100) == (second, second + len("denied"))
    negated = status_cue(_said("The army did not shell the town.", "shell", "negated",
                               "negation 'not'"))
    assert negated is not None and negated.start - 100 == "The army did not".index("not")
    # must not: a claim has no denying word; a word the sentence lacks is no mark
    assert status_cue(_said(sentence, "shipping", "claim", "reported by 'said'")) is None
    assert status_cue(_said(sentence, "shipping", "denial", "denied by 'rejected'")) is None


def test_briefing_page_cites_its_sources(client):
    page = client.get("/briefing", params={"actor": "Iran", "actor2": "Russia"}).text
    assert 'href="#ref1">[1]</a>' in page and 'id="ref1"' in page
    assert 'href="/articles/arms-1"' in page
    missing = client.get("/briefing", params={"actor": "Atlantis"})
    assert missing.status_code == 404 and "no stored events of Atlantis" in missing.text
    assert client.get("/briefing").status_code == 200  # the empty form


def test_a_busy_briefing_is_written_from_its_latest_events(client, monkeypatch):
    from dossier.web import pages

    monkeypatch.setattr(pages, "BRIEFING_EVENTS", 5)
    page = client.get("/briefing", params={"actor": "TUR"}).text
    assert re.search(r"Written from the 5 latest of 6\d events", page)
    assert "2023-03-01" in page  # the last of the daily strikes is in
    assert "2023-01-01" not in page  # the first is not
    assert len(re.findall(r'<li id="ref\d+"', page)) == 5
    # a dyad with fewer events than the cap: all of them, no note
    assert "latest of" not in client.get("/briefing", params={"actor": "Iran"}).text


def test_article_page_and_the_missing(client):
    assert "m-trigger" in client.get("/articles/arms-1").text
    assert client.get("/articles/nothing").status_code == 404
    assert client.get("/events/ev-nothing").status_code == 404


def test_pages_load_nothing_from_elsewhere(client):
    page = client.get("/")
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    for url in re.findall(r'(?:src|href)="([^"#?]+)"', page.text):
        assert url.startswith("/"), url
    assert client.get("/static/explore.js").status_code == 200


def test_the_npm_libraries_are_served_when_installed(client):
    if assets.missing():
        pytest.skip("`make assets` has not run")
    for name in assets.FILES:
        assert client.get(f"/static/vendor/{name}").status_code == 200


def test_missing_libraries_name_the_fix(tmp_path):
    assert assets.missing(tmp_path) == list(assets.FILES)
    with pytest.raises(DossierError, match="not installed") as err:
        assets.require(tmp_path)
    assert "make assets" in err.value.fix
