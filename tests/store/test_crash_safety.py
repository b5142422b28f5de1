"""Crash safety: `dossier ingest` killed with SIGKILL in the middle of a run leaves a sound
store in which every article is whole (all its mentions and actor refs, or none of it), and
running the same command again finishes the job with exactly the counts of a run that was
never interrupted. On a real SQLite file and on the real PostgreSQL server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from store_support import target  # noqa: F401 (a fixture: SQLite file or PostgreSQL)

from dossier.cli import demo_corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> str:
    """The demo corpus four times over under new ids (each copy's text marked, so none is a
    copy of another): enough spaCy batches that ingest writes several transactions."""
    rows = [json.loads(line) for line in Path(demo_corpus()).read_text("utf-8").splitlines()
            if line.strip()]
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for copy in range(4):
            for row in rows:
                out.write(json.dumps({**row, "id": f"{row['id']}-{copy}",
                                      "text": f"{row['text']}\n\nEdition {copy}."}) + "\n")
    return str(path)


def _ingest(db: str, corpus: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen([sys.executable, "-c", "from dossier.cli import main; main()",
                             "--db", db, "--processes", "1", "ingest", corpus],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _url(db: str) -> str:
    return db if "://" in db else f"sqlite:///{db}"


def _per_article(db: str) -> dict[str, tuple[int, int]]:
    """doc -> (event mentions, actor refs) of every stored article."""
    engine = create_engine(_url(db))
    try:
        with engine.connect() as conn:
            docs = dict(conn.execute(text("SELECT id, doc FROM articles")).all())
            mentions, refs = ({row[0]: row[1] for row in conn.execute(text(
                f"SELECT article_id, count(*) FROM {table} GROUP BY article_id"))}
                for table in ("mentions", "actor_refs"))
    finally:
        engine.dispose()
    return {doc: (mentions.get(key, 0), refs.get(key, 0)) for key, doc in docs.items()}


def _stored(db: str) -> int:
    try:
        return len(_per_article(db))
    except Exception:  # noqa: BLE001 - the store is still being created
        return 0


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory, nlp, corpus) -> dict[str, tuple[int, int]]:
    db = str(tmp_path_factory.mktemp("whole") / "whole.db")
    assert _ingest(db, corpus).wait(timeout=600) == 0
    return _per_article(db)


@pytest.mark.parametrize("kill_after", [1, 6], ids=lambda n: f"after-{n}-stored")
def test_a_killed_ingest_leaves_whole_articles_and_a_rerun_finishes_it(
        target, uninterrupted, corpus, kill_after):
    proc = _ingest(target, corpus)
    deadline = time.monotonic() + 300
    while _stored(target) < kill_after and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    if "://" not in target:
        engine = create_engine(_url(target))
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        engine.dispose()
    partial = _per_article(target)
    assert kill_after <= len(partial) < len(uninterrupted)
    for doc, counts in partial.items():  # whole or absent, never half-stored
        assert counts == uninterrupted[doc], doc

    rerun = _ingest(target, corpus)
    assert rerun.wait(timeout=600) == 0, rerun.stderr.read().decode()
    assert _per_article(target) == uninterrupted  # the job finished, nothing stored twice
