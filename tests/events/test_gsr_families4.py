"""Recall families of the PLOVER examples, round four. Real parses with hand-made actor
mentions; every sentence is invented.

Sworn and vowed force by a group that challenges its own state: "swore to fight" (also where
the parser hangs the infinitive as an adverbial clause) is a threat; with no target named, a
rebel group, the opposition or a people threatens its own state. A state, its forces, or a
threat naming what is hit are not coded that way."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, hand_dyads, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Kurdish rebels": ("group", "TUR", "REB"), "Tamil separatists": ("group", "LKA", "REB"),
          "ethnic Serbs": ("group", "XKX", "CVL"), "Ruritanian opposition": ("group", "KEN", "OPP"),
          "Ruritanian army": ("group", "KEN", "MIL"), "Ukraine": ("country", "UKR"),
          "Kenya": ("country", "KEN")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    ("Kurdish rebels have sworn to fight until they win control of the valley.",
     ("THREATEN", "TUR", "TUR")),
    ("Tamil separatists swore to keep fighting.", ("THREATEN", "LKA", "LKA")),
    ("Kurdish rebels vowed on Sunday to fight on.", ("THREATEN", "TUR", "TUR")),
    ("The ethnic Serbs have vowed to fight until the last village is theirs.",
     ("THREATEN", "XKX", "XKX")),
])
def test_challenger_vows_force_at_home(nlp, text, expected):
    assert expected in dyads(nlp, text), dyads(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # a state or its forces vowing to fight has a foreign enemy the sentence leaves out
    ("Ukraine vowed to fight on.", ("THREATEN", "UKR", "UKR")),
    ("The Ruritanian army has sworn to fight until the end.", ("THREATEN", "KEN", "KEN")),
    # a named target is no unnamed home: it is resolved or left
    ("Kurdish rebels have sworn to attack foreign troops.", ("THREATEN", "TUR", "TUR")),
    ("The Ruritanian opposition swore to fight the election result in court.",
     ("THREATEN", "KEN", "KEN")),
    # an infinitive after an object is a purpose, not what is committed to
    ("Kenya offered its troops to Ukraine to help it drive out the invaders.",
     ("THREATEN", "KEN", "UKR")),
    # a peaceful commitment is no threat
    ("Tamil separatists swore to respect the truce.", ("THREATEN", "LKA", "LKA")),
])
def test_not_a_challenger_threat(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text), dyads(nlp, text)


def test_sworn_in_is_no_commitment(nlp):
    assert not dyads(nlp, "Kenya's new president was sworn in on Monday.")


# Patrols ordered, stepped up or launched (a plural under a light verb) are forces readied or
# sent out: MOBILIZE, at home when no other party is named. Patrols that are attacked or that
# act, and joint patrols, are not.
PATROL_ACTORS = {"Kenyan police": ("group", "KEN", "COP"), "Kenyan government": ("group", "KEN", "GOV"),
                 "police": ("group", "KEN", "COP"),
                 "Kenyan": ("country", "KEN"), "Somali": ("country", "SOM"), "Kenya": ("country", "KEN"),
                 "Tanzania": ("country", "TZA"), "Gunmen": ("group", None, "REB")}


def patrol_dyads(nlp, text: str) -> set[tuple]:
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, PATROL_ACTORS))
    return {row[:3] for row in rows(found)}


@pytest.mark.parametrize("text", [
    "The Kenyan government has ordered patrols by police and soldiers after the riots.",
    "The Kenyan government ordered more patrols by police on Monday.",
])
def test_ordered_patrols_mobilize(nlp, text):
    assert ("MOBILIZE", "KEN", "KEN") in patrol_dyads(nlp, text), patrol_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Gunmen attacked Kenyan police patrols near the town.",
    "Kenyan patrols found the bodies near the river.",
    "Kenyan and Somali troops began joint patrols along the border.",
    "Kenya resumed naval patrols with Tanzania.",
    "A Kenyan police patrol was ambushed overnight.",
])
def test_patrols_not_mobilized(nlp, text):
    assert not any(d[0] == "MOBILIZE" for d in patrol_dyads(nlp, text)), patrol_dyads(nlp, text)
