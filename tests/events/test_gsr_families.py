"""Constructions PLOVER codes that name fewer parties than most: an attack whose only agent
named is its means (the state where it happens attacks), a surrender, disarmament or
unilateral ceasefire (a retreat with no recipient), and a commitment to a domestic act
(AGREE with the actor's own state). Real parses with hand-made actor mentions; every
sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Kenyan soldiers": ("group", "KEN"), "Somali civilians": ("group", "SOM"),
          "Chilean engineers": ("group", "CHL"), "Malian rebels": ("group", "MLI"),
          "Sahel Front": ("group", "MLI"), "Kenya": ("country", "KEN"),
          "Peru": ("country", "PER"), "Mali": ("country", "MLI"), "Chile": ("country", "CHL"),
          "Somalia": ("country", "SOM"), "Uganda": ("country", "UGA")}
PLACES = {"Mogadishu": "SOM", "Gao": "MLI", "Kismayo": "SOM", "Lima": "PER", "Somalia": "SOM"}


def found(nlp, text: str) -> set[tuple]:
    return {row[:3] for row in rows(RuleExtractor.default().extract(
        hand_analysis(nlp, text, ACTORS, PLACES)))}


@pytest.mark.parametrize("text, expected", [
    # the attack's means is all the text names of the attacker: the state where it happens
    ("Four Somali civilians were killed in a car bomb explosion in Mogadishu on Monday.",
     ("ASSAULT", "SOM", "SOM")),
    ("Two Kenyan soldiers were killed by a roadside bomb outside Kismayo.",
     ("ASSAULT", "SOM", "KEN")),
    ("A suicide bombing in Gao killed three Chilean engineers on Friday.",
     ("ASSAULT", "MLI", "CHL")),
    # unnamed people hit are the state's own
    ("A reporter was killed in a bomb attack in Somalia.", ("ASSAULT", "SOM", "SOM")),
    # retreats with no other party
    ("Some 300 Malian rebels surrendered near Gao last week.", ("RETREAT", "MLI", None)),
    ("The Sahel Front declared a unilateral ceasefire on Sunday.", ("RETREAT", "MLI", None)),
    # commitments to domestic acts
    ("Peru promised to democratize its institutions before the vote.", ("AGREE", "PER", "PER")),
    ("The minister said Chile is committed to opening up its economy.",
     ("AGREE", "CHL", "CHL")),
    ("Malian rebels agreed to postpone the demonstration in Gao until May.",
     ("AGREE", "MLI", "MLI")),
])
def test_family_is_found(nlp, text, expected):
    assert expected in found(nlp, text), found(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # an accident is no attack, nor is a blast on a border whose side is not said
    ("Four Somali civilians were killed in a gas explosion in Mogadishu.",
     ("ASSAULT", "SOM", "SOM")),
    ("Five Kenyan soldiers died in a flood in Mogadishu.", ("ASSAULT", "SOM", "KEN")),
    ("Two Kenyan soldiers were killed by a roadside bomb near the Somalia border.",
     ("ASSAULT", "SOM", "KEN")),
    # an attacker named but unresolved: the place does not stand in for him
    ("Two Kenyan soldiers were killed by gunmen in Kismayo.", ("ASSAULT", "SOM", "KEN")),
    # the state of the people hit is not where it happened
    ("Four Somali civilians were killed in a bomb attack.", ("ASSAULT", "SOM", "SOM")),
    # a ceasefire only asked for, or only agreed, is no retreat declared
    ("Kenya called for a ceasefire in Somalia.", ("RETREAT", "KEN", None)),
    # a commitment with a party left out is not domestic
    ("Peru pledged to make the region climate neutral.", ("AGREE", "PER", "PER")),
    # calling a protest off is no threat of it
    ("Malian rebels agreed to postpone the demonstration in Gao until May.",
     ("THREATEN", "MLI", "MLI")),
])
def test_family_does_not_fire(nlp, text, unwanted):
    assert unwanted not in found(nlp, text), found(nlp, text)


def test_anti_x_names_no_x(nlp):
    """"an anti-Kenyan activist" is no Kenyan."""
    text = "Chile arrested an anti-Kenyan activist in Lima."
    assert ("COERCE", "CHL", "KEN") not in found(nlp, text), found(nlp, text)
