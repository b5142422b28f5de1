"""`dossier export mentions --format plover`: the event record of the PLOVER manual's
"Data Fields" chapter, field by field, and every field documented in docs/exports.md."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from exports_support import run
from store_support import article, full_mention, mention

from dossier.exports.plover import QUAD_CODES, plover_record, record_ids

DOCS = (Path(__file__).resolve().parents[2] / "docs" / "exports.md").read_text(encoding="utf-8")
# fields the manual marks as required
REQUIRED = ("id", "date", "actor", "event")
ENTITY = {"code", "sector", "entity_text", "identifier_id", "identifier_text", "office", "kind"}
LOCATION = {"extracted_place", "resolved_place", "geonameid", "lat", "lon", "country_code"}


def _records(store) -> dict[str, dict]:
    result = run(store, "mentions", "--format", "plover")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    return {r["trigger"]: r for r in records}


def test_records_carry_the_required_fields(store):
    records = _records(store)
    assert len({r["id"] for r in records.values()}) == 5
    for r in records.values():
        for name in REQUIRED:
            assert name in r, name
        assert isinstance(r["actor"], list) and isinstance(r["event"], list)
        assert r["has_event"] is True


def test_a_week_is_a_date_and_an_enddate():
    r = plover_record(full_mention("a1"), "a1-41-AID",
                      article("a1", url="https://news.example/a1", title="T", outlet="Wire"))
    assert (r["date"], r["enddate"], r["time"]) == ("2024-02-26", "2024-03-03", None)
    assert r["event"] == ["AID"] and r["mode"] == ["military"] and r["context"] == []
    assert r["quad_code"] == 2 and r["event_scale"] == 8.3
    assert r["actor"] == [{"code": "EST", "sector": None, "entity_text": "Tallinn",
                           "identifier_id": None, "identifier_text": "Estonia",
                           "office": None, "kind": "country"}]
    assert r["recipient"][0]["code"] == "UKR" and r["claim_source"]["entity_text"] == "Kyiv"
    assert set(r["event_loc"]) == LOCATION
    assert (r["event_loc"]["geonameid"], r["event_loc"]["country_code"]) == (588409, "EST")
    assert r["event_text"] == ["Tallinn sent shells, Kyiv said."]
    assert r["text_info"] == {"start": 33, "end": 64}
    assert r["cite_info"]["url"] == "https://news.example/a1"
    assert (r["cite_info"]["title"], r["cite_info"]["publication"]) == ("T", "Wire")
    assert r["link"] == full_mention("a1").event_id
    assert (r["status"], r["confidence"], r["cameo"], r["date_value"]) == \
        ("claim", 0.8125, "0712", "2024-W09")


def test_one_day_has_no_enddate_and_a_clock_time_is_kept():
    r = plover_record(mention(when="2024-03-02T14:30"), "x")
    assert (r["date"], r["enddate"], r["time"]) == ("2024-03-02", None, "14:30")


def test_undated_mentions_fall_back_to_the_reported_day():
    r = plover_record(mention(when=None, reported=date(2024, 5, 6)), "x")
    assert (r["date"], r["enddate"], r["date_value"]) == ("2024-05-06", None, None)
    assert plover_record(mention(when=None, reported=None), "x")["date"] is None


def test_quad_codes_follow_the_ontology(store):
    records = _records(store)
    assert records["struck"]["quad_code"] == QUAD_CODES["material conflict"] == 4
    assert records["warned"]["quad_code"] == 3
    assert records["met"]["quad_code"] == 1
    assert records["struck"]["event_scale"] < 0 < records["met"]["event_scale"]


def test_entities_and_citations_from_the_store(store):
    records = _records(store)
    putin = records["met"]["actor"][0]
    assert set(putin) == ENTITY
    assert (putin["code"], putin["kind"], putin["office"], putin["identifier_id"]) == \
        ("RUS", "person", "President", "Q7747")
    assert records["gave"]["recipient"] == [] and records["gave"]["event_loc"] is None
    cite = records["struck"]["cite_info"]
    assert (cite["citation"], cite["url"], cite["publication"]) == \
        ("a1", "https://news.example/a1", "Example Wire")
    assert cite["coder"].startswith("dossier ")


def test_ids_are_unique_when_one_trigger_has_two_mentions():
    ids = record_ids([mention(), mention(), mention(type_="AID")])
    assert ids == ["a1-10-ASSAULT", "a1-10-ASSAULT-2", "a1-10-AID"]


def test_every_field_is_documented(store):
    record = next(iter(_records(store).values()))
    documented = set(re.findall(r"^\| `([a-z_.]+)` \|", DOCS, re.M))
    nested = {f"{parent}.{name}" for parent, names in
              (("actor", ENTITY), ("event_loc", LOCATION),
               ("cite_info", set(record["cite_info"])), ("text_info", set(record["text_info"])))
              for name in names}
    missing = (set(record) | nested) - documented
    assert not missing, f"docs/exports.md does not document {sorted(missing)}"


def test_ids_are_the_store_keys_and_link_is_the_merged_event(store):
    records = _records(store)
    assert {r["id"] for r in records.values()} == {"a1#0", "a1#1", "a1#2", "a2#0", "a3#0"}
    events = run(store, "events", "--format", "jsonl")
    assert events.exit_code == 0, events.output
    members = {key: json.loads(line)["event_id"] for line in events.stdout.splitlines()
               for key in json.loads(line)["mention_ids"]}
    for r in records.values():
        assert r["link"] == members[r["id"]]
