"""The pipeline's orchestration: order, worker processes, and failures kept to one article."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.model import Analysis, Article, Mention
from dossier.pipeline import Pipeline
from dossier.settings import Settings

ARTICLES = [
    Article(doc=f"a{i}", body=body, published=date(2024, 3, 5))
    for i, body in enumerate([
        "Russia fired missiles at Kyiv on Monday, Ukrainian officials said.",
        "The foreign ministers of Egypt and Jordan met in Cairo on Sunday.",
        "Britain imposed sanctions on two Iranian banks on Tuesday.",
        "Nothing happened here today.",
        "Japan sent emergency aid to the Philippines after the typhoon.",
    ])
]


class FailingOn:
    """An extractor that breaks on one document, as a buggy plug-in might."""

    def __init__(self, doc: str) -> None:
        self.doc = doc

    def extract(self, analysis: Analysis) -> list[Mention]:
        if analysis.article.doc == self.doc:
            raise RuntimeError("plug-in bug")
        return []


@pytest.mark.parametrize("processes", [1, 2])
def test_pipeline_run_keeps_input_order(nlp, processes):
    pipeline = Pipeline(Settings(processes=processes, batch_size=2))
    assert [o.article.doc for o in pipeline.run(ARTICLES)] == [a.doc for a in ARTICLES]


def test_pipeline_workers_give_the_same_mentions_as_one_process(nlp):
    one = [o.mentions for o in Pipeline(Settings(processes=1)).run(ARTICLES)]
    two = [o.mentions for o in Pipeline(Settings(processes=2, batch_size=2)).run(ARTICLES)]
    assert one == two
    assert any(one)


@pytest.mark.parametrize("processes", [1, 2])
def test_pipeline_failure_in_one_article_is_reported_and_the_rest_go_on(nlp, processes):
    pipeline = Pipeline(Settings(processes=processes, batch_size=2), extractor=FailingOn("a2"))
    outcomes = list(pipeline.run(ARTICLES))
    failed = [o for o in outcomes if o.error]
    assert [o.article.doc for o in failed] == ["a2"]
    assert "plug-in bug" in failed[0].error
    assert len(outcomes) == len(ARTICLES)


def test_pipeline_process_returns_mentions_of_one_article(nlp):
    mentions = Pipeline().process(ARTICLES[2])
    assert any(m.type == "SANCTION" and m.actor and m.actor.actor.country == "GBR" for m in mentions)
