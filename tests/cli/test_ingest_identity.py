"""Ingest knows an article by its id: the same text under a new id is stored as a copy with
its own mentions; a new text under a stored id replaces the old analysis and keeps the old
text; the same id with the same text is left alone. A stub pipeline stands in for spaCy."""

from __future__ import annotations

import json
from dataclasses import dataclass
from collections.abc import Iterable, Iterator

from store_support import mention

from dossier.model import Article
from dossier.pipeline import Processed
from dossier.service import ingest_paths
from dossier.settings import Settings
from dossier.store import Database


@dataclass
class StubPipeline:
    """One mention per article, its trigger the article's first word; an article whose text
    holds BROKEN fails its analysis."""

    analysed: int = 0

    def run(self, articles: Iterable[Article]) -> Iterator[Processed]:
        for article in articles:
            self.analysed += 1
            if "BROKEN" in article.text:
                yield Processed(article, error="analysis failed (ValueError: broken)")
                continue
            yield Processed(article, mentions=(mention(article.doc, trigger=article.body.split()[0]),))


def _jsonl(path, *records: tuple[str, str]) -> str:
    path.write_text("".join(json.dumps({"id": doc, "text": text, "published": "2024-03-04"}) + "\n"
                            for doc, text in records), encoding="utf-8")
    return str(path)


def _ingest(tmp_path, name: str, *records: tuple[str, str], pipeline=None):
    settings = Settings(db=str(tmp_path / "store.db"))
    report = ingest_paths([_jsonl(tmp_path / name, *records)], settings,
                          pipeline=pipeline or StubPipeline())
    return report, Database.open(settings.db)


def _triggers(db: Database, doc: str) -> list[str]:
    return [m.trigger.text for m in db.mentions(doc=doc)]


def test_ingest_same_text_under_a_new_id_is_stored_as_a_copy(tmp_path):
    report, db = _ingest(tmp_path, "in.jsonl", ("a", "Alpha struck."), ("b", "Alpha struck."))
    with db:
        assert _triggers(db, "a") == ["Alpha"] and _triggers(db, "b") == ["Alpha"]
        assert db.copy_of("b") == "a" and db.copy_of("a") is None
    assert (report.articles, report.copies, report.versions, report.duplicates) == (2, 1, 0, 0)
    assert "stored 2 new article(s) (1 of them copies of a text stored under another id)" \
        in report.summary()


def test_ingest_new_text_under_a_stored_id_replaces_its_mentions_and_keeps_history(tmp_path):
    _ingest(tmp_path, "first.jsonl", ("a", "Alpha struck."))
    report, db = _ingest(tmp_path, "second.jsonl", ("a", "Beta struck."))
    with db:
        assert _triggers(db, "a") == ["Beta"]
        assert [article.body for article in db.versions("a")] == ["Alpha struck.", "Beta struck."]
        assert db.counts()["articles"] == 1
    assert (report.articles, report.versions, report.mentions) == (0, 1, 1)
    assert "stored 0 new article(s) and 1 new version(s) of stored articles with 1 event" \
        in report.summary()


def test_ingest_same_id_and_text_again_is_already_stored_and_not_analysed(tmp_path):
    _ingest(tmp_path, "first.jsonl", ("a", "Alpha struck."), ("b", "Beta struck."))
    pipeline = StubPipeline()
    report, db = _ingest(tmp_path, "again.jsonl", ("a", "Alpha struck."), ("b", "Beta struck."),
                         ("a", "Alpha struck."), pipeline=pipeline)
    db.close()
    assert (report.articles, report.versions, report.duplicates) == (0, 0, 3)
    assert pipeline.analysed == 0


def test_ingest_one_bad_article_never_costs_the_others(tmp_path):
    report, db = _ingest(tmp_path, "in.jsonl", ("a", "Alpha struck."), ("bad", "BROKEN text."),
                         ("c", "Alpha struck."))
    with db:
        assert [a.doc for a in db.articles()] == ["a", "c"]
        assert db.copy_of("c") == "a"
    assert [item.reason for item in report.skipped] == ["analysis failed (ValueError: broken)"]
    assert report.articles == 2
