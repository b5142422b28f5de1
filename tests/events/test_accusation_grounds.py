"""An act of punishment or pursuit done "on/over/amid accusations (allegations, charges) of
Z" is also an accusation of the one it is done to: by the act's doer, or, with no doer named,
by the state (as for an agentless charge). An intransitive act ("resigned amid accusations")
names no accuser, and other verbs take no accusation as their ground. Real parses with
hand-made actors; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Chadian police": ("group", "TCD", "COP"), "Malian journalist": ("person", "MLI"),
          "Malian minister": ("person", "MLI"), "Omar Sylla": ("person", "MLI"),
          "Niger": ("country", "NER"), "Mali": ("country", "MLI"),
          "Nigerien rebels": ("group", "NER", "REB")}


def accusations(nlp, text: str) -> set[tuple]:
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS))
    return {row[:3] for row in rows(found) if row[0] == "ACCUSE"}


@pytest.mark.parametrize("text, expected", [
    ("Chadian police detained a Malian journalist on charges of espionage.",
     ("ACCUSE", "TCD", "MLI")),
    ("Niger jailed 30 Nigerien rebels over allegations of treason.", ("ACCUSE", "NER", "NER")),
    # a passive with no doer: the state of the one accused
    ("Omar Sylla was removed from office in May amid accusations of corruption.",
     ("ACCUSE", "MLI", "MLI")),
    # the second of two passives, in a relative clause
    ("The ruling was a blow to Omar Sylla, who was impeached and dismissed last year amid "
     "allegations of fraud.", ("ACCUSE", "MLI", "MLI")),
])
def test_accusation_as_ground_of_an_act(nlp, text, expected):
    assert expected in accusations(nlp, text), accusations(nlp, text)


@pytest.mark.parametrize("text", [
    # no one acts on the accused: no accuser
    "The Malian minister resigned amid accusations of corruption.",
    # an act that takes no accusation as its ground
    "Niger praised Mali on charges of nothing in particular.",
    "Mali won the vote amid allegations of fraud.",
    # the accusation is not the act's ground
    "Niger jailed 30 Nigerien rebels after accusations of fraud surfaced.",
])
def test_no_accusation_without_a_ground_act(nlp, text):
    assert not accusations(nlp, text), accusations(nlp, text)
