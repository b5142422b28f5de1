"""`dossier ingest --cluster local:N` / `--scheduler ADDRESS`: the analysis on Dask workers,
the store in the command's process. On invented news-style sentences, with the real spaCy
model and a real SQLite file: the cluster stores exactly what one process stores; a failed
partition is reported and the others stored; a bad address or a missing extra is a clear
error."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from cluster_support import CrashingPipeline, DyingPipeline

from dossier import cluster
from dossier.cli import cli
from dossier.cluster import ClusterError, ClusterSpec, parse_local, partitions
from dossier.model import Article
from dossier.service import ingest_paths
from dossier.settings import Settings
from dossier.store import Database

pytest.importorskip("distributed")

STORIES = [
    ("c1", "Russia fired missiles at Kyiv on Monday, Ukrainian officials said."),
    ("c2", "The foreign ministers of Egypt and Jordan met in Cairo on Sunday."),
    ("c3", "Britain imposed sanctions on two Iranian banks on Tuesday."),
    ("c4", "Japan sent emergency aid to the Philippines after the typhoon."),
    ("c5", "Nothing happened in the harbour town today."),
    ("c6", "Britain imposed sanctions on two Iranian banks on Tuesday."),  # a copy of c3
    ("c1", "Russian drones struck Odesa on Monday night, the Ukrainian army said."),  # a version
    ("c7", "Turkey accused Greece of violating its airspace on Friday."),
]


def _corpus(path: Path, stories=STORIES) -> str:
    path.write_text("".join(json.dumps({"id": doc, "text": text, "published": "2024-03-05"}) + "\n"
                            for doc, text in stories), encoding="utf-8")
    return str(path)


def _stored(db_path: Path) -> dict[str, tuple]:
    """Each stored article's text, copy and version history, and its mentions."""
    with Database.open(str(db_path)) as db:
        return {a.doc: (a.text, db.copy_of(a.doc), [v.text for v in db.versions(a.doc)],
                        sorted(repr(m) for m in db.mentions(doc=a.doc)))
                for a in db.articles()}


def _run(db: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db), "--processes", "1", "ingest", *args])


@pytest.mark.slow
def test_cluster_local_2_stores_exactly_what_one_process_stores(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "news.jsonl")
    # two articles a partition, so both workers get work and partitions finish out of order
    monkeypatch.setattr(cluster, "DEFAULT_PARTITION_ARTICLES", 2)
    one = _run(tmp_path / "one.db", corpus)
    two = _run(tmp_path / "two.db", corpus, "--cluster", "local:2")
    assert one.exit_code == 0 and two.exit_code == 0, (one.output, two.output)
    assert two.output.splitlines()[-1] == one.output.splitlines()[-1]
    assert "stored 7 new article(s) (1 of them copies" in two.output
    stored = _stored(tmp_path / "one.db")
    assert _stored(tmp_path / "two.db") == stored
    assert sum(bool(mentions) for *_, mentions in stored.values()) >= 3


@pytest.mark.slow
def test_cluster_failed_partition_is_reported_and_the_others_stored(tmp_path):
    stories = [("crash1", "Egypt condemned the attack on Sunday."), *STORIES[:4]]
    settings = Settings(db=str(tmp_path / "s.db"), processes=1)
    report = ingest_paths([_corpus(tmp_path / "in.jsonl", stories)], settings,
                          pipeline=CrashingPipeline(settings),
                          cluster=ClusterSpec(local=1, partition_articles=2))
    # crash1 and c1 share the first partition: both skipped, with the reason; c2-c4 stored
    assert sorted(s.origin.rsplit(":", 1)[1] for s in report.skipped) == ["1", "2"]
    assert all("worker fault in this partition" in s.reason and "failed on the cluster" in s.reason
               for s in report.skipped)
    assert report.articles == 3
    assert sorted(_stored(tmp_path / "s.db")) == ["c2", "c3", "c4"]


@pytest.mark.slow
def test_cluster_worker_that_dies_costs_only_its_partition(tmp_path):
    stories = [*STORIES[1:3], ("crash1", "Egypt condemned the attack on Sunday."), *STORIES[3:5]]
    settings = Settings(db=str(tmp_path / "s.db"), processes=1)
    report = ingest_paths([_corpus(tmp_path / "in.jsonl", stories)], settings,
                          pipeline=DyingPipeline(settings),
                          cluster=ClusterSpec(local=2, partition_articles=2))
    # partitions [c2 c3] [crash1 c4] [c5]: the worker restarts, the second partition is lost
    assert sorted(s.origin.rsplit(":", 1)[1] for s in report.skipped) == ["3", "4"]
    assert all("the worker analysing it died" in s.reason for s in report.skipped)
    assert sorted(_stored(tmp_path / "s.db")) == ["c2", "c3", "c5"]


def test_scheduler_with_a_bad_address_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 1)
    result = _run(tmp_path / "x.db", _corpus(tmp_path / "in.jsonl"),
                  "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 1
    assert "error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert "fix: check the address (tcp://HOST:8786)" in result.output
    assert not (tmp_path / "x.db").exists()  # it failed before creating the store


def test_scheduler_address_that_is_no_address_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 1)
    result = _run(tmp_path / "x.db", _corpus(tmp_path / "in.jsonl"), "--scheduler", "nowhere::")
    assert result.exit_code == 1
    assert "error: cannot reach the Dask scheduler at nowhere::" in result.output


def test_missing_dask_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed → ImportError
    result = _run(tmp_path / "x.db", _corpus(tmp_path / "in.jsonl"), "--cluster", "local:2")
    assert result.exit_code == 1
    assert "need Dask, which is not installed" in result.output
    assert "the extra `cluster`" in result.output and "-e '.[cluster]'" in result.output


@pytest.mark.parametrize("flags, complaint", [
    (["--cluster", "local:0"], "is not local:N"),
    (["--cluster", "2"], "is not local:N"),
    (["--cluster", "local:2", "--scheduler", "tcp://h:8786"], "not both"),
])
def test_cluster_flags_are_checked(tmp_path, flags, complaint):
    result = _run(tmp_path / "x.db", _corpus(tmp_path / "in.jsonl"), *flags)
    assert result.exit_code == 2 and complaint in result.output


def test_parse_local():
    assert parse_local("local:3") == 3
    with pytest.raises(ValueError):
        parse_local("local:")


def test_partitions_close_on_text_size_or_article_count():
    arts = [Article(doc=str(i), body="x" * size) for i, size in enumerate([5, 5, 5, 20, 1, 1, 1])]
    sizes = [[a.doc for a in p] for p in partitions(arts, max_chars=12, max_articles=2)]
    # 5+5 ≤ 12 then a third would pass 2 articles; 20 alone (longer than the bound); 1,1 by count
    assert sizes == [["0", "1"], ["2"], ["3"], ["4", "5"], ["6"]]
    assert list(partitions([], 10, 2)) == []


def test_cluster_error_is_a_dossier_error():
    from dossier.errors import DossierError

    assert issubclass(ClusterError, DossierError)
