"""Requests, talks and agreements whose other party the sentence gives only through a
neighbouring act. Every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Uganda": ("country", "UGA"), "Ethiopia": ("country", "ETH"), "Egypt": ("country", "EGY"),
          "Peru": ("country", "PER"), "Chile": ("country", "CHL")}


def dyads(nlp, text: str) -> set[tuple]:
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS))
    return {row[:3] for row in rows(found)}


@pytest.mark.parametrize("text, expected", [
    # a coordinated verb with no party of its own is aimed where the first act was
    ("Egypt asked Peru for a loan. Peru turned down the request and asked instead for "
     "a trade deal.", ("REQUEST", "PER", "EGY")),
    ("Uganda condemned Ethiopia and called for restraint.", ("REQUEST", "UGA", "ETH")),
])
def test_coordinated_act_takes_the_first_act_s_party(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text, unexpected", [
    # a subject of its own makes a new clause
    ("Uganda condemned Ethiopia and Egypt called for restraint.", ("REQUEST", "EGY", "ETH")),
    # a party of its own
    ("Uganda condemned Ethiopia and urged Chile to mediate.", ("REQUEST", "UGA", "ETH")),
])
def test_coordinated_act_with_its_own_parties_keeps_them(nlp, text, unexpected):
    assert unexpected not in dyads(nlp, text)
