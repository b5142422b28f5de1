"""evaluate_documents scores what ingest stored and export wrote: a stub pipeline stands in
for spaCy (one ASSAULT RUS → UKR mention per article)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from store_support import mention

from dossier.evaluation import evaluate_documents
from dossier.model import Article
from dossier.pipeline import Processed
from dossier.settings import Settings
from dossier.store import Database


class StubPipeline:
    def run(self, articles: Iterable[Article]) -> Iterator[Processed]:
        for article in articles:
            yield Processed(article, mentions=(mention(article.doc),))


def _write(path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def _gold(doc: str) -> dict:
    return {"doc": doc, "type": "ASSAULT", "actor": "RUS", "recipient": "UKR", "status": "fact",
            "source": None, "date": ["2024-03-02"], "location": None}


def test_evaluate_documents_scores_every_id_copies_included_and_keeps_a_given_store(tmp_path):
    documents = _write(tmp_path / "docs.jsonl", [
        {"id": "a", "text": "Russia struck Ukraine.", "published": "2024-03-04"},
        {"id": "b", "text": "Russia struck Ukraine.", "published": "2024-03-04"},  # a copy
        {"id": "c", "text": "Nothing of note.", "published": "2024-03-04"},
    ])
    gold = _write(tmp_path / "gold.jsonl", [_gold("a"), _gold("b")])
    db = str(tmp_path / "kept.db")
    result = evaluate_documents(gold, documents, Settings(), db, pipeline=StubPipeline())
    assert (result.scores["tp"], result.scores["fp"], result.scores["fn"]) == (2, 0, 0)
    assert result.scores["unknown_docs"] == {"c": 1}  # not in the gold: not scored
    assert [record["doc"] for record in result.mentions] == ["a", "b", "c"]
    assert result.ingest.copies == 1
    with Database.open(db) as store:
        assert store.copy_of("b") == "a"


def test_evaluate_documents_without_a_store_leaves_nothing_behind(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    documents = _write(tmp_path / "docs.jsonl", [{"id": "a", "text": "Russia struck Ukraine."}])
    gold = _write(tmp_path / "gold.jsonl", [_gold("a")])
    result = evaluate_documents(gold, documents, Settings(), pipeline=StubPipeline())
    assert result.scores["recall"] == 1.0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "gold.jsonl"]
