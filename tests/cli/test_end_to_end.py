"""From files to export through the real CLI, the real spaCy model and a real SQLite file."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from dossier.cli import cli, demo_corpus
from dossier.store.codec import day_range

CONTRACT_FIELDS = {"doc", "event_id", "type", "mode", "cameo", "actor", "recipient", "others",
                   "object", "date", "reported", "location", "status", "source", "trigger",
                   "evidence", "confidence"}

ARTICLE = """Ministers meet in Vienna over grain corridor

VIENNA, March 4 — Turkish Foreign Minister Hakan Fidan met his Ukrainian counterpart in Vienna
on Monday to discuss grain shipments across the Black Sea, officials said.

Russia launched a barrage of drones at the Ukrainian port of Odesa on Sunday, the Ukrainian
air force said.
"""


def run(args, **kwargs):
    result = CliRunner().invoke(cli, args, catch_exceptions=False, **kwargs)
    return result


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, nlp):
    db = tmp_path_factory.mktemp("e2e") / "demo.db"
    result = run(["--db", str(db), "ingest", "--demo"])
    assert result.exit_code == 0, result.output
    return db


def _export(db, fmt="jsonl"):
    result = run(["--db", str(db), "export", "mentions", "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.output


def test_ingest_demo_stores_articles_and_mentions(demo_db):
    records = [json.loads(line) for line in _export(demo_db).splitlines()]
    assert len({r["doc"] for r in records}) >= 6
    assert {r["type"] for r in records} >= {"CONSULT", "ASSAULT"}
    for record in records:
        assert CONTRACT_FIELDS <= record.keys()
        start, end = record["trigger"]["start"], record["trigger"]["end"]
        assert record["evidence"]["start"] <= start < end <= record["evidence"]["end"]


def test_ingest_again_is_a_no_op(demo_db):
    before = _export(demo_db)
    result = run(["--db", str(demo_db), "ingest", "--demo"])
    assert result.exit_code == 0
    assert "stored 0 new" in result.output
    assert _export(demo_db) == before


def test_export_csv_flattens_nested_fields(demo_db):
    rows = list(csv.DictReader(io.StringIO(_export(demo_db, "csv"))))
    assert rows
    assert {"actor.name", "actor.country", "recipient.country", "date.value", "evidence.sentence"} <= rows[0].keys()


def test_timeline_prints_one_dated_line_per_event(demo_db):
    result = run(["--db", str(demo_db), "timeline"])
    lines = result.output.splitlines()
    assert len(lines) == len(_export(demo_db).splitlines())
    starts = [day_range(line.split()[0].lstrip("~"))[0] for line in lines]
    assert starts == sorted(starts)


def test_events_filter_by_type(demo_db):
    result = run(["--db", str(demo_db), "events", "--type", "assault", "--format", "jsonl"])
    types = {json.loads(line)["type"] for line in result.output.splitlines()}
    assert types == {"ASSAULT"}


def test_ingest_text_file_with_published_date_resolves_relative_dates(tmp_path, nlp):
    path = tmp_path / "vienna.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "one.db"
    result = run(["--db", str(db), "ingest", str(path), "--published", "2024-03-05"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in _export(db).splitlines()]
    assert {r["doc"] for r in records} == {"vienna"}
    assault = [r for r in records if r["type"] == "ASSAULT"]
    assert assault and assault[0]["actor"]["country"] == "RUS"
    assert assault[0]["date"]["value"] == "2024-03-03"
    assert assault[0]["reported"] == "2024-03-05"


def test_bad_input_is_skipped_and_named_while_good_input_is_stored(tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "feed.jsonl").write_text('{"id": "ok", "text": "Iran condemned Israel on Friday."}\n{broken\n',
                                       encoding="utf-8")
    db = tmp_path / "mixed.db"
    result = run(["--db", str(db), "ingest", str(folder)])
    assert result.exit_code == 3
    assert "photo.txt" in result.output
    assert "feed.jsonl:2" in result.output
    docs = {json.loads(line)["doc"] for line in _export(db).splitlines()}
    assert "good" in docs


def test_errors_are_reported_without_traceback(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "missing" / "x.db"), "events"])
    assert result.exit_code == 1
    assert "error:" in result.output
    assert "Traceback" not in result.output


def test_clean_prints_one_json_line_per_document(tmp_path):
    path = tmp_path / "vienna.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run(["clean", str(path)])
    record = json.loads(result.output)
    assert record["doc"] == "vienna"
    assert record["title"].startswith("Ministers meet")
    assert "Ministers meet" not in record["text"]


def test_demo_corpus_is_bundled():
    with open(demo_corpus(), encoding="utf-8") as handle:
        assert sum(1 for line in handle if line.strip()) >= 8


def test_time_command_prints_offsets_into_the_given_text(tmp_path, nlp):
    docs = tmp_path / "docs.jsonl"
    text = "The envoy arrived on Tuesday and will leave next month."
    docs.write_text(json.dumps({"id": "t1", "published": "2024-09-18", "text": text}) + "\n",
                    encoding="utf-8")
    result = run(["time", str(docs)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert {(r["text"], r["value"]) for r in rows} >= {("Tuesday", "2024-09-17"), ("next month", "2024-10")}
    for row in rows:
        assert text[row["start"]:row["end"]] == row["text"]


def test_time_command_names_the_broken_line(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"id": "a", "text": "fine"}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["time", str(docs)])
    assert result.exit_code == 1
    assert "docs.jsonl:2" in result.output


def test_actors_lists_entities_with_counts(demo_db):
    result = run(["--db", str(demo_db), "actors", "Iran"])
    lines = result.output.splitlines()
    assert lines and all("Iran" in line or "IRN" in line for line in lines)
    counts = [int(line.split()[0]) for line in lines]
    assert counts == sorted(counts, reverse=True)


def test_actor_shows_offices_over_time(demo_db):
    result = run(["--db", str(demo_db), "actor", "Zelensky"])
    assert result.exit_code == 0, result.output
    assert "Volodymyr Zelensky" in result.output
    assert "2019-05-20" in result.output


def test_actor_unknown_name_is_a_clear_error(demo_db):
    result = CliRunner().invoke(cli, ["--db", str(demo_db), "actor", "Qwxzv Plonk"])
    assert result.exit_code == 1
    assert "no entity" in result.output


def test_ingest_says_which_articles_have_no_publication_date(tmp_path, nlp):
    path = tmp_path / "undated.txt"
    path.write_text("Britain imposed new sanctions on Iran on Tuesday.\n", encoding="utf-8")
    result = run(["--db", str(tmp_path / "u.db"), "ingest", str(path)])
    assert result.exit_code == 0
    assert "no publication date" in result.output and "undated" in result.output
    records = [json.loads(line) for line in _export(tmp_path / "u.db").splitlines()]
    assert records and all(r["date"] is None for r in records)
