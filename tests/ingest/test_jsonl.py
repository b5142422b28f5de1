"""The one JSON Lines reader: gzip, blank lines, and bad lines named by file and line."""

from __future__ import annotations

import gzip
import json

import pytest

from dossier.errors import InputError
from dossier.ingest.jsonl import Record, parse_records, read_records
from dossier.model import Skipped

ROWS = [{"id": "a", "text": "First line\u2028still the first."}, {"id": "b", "text": "Second."}]


def _lines(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def test_read_records_gives_objects_with_their_file_and_line(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("\n" + _lines(ROWS), encoding="utf-8")
    records = list(read_records(path))
    assert [r.fields for r in records] == ROWS  # U+2028 inside a string does not cut the line
    assert [(r.origin, r.line) for r in records] == [(f"{path}:2", 2), (f"{path}:3", 3)]


def test_read_records_reads_gzip_as_the_plain_file(tmp_path):
    plain, packed = tmp_path / "docs.jsonl", tmp_path / "docs.jsonl.gz"
    plain.write_text(_lines(ROWS), encoding="utf-8")
    packed.write_bytes(gzip.compress(_lines(ROWS).encode("utf-8")))
    assert [r.fields for r in read_records(packed)] == [r.fields for r in read_records(plain)]


def test_read_records_of_an_empty_file_is_empty(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n  \n", encoding="utf-8")
    assert list(read_records(path)) == []


@pytest.mark.parametrize(("line", "reason"), [
    ("not json", "not valid JSON"),
    ("[1, 2]", "a JSON list, not an object"),
])
def test_read_records_names_the_bad_line_and_the_fix(tmp_path, line, reason):
    path = tmp_path / "gold.jsonl"
    path.write_text(_lines(ROWS[:1]) + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_records(path, what="gold file"))
    assert info.value.origin == f"{path}:2"
    assert reason in info.value.reason
    assert info.value.fix == "each line of a gold file must be one JSON object"


def test_read_records_names_a_broken_gzip_file(tmp_path):
    path = tmp_path / "docs.jsonl.gz"
    path.write_bytes(b"\x1f\x8b not really gzip")
    with pytest.raises(InputError, match="broken gzip file") as info:
        list(read_records(path))
    assert info.value.origin == str(path)


def test_parse_records_skips_a_bad_line_and_keeps_the_rest():
    text = _lines(ROWS[:1]) + '{"id": "x", \n"plain"\n' + _lines(ROWS[1:])
    items = list(parse_records(text, "in.jsonl", shape="an object with 'id' and 'text'"))
    assert [type(item) for item in items] == [Record, Skipped, Skipped, Record]
    assert items[1].origin == "in.jsonl:2" and "column" in items[1].reason
    assert items[2] == Skipped("in.jsonl:3", "a JSON str, not an object with 'id' and 'text'")
    assert items[3].line == 4
