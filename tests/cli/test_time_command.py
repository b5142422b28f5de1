"""`dossier time` reads its documents through the shared JSON Lines reader: .gz works."""

from __future__ import annotations

import gzip
import json

from click.testing import CliRunner

from dossier.cli import cli


def test_time_command_reads_a_gzip_file(tmp_path, nlp):
    record = {"id": "g1", "published": "2024-09-18", "text": "The envoy arrived on Tuesday."}
    docs = tmp_path / "docs.jsonl.gz"
    docs.write_bytes(gzip.compress((json.dumps(record) + "\n").encode("utf-8")))
    result = CliRunner().invoke(cli, ["time", str(docs)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert ("Tuesday", "2024-09-17") in {(r["text"], r["value"]) for r in rows}
    assert {r["doc"] for r in rows} == {"g1"}
