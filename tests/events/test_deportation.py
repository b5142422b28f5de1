"""Deportation and hand-over verbs (COERCE deport): the deporting state acts on the
deportees' state. A nationality that is named is the recipient; unnamed deportees sent to a
state are taken as its people going back, so the destination is the fallback. Only people
are deported: troops, things, prisoners in an exchange and a bare pronoun are not.
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Ethiopian prisoners": ("group", "ETH"), "Kenyan": ("country", "KEN"), "Kenya": ("country", "KEN"),
          "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY"),
          "Ethiopians": ("group", "ETH"), "Sudan": ("country", "SDN"),
          "Norway": ("country", "NOR")}
PLACES = {"Kampala": "UGA"}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS, PLACES)


@pytest.mark.parametrize("text, expected", [
    # unnamed deportees: the state they are sent to
    ("Kenya deported 60 migrants to Uganda on Friday.", ("COERCE", "KEN", "UGA")),
    ("Egypt deported 25 men to Kampala last week.", ("COERCE", "EGY", "UGA")),
    # other words for sending people out
    ("Egypt sent 300 refugees back to Sudan in March.", ("COERCE", "EGY", "SDN")),
    ("Kenya later sent 75 of them back to Uganda.", ("COERCE", "KEN", "UGA")),
    ("Egypt quietly turned 12 of them over to Sudan on Tuesday.", ("COERCE", "EGY", "SDN")),
    ("Norway repatriated 80 Ethiopians this year.", ("COERCE", "NOR", "ETH")),
    ("Egypt returned 40 asylum seekers to Sudan.", ("COERCE", "EGY", "SDN")),
    # "each of", "any of" are quantities: the people counted are the deportees
    ("Kenya will repatriate each of the 300 Ethiopians by March.", ("COERCE", "KEN", "ETH")),
    # a named nationality wins over the destination
    ("Kenya deported 20 Ethiopians to Uganda.", ("COERCE", "KEN", "ETH")),
])
def test_deportation_is_found(nlp, text, expected):
    assert expected in dyads(nlp, text), dyads(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # no one's own people are deported by it, and the destination is no fallback at home
    ("Kenya deported 60 migrants to Uganda on Friday.", ("COERCE", "KEN", "KEN")),
    ("Kenya deported 20 Ethiopians to Uganda.", ("COERCE", "KEN", "UGA")),
    # troops, things and a bare pronoun are no deportees
    ("Kenya sent its troops back to Uganda after the talks.", ("COERCE", "KEN", "UGA")),
    ("Egypt handed over the documents to Sudan.", ("COERCE", "EGY", "SDN")),
    ("Norway criticised Egypt's plan to send them back to Sudan.", ("COERCE", "EGY", "SDN")),
    ("Norway repatriated the remains of two sailors from Egypt.", ("COERCE", "NOR", "EGY")),
    # captives handed back in a swap are released, not deported
    ("Egypt handed over 45 Ethiopian prisoners to Sudan.", ("COERCE", "EGY", "ETH")),
    ("Egypt handed over 45 Ethiopian prisoners to Sudan.", ("COERCE", "EGY", "SDN")),
])
def test_not_a_deportation(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text), dyads(nlp, text)


def test_suspect_handed_over_is_judicial_cooperation(nlp):
    found = dyads(nlp, "Kenya handed over the suspect to Uganda on Monday.")
    assert ("COOPERATE", "KEN", "UGA") in found and ("COERCE", "KEN", "UGA") not in found
