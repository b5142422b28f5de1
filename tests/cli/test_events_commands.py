"""`dossier events`, `dossier event ID`, `dossier contested`, `dossier export events` and the
merged `event_id` of `dossier export mentions`, on a store built from invented reports."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from click.testing import CliRunner
from store_support import RUS, UKR, article, mention, ref

from dossier.cli import cli
from dossier.merge import Merger
from dossier.store import Database

IRN, USA = ref("Iran", "IRN"), ref("United States", "USA")


@pytest.fixture
def db(tmp_path) -> str:
    where = str(tmp_path / "events.db")
    with Database.open(where, merger=Merger()) as store:
        store.add_article(article("lorem-1", "Lorem forces struck a depot.", outlet="Daily Lorem"),
                          [mention("lorem-1", when="2024-03-02")])
        store.add_article(article("ipsum-1", "The depot was hit.", published=date(2024, 3, 5),
                                  url="https://ipsum.example/x"),
                          [mention("ipsum-1", when="2024-03", trigger="hit")])
        store.add_article(article("amet-1", "Washington says Tehran shipped drones; Tehran denies."),
                          [mention("amet-1", "AID", trigger="shipped", actor=IRN, recipient=RUS,
                                   when=None, status="claim", source=USA),
                           mention("amet-1", "AID", trigger="denies", start=50, actor=IRN,
                                   recipient=RUS, when=None, status="denial", source=IRN)])
    return where


def run(args: list[str]) -> str:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_events_lists_one_line_per_event_with_counts_and_status(db):
    out = run(["--db", db, "events"]).splitlines()
    assert out[0].split()[:3] == ["date", "type", "actor"]
    assault = next(line for line in out if "ASSAULT" in line)
    assert "2m 2a 2o" in assault and "asserted by 2 articles" in assault
    aid = next(line for line in out if " AID " in line)
    assert "CONTESTED" in aid and "denied by Iran" in aid and "claimed by United States" in aid


def test_events_mentions_keeps_the_mention_view(db):
    out = run(["--db", db, "events", "--mentions", "--type", "assault", "--format", "jsonl"])
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["type"] for r in records} == {"ASSAULT"} and len(records) == 2
    assert len({r["event_id"] for r in records}) == 1
    assert {r["mention_id"] for r in records} == {"lorem-1#0", "ipsum-1#0"}


def test_event_shows_every_report_and_why_with_explain(db):
    [line] = [line for line in run(["--db", db, "events"]).splitlines() if "ASSAULT" in line]
    event_id = line.split()[-1]
    out = run(["--db", db, "event", event_id, "--explain"])
    assert "lorem-1 (Daily Lorem)" in out and "ipsum-1 (ipsum.example)" in out
    assert "date 2024-03 fits 2024-03-02" in out
    assert "Someone hit something." in out


def test_an_unknown_event_is_an_error_with_a_fix(db):
    result = CliRunner().invoke(cli, ["--db", db, "event", "ev-missing"])
    assert result.exit_code == 1 and "dossier events" in result.output


def test_contested_shows_both_sides(db):
    out = run(["--db", db, "contested", "--actor", "Iran"])
    assert "| against (denial, negation)" in out
    row = next(line for line in out.splitlines() if "[claim (per United States)]" in line)
    assert "[denial (per Iran)]" in row  # side by side
    assert run(["--db", db, "contested", "--actor", "UKR"]) == ""


def test_export_events_jsonl_and_csv_carry_the_mention_ids(db, tmp_path):
    records = [json.loads(line) for line in run(["--db", db, "export", "events"]).splitlines()]
    by_type = {r["type"]: r for r in records}
    assert sorted(by_type["ASSAULT"]["mention_ids"]) == ["ipsum-1#0", "lorem-1#0"]
    assert by_type["AID"]["contested"] is True and by_type["AID"]["denied_by"] == ["Iran"]
    path = tmp_path / "events.csv"
    run(["--db", db, "export", "events", "--format", "csv", "-o", str(path)])
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert {r["type"] for r in rows} == {"ASSAULT", "AID"}
    assert json.loads(next(r for r in rows if r["type"] == "AID")["mention_ids"]) == \
        ["amet-1#0", "amet-1#1"]


def test_export_mentions_carries_the_merged_event_id(db):
    exported = [json.loads(line) for line in run(["--db", db, "export", "mentions"]).splitlines()]
    events = {r["event_id"] for r in json.loads("[" + ",".join(
        run(["--db", db, "export", "events"]).splitlines()) + "]")}
    assert {r["event_id"] for r in exported} == events


def test_briefing_cites_every_event_to_its_articles_and_lists_the_disputes(db, tmp_path):
    out = run(["--db", db, "briefing", "Iran", "Russia"])
    assert out.startswith("# Briefing: Iran and Russia")
    for heading in ("## Summary", "## Strongest events", "## Contested claims", "## Sources"):
        assert heading in out
    assert "Events by type: AID 1." in out
    contested = out.split("## Contested claims")[1]
    assert "denied by Iran" in contested and '[1] denial (per Iran): "Someone denies something."' in contested
    assert "- [1] 2024-03-04, amet-1" in out.split("## Sources")[1]  # no URL or outlet: the id


def test_briefing_html_stands_alone(db, tmp_path):
    path = tmp_path / "brief.html"
    run(["--db", db, "briefing", "RUS", "--format", "html", "-o", str(path)])
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page and "<link" not in page and "src=" not in page
    assert 'href="#ref1"' in page and '<li id="ref1">' in page
    assert "Daily Lorem" in page  # the struck depot's outlet, cited


def test_briefing_of_an_actor_without_events_is_an_error(db):
    result = CliRunner().invoke(cli, ["--db", db, "briefing", "Norway"])
    assert result.exit_code == 1 and "no stored events" in result.output
