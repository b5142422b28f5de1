"""What a new user runs into: a folder with a README in it, an article too long to parse, a
mistyped --db for a read command, filters that match nothing, an export into a new folder,
one article that breaks the parser, a killed ingest. Each ends with a clear message and
every good article stored."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier import pipeline as pipeline_module
from dossier.cli import cli
from dossier.model import Article
from dossier.pipeline import Pipeline
from dossier.settings import Settings

STORY = "Kenya and Uganda signed a trade agreement in Nairobi on Monday, officials said.\n"


def run(args, **kwargs):
    return CliRunner().invoke(cli, args, catch_exceptions=False, **kwargs)


def test_a_folder_scan_passes_over_files_that_are_not_articles(tmp_path, nlp):
    folder = tmp_path / "in"
    (folder / "notes").mkdir(parents=True)
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "README.md").write_text("# How this folder was collected\n", encoding="utf-8")
    (folder / "notes" / "scan.pdf").write_bytes(b"%PDF-1.4 not an article")
    db = tmp_path / "f.db"
    result = run(["--db", str(db), "ingest", str(folder)])
    assert result.exit_code == 0, result.output  # passing over is not an error
    assert "passed over 2 file(s)" in result.output
    assert "README.md" in result.output and "scan.pdf" in result.output
    assert "stored 1 new article(s)" in result.output


def test_a_readme_named_explicitly_is_read(tmp_path, nlp):
    readme = tmp_path / "README.md"
    readme.write_text(STORY, encoding="utf-8")
    result = run(["--db", str(tmp_path / "r.db"), "ingest", str(readme)])
    assert "stored 1 new article(s)" in result.output


def test_an_article_over_the_size_cap_is_cut_with_a_warning_and_the_others_stored(tmp_path, nlp):
    feed = tmp_path / "feed.jsonl"
    long_text = " ".join(f"Talks went into their {n}th hour on Monday." for n in range(400))
    rows = [{"id": "long", "text": long_text}, {"id": "short", "text": STORY}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "cap.db"
    result = run(["--db", str(db), "ingest", str(feed)], env={"DOSSIER_MAX_CHARS": "2000"})
    assert result.exit_code == 0, result.output
    assert "1 article(s) were longer than the max_chars setting" in result.output
    assert "stored 2 new article(s)" in result.output
    from dossier.store import Database
    with Database.open(str(db)) as store:
        assert len(store.article("long").text) <= 2000


def test_one_article_the_parser_fails_on_costs_only_itself(monkeypatch, nlp):
    real_parse = pipeline_module.parse

    def fragile(model, items, **kwargs):  # as spaCy does on an input it cannot take
        items = list(items)
        if any("BREAKS" in text for text, _ in items):
            raise ValueError("the parser cannot take this text")
        return real_parse(model, items, **kwargs)

    monkeypatch.setattr(pipeline_module, "parse", fragile)
    articles = [Article(doc=f"a{i}", body=STORY) for i in range(3)]
    articles.insert(1, Article(doc="bad", body="This text BREAKS the parser."))
    outcomes = list(Pipeline(Settings(processes=1, batch_size=8)).run(articles))
    assert [o.article.doc for o in outcomes] == ["a0", "bad", "a1", "a2"]
    assert [o.error is None for o in outcomes] == [True, False, True, True]
    assert "parser cannot take" in outcomes[1].error
    assert all(o.mentions for o in outcomes if o.error is None)


@pytest.mark.parametrize("command", [["timeline"], ["events"], ["actors"],
                                     ["export", "mentions"]])
def test_read_commands_refuse_a_database_that_does_not_exist(tmp_path, command):
    db = tmp_path / "typo.db"
    result = CliRunner().invoke(cli, ["--db", str(db), *command])
    assert result.exit_code == 1
    assert f"there is no database at {db}" in result.output
    assert not db.exists()  # no empty store left behind


@pytest.fixture(scope="module")
def stored(tmp_path_factory, nlp):
    db = tmp_path_factory.mktemp("bad-use") / "s.db"
    story = tmp_path_factory.getbasetemp() / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert run(["--db", str(db), "ingest", str(story)]).exit_code == 0
    return str(db)


def test_an_unknown_event_type_is_refused_with_the_types(stored):
    result = CliRunner().invoke(cli, ["--db", stored, "events", "--type", "FOO"])
    assert result.exit_code == 2
    assert "'FOO' is not a PLOVER event type" in result.output and "ASSAULT" in result.output


def test_filters_that_match_nothing_say_why(stored):
    unknown = run(["--db", stored, "events", "--actor", "Atlantis"])
    assert "no stored actor matches 'Atlantis'" in unknown.output
    assert "no stored actor matches 'Atlantis'" in run(["--db", stored, "timeline", "Atlantis"]).output
    empty = run(["--db", stored, "events", "--type", "ASSAULT"])
    assert "no stored event matches these filters" in empty.output
    assert "no stored actor matches 'zzz'" in run(["--db", stored, "actors", "zzz"]).output


def test_export_into_a_new_folder_creates_it(stored, tmp_path):
    out = tmp_path / "exports" / "2024" / "mentions.jsonl"
    result = run(["--db", stored, "export", "mentions", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("\n") >= 1


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _cpu_ticks(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat")
    return int(stat.read_text().rsplit(")", 1)[1].split()[11]) if stat.exists() else 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux's")
def test_workers_end_when_the_ingest_is_killed(tmp_path, nlp):
    feed = tmp_path / "feed.jsonl"
    text = " ".join(f"Talks went into their {n}th hour on Monday." for n in range(1500))
    feed.write_text("".join(json.dumps({"id": f"s{i}", "text": f"{i}. {text}"}) + "\n"
                            for i in range(100)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", "from dossier.cli import main; main()",
                             "--db", str(tmp_path / "k.db"), "--processes", "2", "ingest",
                             str(feed)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    workers = _children(proc.pid)
    assert len(workers) >= 2, "the workers started"
    while min(_cpu_ticks(w) for w in workers) < 100 and time.monotonic() < deadline:
        time.sleep(0.2)  # until both are well into parsing a batch
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # each worker is in the middle of a batch that takes many seconds: only the parent-death
    # signal ends it this soon
    deadline = time.monotonic() + 3
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [w for w in workers if Path(f"/proc/{w}").exists()
            and "Z" not in Path(f"/proc/{w}/stat").read_text().split(")")[-1][:3]]
    assert not left, "no worker outlives the killed ingest"
    assert b"Traceback" not in proc.stderr.read()


def test_an_article_over_the_time_limit_is_skipped_and_the_others_go_on(monkeypatch, nlp):
    pipeline = Pipeline(Settings(processes=1, max_seconds=1))
    real_extract = pipeline.extract

    def slow_on_one(analysis):  # as a pathological input might make the extractor
        if analysis.article.doc == "stuck":
            time.sleep(30)
        return real_extract(analysis)

    monkeypatch.setattr(pipeline, "extract", slow_on_one)
    articles = [Article(doc="a", body=STORY), Article(doc="stuck", body=STORY),
                Article(doc="b", body=STORY)]
    started = time.monotonic()
    outcomes = list(pipeline.run(articles))
    assert time.monotonic() - started < 25
    assert [o.error is None for o in outcomes] == [True, False, True]
    assert "took longer than 1 s" in outcomes[1].error and "max_seconds" in outcomes[1].error
