"""Export records follow docs/event-format.md and the scorer reads them."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import re

import pytest
from store_support import FRA, RUS, article, full_mention, mention

from dossier.errors import ConfigError
from dossier.export import CSV_COLUMNS, mention_record, write_mentions
from dossier.store import Database


def _doc_example(shared) -> dict:
    """The example mention in the format document."""
    doc = (shared / "docs" / "event-format.md").read_text(encoding="utf-8")
    return json.loads(re.search(r"```json\n(.*?)```", doc, re.S)[1])


def _score_function(shared):
    spec = importlib.util.spec_from_file_location("score_events",
                                                  shared / "tools" / "score_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def test_mention_record_has_the_documented_fields(shared):
    example = _doc_example(shared)
    record = mention_record(full_mention())
    assert set(example) <= set(record)
    for key, value in example.items():
        if isinstance(value, dict):
            assert set(value) <= set(record[key]), key
    assert set(record["actor"]) == set(example["actor"])


def test_mention_record_values():
    m = full_mention()
    record = mention_record(m)
    assert record["event_id"] == m.event_id
    assert record["actor"] == {"name": "Estonia", "country": "EST", "kind": "country",
                               "sector": None, "role": None, "wikidata": None, "text": "Tallinn"}
    assert record["date"] == {"value": "2024-W09", "granularity": "week", "basis": "relative",
                              "text": "last week"}
    assert record["reported"] == "2024-03-04"
    assert record["location"] == {"name": "Tallinn", "country": "EST", "lat": 59.437,
                                  "lon": 24.7535, "geonameid": 588409}
    assert record["evidence"] == {"sentence": m.evidence.text, "start": 33, "end": 64}
    assert record["trigger"] == {"text": "sent", "start": 41, "end": 45}
    assert [o["name"] for o in record["others"]] == ["Latvia", "Vladimir Putin"]
    assert record["source"]["text"] == "Kyiv" and record["status"] == "claim"
    assert record["explain"] == list(m.explain)


def test_mention_record_empty_fields_are_null():
    record = mention_record(mention(actor=None, recipient=None, when=None, reported=None))
    assert [record[k] for k in ("actor", "recipient", "date", "reported", "location", "source",
                                "object")] == [None] * 7
    assert record["others"] == []


def _gold(**kw) -> dict:
    row = {"doc": "x1", "type_alt": [], "recipient": None, "status": "fact", "source": None,
           "location": None, "people": [], "optional": False, "evidence": ""}
    return {**row, **kw}


def test_jsonl_is_read_by_the_scorer(shared):
    score = _score_function(shared)
    gold = [_gold(type="ASSAULT", actor="RUS", recipient="UKR", date=["2024-03-02"]),
            _gold(type="AID", actor="EST", recipient="UKR", date=["2024-W09"], status="claim",
                  source="UKR")]
    out = io.StringIO()
    written = write_mentions([mention("x1"), full_mention("x1"),
                              mention("x1", "ACCUSE", actor=FRA, recipient=RUS)], "jsonl", out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert written == len(records) == 3
    result = score(gold, records)
    assert (result["tp"], result["fp"], result["fn"]) == (2, 1, 0)
    assert result["attribute_accuracy"] == {"status": 1.0, "source": 1.0, "date": 1.0,
                                            "location": 1.0}


def test_csv_flattens_into_dotted_columns():
    out = io.StringIO()
    write_mentions([full_mention(), mention(recipient=None, when=None)], "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    header = out.getvalue().splitlines()[0].split(",")
    assert header == list(CSV_COLUMNS)
    assert {"actor.name", "actor.country", "recipient.kind", "date.value", "location.lat",
            "source.name", "trigger.start", "evidence.sentence"} <= set(header)
    full, plain = rows
    assert (full["actor.name"], full["actor.text"], full["date.value"]) == ("Estonia", "Tallinn",
                                                                          "2024-W09")
    assert float(full["location.lat"]) == 59.437 and full["evidence.start"] == "33"
    assert [o["country"] for o in json.loads(full["others"])] == ["LVA", "RUS"]
    assert json.loads(full["explain"]) == list(full_mention().explain)
    assert plain["recipient.name"] == plain["date.value"] == plain["source.name"] == ""


def test_write_mentions_unknown_format_raises_config_error():
    with pytest.raises(ConfigError, match="jsonl, csv"):
        write_mentions([], "xml", io.StringIO())


def test_stored_mentions_export_like_fresh_ones(tmp_path):
    mentions = [full_mention(), mention(start=80)]
    with Database.open(str(tmp_path / "e.db")) as db:
        db.add_article(article(), mentions)
        stored = db.mentions()
    assert [mention_record(m) for m in stored] == [mention_record(m) for m in
                                                   sorted(mentions, key=lambda m: m.trigger.start)]
