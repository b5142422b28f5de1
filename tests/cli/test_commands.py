"""CLI behaviour the end-to-end tests leave out: `dossier eval`, `export mentions -o FILE`,
and how an unexpected error meets the user (one line and a hint; the traceback only with
--debug)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_support import article, full_mention, mention

import dossier
from dossier.cli import cli
from dossier.evaluate import evaluate, format_report
from dossier.service import extract_records
from dossier.settings import Settings
from dossier.store import Database


def _write_jsonl(path, rows) -> str:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def _gold(doc: str, type_: str, actor: str, recipient: str, date: str) -> dict:
    return {"doc": doc, "type": type_, "type_alt": [], "actor": actor, "recipient": recipient,
            "date": [date], "status": "fact", "source": None, "location": None, "people": [],
            "optional": False, "evidence": "invented for this test"}


def test_eval_prints_the_scores_of_the_pipeline_against_the_gold(tmp_path, nlp):
    docs = _write_jsonl(tmp_path / "docs.jsonl", [
        {"id": "e1", "published": "2024-03-05",
         "text": "Britain imposed sanctions on two Iranian banks on Tuesday."},
        {"id": "e2", "published": "2024-03-05", "text": "Nothing happened here today."},
    ])
    gold_rows = [
        _gold("e1", "SANCTION", "GBR", "IRN", "2024-03-05"),
        # no text in e2 says this: a miss whatever the extractor does
        _gold("e2", "ASSAULT", "NOR", "ISL", "2024-03-03"),
    ]
    gold = _write_jsonl(tmp_path / "gold.jsonl", gold_rows)

    result = CliRunner().invoke(cli, ["eval", gold, docs])

    assert result.exit_code == 0, result.output
    expected = format_report(evaluate(gold_rows, extract_records([docs], Settings())))
    assert result.stdout.rstrip("\n") == expected
    assert "docs 2  gold 2" in result.stdout
    assert " R 0.500 " in result.stdout  # the sanction found, the invented assault missed
    assert any(line.startswith("MISS  e2") and "ASSAULT" in line
               for line in result.stdout.splitlines())


@pytest.mark.slow  # the pipeline (and so spaCy) loads before the gold is read
def test_eval_names_the_broken_line_of_the_gold(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_gold("e1", "AID", "USA", "UKR", "2024-03-05")) + '\nnot json\n',
                    encoding="utf-8")
    docs = _write_jsonl(tmp_path / "docs.jsonl", [])
    result = CliRunner().invoke(cli, ["eval", str(gold), docs])
    assert result.exit_code == 1
    assert f"{gold}:2" in result.stderr and "Traceback" not in result.stderr


def test_eval_names_the_gold_line_without_a_doc(tmp_path):
    line = _gold("e1", "AID", "USA", "UKR", "2024-03-05")
    del line["doc"]
    gold = _write_jsonl(tmp_path / "gold.jsonl", [line])
    docs = _write_jsonl(tmp_path / "docs.jsonl", [])
    result = CliRunner().invoke(cli, ["eval", gold, docs])
    assert result.exit_code == 1
    assert f"{gold}:1: the gold line has no doc" in result.stderr
    assert "unexpected" not in result.stderr


@pytest.fixture
def stored(tmp_path) -> str:
    db = str(tmp_path / "stored.db")
    with Database.open(db) as database:
        database.add_article(article("a1"), [full_mention("a1"), mention("a1", trigger="shelled")])
        database.add_article(article("a2", "Other officials met on Tuesday."), [mention("a2")])
    return db


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_mentions_to_a_file_writes_what_stdout_gets(stored, tmp_path, fmt):
    out = tmp_path / f"mentions.{fmt}"
    to_stdout = CliRunner().invoke(cli, ["--db", stored, "export", "mentions", "--format", fmt])
    to_file = CliRunner().invoke(cli, ["--db", stored, "export", "mentions", "--format", fmt,
                                       "-o", str(out)])
    assert to_stdout.exit_code == 0 and to_file.exit_code == 0, to_file.output
    assert to_file.stdout == ""
    written = out.read_bytes().decode("utf-8")
    assert written == to_stdout.stdout
    assert len(written.strip().splitlines()) == (3 if fmt == "jsonl" else 4)  # csv: a header


# An unexpected exception inside a command, as a bug would raise it: run in a child process,
# so that what the user sees (exit status, stderr, a traceback or none) is the real thing.
BROKEN = textwrap.dedent("""
    import sys
    from dossier.store import Database
    from dossier.cli import main

    def broken(*args, **kwargs):
        raise RuntimeError("the store broke in an unplanned way")

    Database.open = broken
    main(sys.argv[1:])
""")


def _run_broken(tmp_path, *args: str) -> subprocess.CompletedProcess:
    # the child imports the dossier under test, wherever it is installed from
    source = str(Path(dossier.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [source, *filter(None, [os.environ.get("PYTHONPATH")])])}
    return subprocess.run([sys.executable, "-c", BROKEN, "--db", str(tmp_path / "x.db"), *args],
                          capture_output=True, text=True, timeout=120, env=env)


def test_unexpected_error_is_one_line_and_a_hint_without_traceback(tmp_path):
    done = _run_broken(tmp_path, "actors")
    assert done.returncode == 1
    assert "error: unexpected RuntimeError: the store broke in an unplanned way" in done.stderr
    assert "--debug" in done.stderr and "report it" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_unexpected_error_with_debug_shows_the_traceback(tmp_path):
    done = _run_broken(tmp_path, "--debug", "actors")
    assert done.returncode == 1
    assert "Traceback (most recent call last)" in done.stderr
    assert "RuntimeError: the store broke in an unplanned way" in done.stderr
    assert "report it" not in done.stderr
