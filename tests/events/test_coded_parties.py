"""A mention's parties carry codes: a party with no state or organisation code (a camp, a
train, a person the text leaves stateless) is never emitted as a name (sentences invented)."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

ACTORS = {"Andean Forum": ("organization", None), "Marco Diaz": ("person", None),
          "Santa Rosa": ("organization", None), "Chile": ("country", "CHL"),
          "Peru": ("country", "PER")}


def _rows(nlp, text: str) -> set[tuple]:
    return rows(RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS)))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Peru urged Marco Diaz to resign on Monday.",
    "Marco Diaz urged Peru to release the prisoners.",
    "The government of Peru called for shutting down Santa Rosa.",
])
def test_a_party_without_a_code_is_not_emitted(nlp, text):
    assert _rows(nlp, text) == set()


@pytest.mark.slow
def test_the_coded_pairs_of_a_coordinated_party_stay(nlp):
    assert _rows(nlp, "Peru and the Andean Forum urged Chile to release the prisoners.") == {
        ("REQUEST", "PER", "CHL", "fact")}


@pytest.mark.slow
def test_coded_parties_are_emitted(nlp):
    assert _rows(nlp, "Peru urged Chile to release the prisoners.") == {
        ("REQUEST", "PER", "CHL", "fact")}
