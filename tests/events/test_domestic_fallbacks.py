"""Where a fallback must not make the actor's own state the recipient (or the place's state
the actor): people the word itself calls foreign ("detained 20 foreigners"), a measure only
described by a participle ("restrictions imposed by X" that someone else gets around), and
an attack on a state's premises abroad ("a bombing at the X embassy in Y"), whose attacker
is neither X nor Y. The ordinary domestic cases stay. Every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Kenyan police": ("group", "KEN", "COP"), "Peruvian army": ("group", "PER", "MIL"),
          "Chinese firms": ("group", "CHN", "BUS"), "United States": ("country", "USA"),
          "French": ("country", "FRA"), "Egypt": ("country", "EGY"), "Egyptian soldiers": ("group", "EGY")}
PLACES = {"Nairobi": "KEN", "Lima": "PER", "Quito": "ECU", "Cairo": "EGY"}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS, PLACES)


@pytest.mark.parametrize("text, expected", [
    # the actor's own people, unnamed: domestic
    ("Kenyan police detained 20 students during the raids.", ("COERCE", "KEN", "KEN")),
    ("The Peruvian army imposed a curfew in Lima on Monday.", ("COERCE", "PER", "PER")),
    # an attack with no agent in a place of one state: that state's (PLOVER's convention)
    ("Two Egyptian soldiers were killed in a suicide bombing in central Cairo.",
     ("ASSAULT", "EGY", "EGY")),
    ("A bombing in Nairobi killed two Egyptian soldiers.", ("ASSAULT", "KEN", "EGY")),
])
def test_domestic_fallback_kept(nlp, text, expected):
    assert expected in dyads(nlp, text), dyads(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # foreigners are by the word not the state's own people
    ("Kenyan police detained 20 foreigners during the raids.", ("COERCE", "KEN", "KEN")),
    ("The Peruvian army arrested six expatriates near Lima.", ("COERCE", "PER", "PER")),
    # a measure described by a participle, which others get around: not aimed at home
    ("Chinese firms have found ways around restrictions imposed by the United States.",
     ("COERCE", "USA", "USA")),
    ("Egypt still claims farmland seized by the Peruvian army decades ago.",
     ("COERCE", "PER", "PER")),
    # an attack on an embassy abroad: neither its owner nor its host is the attacker
    ("Twin bombings at French embassies in Lima and Quito killed 40 people on Monday.",
     ("ASSAULT", "FRA", "FRA")),
    ("A bombing at the French embassy in Nairobi killed two Egyptian soldiers.",
     ("ASSAULT", "KEN", "EGY")),
    ("A bombing at the French embassy in Nairobi killed two Egyptian soldiers.",
     ("ASSAULT", "FRA", "EGY")),
    # the same with the attack as a noun, and with the embassy as the noun's modifier
    ("Egypt condemned the bombing of the French embassy in Nairobi.",
     ("ASSAULT", "KEN", "FRA")),
    ("The embassy bombings in Lima killed 40 people on Monday.",
     ("ASSAULT", "PER", "PER")),
])
def test_no_domestic_fallback(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text), dyads(nlp, text)
