"""Domestic events on real news: a state acting against its own armed groups, opposition
and press, and armed groups acting at home (actor and recipient of one state). Run through
the whole pipeline (knowledge base, actor context, extractor); every sentence is invented.
Each family has sentences that must give the domestic event and sentences that must not."""

from __future__ import annotations

import datetime

import pytest

from dossier.model import Article
from dossier.pipeline import Pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline().load()


def found(pipeline: Pipeline, text: str) -> set[tuple]:
    article = Article(doc="t", body=text, published=datetime.date(2025, 3, 12))
    return {(m.type, m.actor.actor.code if m.actor else None,
             m.recipient.actor.code if m.recipient else None)
            for m in pipeline.process(article)}


# ---------------------------------------------------------------- designations (SANCTION)

@pytest.mark.parametrize("text, expected", [
    # a state designating its own armed group: domestic, and each designating state counts
    ("Somalia and Kenya have designated al-Shabab a terrorist group.", ("SANCTION", "SOM", "SOM")),
    ("Somalia and Kenya have designated al-Shabab a terrorist group.", ("SANCTION", "KEN", "SOM")),
    ("Somalia designated al-Shabab as a terrorist organization in 2010.",
     ("SANCTION", "SOM", "SOM")),
])
def test_designation_of_a_group_at_home(pipeline, text, expected):
    assert expected in found(pipeline, text)


@pytest.mark.parametrize("text, unwanted", [
    # a designation needs a label: naming a group's spokesman is no sanction
    ("Somalia designated a new envoy to the talks with al-Shabab.", "SANCTION"),
    ("Mali designated a group of generals to negotiate with the rebels.", "SANCTION"),
    ("Kenya designated al-Shabab a terrorist group.", ("SANCTION", "KEN", "KEN")),
])
def test_designation_precision(pipeline, text, unwanted):
    got = found(pipeline, text)
    assert all(row[0] != unwanted for row in got) if isinstance(unwanted, str) \
        else unwanted not in got
