"""Targets named in what is said: an armed group at home is a target when no other state is
named ("called for a total war against the rebels"), and a landmark is never one ("a town near
the X border"). Every sentence is invented."""

from __future__ import annotations

from dataclasses import replace

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"President Ana Costa": ("person", "KEN"), "Harakat rebels": ("group", "KEN"),
          "Uganda": ("country", "UGA"), "Ethiopia": ("country", "ETH")}


def dyads(nlp, text: str) -> set[tuple]:
    analysis = hand_analysis(nlp, text, ACTORS)
    sectors = {"President Ana Costa": "GOV", "Harakat rebels": "REB"}
    actors = tuple(replace(r, actor=replace(r.actor, sector=sectors.get(r.text))) for r in analysis.actors)
    found = RuleExtractor.default().extract(replace(analysis, actors=actors))
    return {row[:3] for row in rows(found)}


def test_armed_group_at_home_is_a_target(nlp):
    text = "President Ana Costa called for a total war against the Harakat rebels."
    assert ("THREATEN", "KEN", "KEN") in dyads(nlp, text)


def test_another_state_comes_before_an_armed_group_at_home(nlp):
    text = "President Ana Costa blamed the attacks on Harakat rebels based in Uganda."
    found = dyads(nlp, text)
    assert ("ACCUSE", "KEN", "UGA") in found and ("ACCUSE", "KEN", "KEN") not in found


def test_landmark_in_what_is_said_is_no_target(nlp):
    text = ("President Ana Costa called for a total war against the Harakat rebels in a town "
            "near the border with Ethiopia.")
    assert ("THREATEN", "KEN", "ETH") not in dyads(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Uganda called for Ethiopia to withdraw its troops from the border.", ("REQUEST", "UGA", "ETH")),
    ("President Ana Costa called for Uganda to release the prisoners.", ("REQUEST", "KEN", "UGA")),
])
def test_called_for_someone_to_act(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_called_for_something_to_happen_asks_no_one(nlp):
    found = dyads(nlp, "Uganda called for talks with rebels to resume quickly.")
    assert not any(r[0] == "REQUEST" and r[2] not in (None, "UGA") for r in found)
