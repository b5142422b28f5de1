"""`dossier export actors --format csv|jsonl`: the counts `dossier actors` shows."""

from __future__ import annotations

import csv
import io
import json

from exports_support import run


def test_actors_jsonl(store):
    result = run(store, "actors", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    by_name = {r["name"]: r for r in rows}
    assert by_name["Russia"] == {"code": "RUS", "name": "Russia", "kind": "country",
                                 "country": "RUS", "sector": None, "role": None,
                                 "wikidata": None, "entity_id": None, "mentions": 2}
    assert by_name["Vladimir Putin"]["entity_id"] == "putin"


def test_actors_csv_to_a_file(store, tmp_path):
    out = tmp_path / "sub" / "actors.csv"
    result = run(store, "actors", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 4
    assert {r["name"]: r["mentions"] for r in rows}["France"] == "2"
    assert {r["name"]: r["sector"] for r in rows}["Russia"] == ""
