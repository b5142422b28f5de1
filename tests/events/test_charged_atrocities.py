"""Atrocities charged by name ("accused X of genocide", "charged X with war crimes"): the
accused is the actor, the accuser the source of a claim, and the victims the people the
charge names, who may be the accused's own. A charge of something that is no act, or an
atrocity with no one named as doing it, codes no attack. Real parses with hand-made actor
mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Sudanese": ("country", "SDN"), "Sudan": ("country", "SDN"),
          "Khartoum": ("country", "SDN"), "Norway": ("country", "NOR"),
          "Chad": ("country", "TCD"), "Masalit": ("group", "SDN"), "Chadians": ("group", "TCD")}


def lines(nlp, text: str) -> set[tuple]:
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS))
    return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None,
             m.status, m.source.actor.code if m.source else None) for m in found}


@pytest.mark.parametrize("text, expected", [
    ("Norway has accused Khartoum of genocide for its persecution of the Masalit in the west.",
     ("ASSAULT", "SDN", "SDN", "claim", "NOR")),
    ("Chad accused Sudan of war crimes against Chadians living near the border.",
     ("ASSAULT", "SDN", "TCD", "claim", "TCD")),
    ("Norway accused Sudan of crimes against humanity against the Masalit.",
     ("ASSAULT", "SDN", "SDN", "claim", "NOR")),
])
def test_charged_atrocity_is_a_claimed_attack(nlp, text, expected):
    found = lines(nlp, text)
    assert expected in found and ("ACCUSE", expected[4], expected[1], "fact", None) in found, found


@pytest.mark.parametrize("text", [
    "Norway accused Sudan of corruption over its handling of aid.",
    "Chad marked the anniversary of the genocide on Sunday.",
    # a charge whose victims are not named leaves the attack uncoded
    "Norway accused Sudan of war crimes.",
])
def test_no_claimed_attack(nlp, text):
    assert not any(t == "ASSAULT" for t, *_ in lines(nlp, text)), lines(nlp, text)


def test_a_crime_that_is_no_war_crime_leaves_the_condemned_doer(nlp):
    # "crime" alone is not the atrocity noun "war crime": the condemned act's doer stays
    found = lines(nlp, "Chad on Monday condemned as a grave crime Sudan's crackdown on "
                       "striking miners.")
    assert ("ACCUSE", "TCD", "SDN", "fact", None) in found, found
