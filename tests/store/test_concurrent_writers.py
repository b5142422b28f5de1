"""Two writers at once (two ingests into one store): each article is stored once, neither
writer fails, and a reader reads while they write. On a real SQLite file (WAL, the write lock
taken at the start of a write) and on the real PostgreSQL server (a lost race on an article
id runs again)."""

from __future__ import annotations

import threading

from store_support import article, mention, target  # noqa: F401 (target is a fixture)

from dossier.store import Database

DOCS = [f"d{n}" for n in range(40)]


def _write_all(where: str, order: list[str], outcomes: list, errors: list) -> None:
    try:
        with Database.open(where) as db:
            for doc in order:
                outcomes.append(db.add_article(article(doc, f"Text of {doc} about talks."),
                                               [mention(doc)]))
    except Exception as exc:  # noqa: BLE001 - the test reports it
        errors.append(exc)


def test_two_writers_store_each_article_once_and_a_reader_reads_meanwhile(target):
    with Database.open(target):
        pass  # the schema exists before the writers race
    outcomes: list[str] = []
    errors: list[Exception] = []
    writers = [threading.Thread(target=_write_all, args=(target, order, outcomes, errors))
               for order in (DOCS, DOCS[::-1])]
    for w in writers:
        w.start()
    with Database.open(target, create=False) as reader:
        while any(w.is_alive() for w in writers):
            reader.counts()  # never blocked, never "database is locked"
    for w in writers:
        w.join()
    assert not errors, errors
    assert sorted(outcomes) == ["new"] * len(DOCS) + ["unchanged"] * len(DOCS)
    with Database.open(target) as db:
        assert db.counts()["articles"] == len(DOCS)
        assert db.counts()["mentions"] == len(DOCS)
