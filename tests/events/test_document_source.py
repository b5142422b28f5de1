""""The statement said …": a claim made by a document is its issuer's, named a sentence or
two before. Every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Kenyan foreign ministry": ("organization", "KEN"), "Ugandan troops": ("group", "UGA"),
          "Egypt": ("country", "EGY"), "Peru": ("country", "PER")}


def sources(nlp, text: str) -> set[tuple]:
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS))
    return {(m.type, m.actor.actor.code, m.status, m.source.actor.code if m.source else None)
            for m in found}


@pytest.mark.parametrize("text", [
    ("The Kenyan foreign ministry issued a statement on Monday. "
     "The statement said Ugandan troops had attacked Egypt."),
    ("The Kenyan foreign ministry said in a statement that talks would resume. "
     "The statement also said Ugandan troops had attacked Egypt."),
])
def test_statement_speaks_for_its_issuer(nlp, text):
    assert ("ASSAULT", "UGA", "claim", "KEN") in sources(nlp, text)


def test_statement_with_no_issuer_named_has_no_source(nlp):
    text = "Peru held elections in May. The statement said Ugandan troops had attacked Egypt."
    assert ("ASSAULT", "UGA", "claim", "PER") not in sources(nlp, text)
