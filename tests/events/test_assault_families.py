"""Conflict families found missing on real news: clashes between two sides (each attacks
the other), a confiscation named as a seizure, warships sent near a state (a show of force),
an offensive's "launched by" agent; and the readings each must not produce. Real parses
with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Kenyan troops": ("group", "KEN"), "Ugandan soldiers": ("group", "UGA"),
          "Ugandan": ("group", "UGA"), "Kenyan": ("group", "KEN"),
          "Chile": ("country", "CHL"), "Peru": ("country", "PER"), "Norway": ("country", "NOR"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text", [
    "Clashes between Kenyan troops and Ugandan soldiers left six dead on Sunday.",
    # one noun with two owners: the two sides' forces
    "Clashes between Kenyan and Ugandan soldiers left six dead on Sunday.",
])
def test_clashes_between_two_sides_go_both_ways(nlp, text):
    got = dyads(nlp, text)
    assert ("ASSAULT", "KEN", "UGA") in got
    assert ("ASSAULT", "UGA", "KEN") in got


def test_talks_between_two_sides_stay_one_pair(nlp):
    got = dyads(nlp, "Talks between Kenyan and Ugandan officials ended on Friday.")
    assert {d for d in got if d[0] == "CONSULT"} == {("CONSULT", "KEN", "UGA")}


def test_a_seizure_of_a_vessel_is_a_confiscation(nlp):
    assert ("COERCE", "PER", "CHL") in dyads(nlp, "Peru's seizure of a Chilean fishing boat angered Chile.")


def test_a_seizure_of_power_is_no_confiscation(nlp):
    assert not any(d[0] == "COERCE" for d in dyads(
        nlp, "Uganda's seizure of power in 1986 followed years of war."))


def test_warships_sent_near_a_state_are_a_show_of_force(nlp):
    got = dyads(nlp, "Egypt sent two warships near Kenya on Monday.")
    assert ("MOBILIZE", "EGY", "KEN") in got
    assert not any(d[0] == "AID" for d in got)


def test_troops_sent_to_a_state_stay_military_aid(nlp):
    got = dyads(nlp, "Norway sent 200 troops to Kenya last year.")
    assert ("AID", "NOR", "KEN") in got
    assert not any(d[0] == "MOBILIZE" for d in got)


def test_food_sent_near_a_border_is_no_show_of_force(nlp):
    assert not any(d[0] == "MOBILIZE" for d in dyads(
        nlp, "Norway sent food near the Kenya border for refugees."))


def test_an_offensive_launched_by_a_party_is_its_attack(nlp):
    assert ("ASSAULT", "KEN", "UGA") in dyads(
        nlp, "An offensive launched by Kenyan troops against Ugandan soldiers ended on Friday.")
