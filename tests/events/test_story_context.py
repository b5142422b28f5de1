"""A party the sentence leaves out, taken from the story: the state the headline is about
(``recipient.story_subject``) and the party that claimed an attack
(``actor.claimed_responsibility``). Every sentence is invented."""

from __future__ import annotations

from dataclasses import replace

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Carla Mendes": ("person", "USA"), "Somalia": ("country", "SOM"),
          "Egypt": ("country", "EGY"), "European Union": ("organization", "EU")}
TITLE = "Somalia's president signs law extending his term"


def found(nlp, text: str, title: str | None = TITLE) -> set[tuple]:
    analysis = hand_analysis(nlp, text, ACTORS, title=title)
    # the EU is a known body, coded by its own id
    actors = tuple(replace(a, actor=replace(a.actor, entity_id="EU")) if a.actor.country == "EU"
                   else a for a in analysis.actors)
    return rows(RuleExtractor.default().extract(replace(analysis, actors=actors)))


@pytest.mark.parametrize("text, row", [
    ("Carla Mendes criticized the new law on Tuesday. "
     "Carla Mendes also threatened sanctions and visa restrictions.",
     ("THREATEN", "USA", "SOM", "fact")),
    ("Carla Mendes criticized the new law on Tuesday. Carla Mendes rejected the proposal.",
     ("REJECT", "USA", "SOM", "fact")),
])
def test_directed_act_aimed_at_the_headline_state(nlp, text, row):
    assert row in found(nlp, text)


def test_sanction_by_a_body_also_considering_them(nlp):
    # "also" parallels the act before (by another party) on the headline state
    text = ("Carla Mendes criticized the new law on Tuesday. "
            "The European Union is also considering sanctions.")
    assert ("SANCTION", "EU", "SOM", "future") in found(nlp, text)


@pytest.mark.parametrize("text", [
    # no "also": the other party in the sentence before may be the sanctions' target
    ("Carla Mendes criticized the new law on Tuesday. "
     "The European Union is considering sanctions."),
    # "also" after sanctions on a third state: they are the model, not the headline state
    ("Carla Mendes announced sanctions on Egypt on Tuesday. "
     "The European Union is also considering sanctions."),
])
def test_sanction_not_given_the_headline_state(nlp, text):
    assert not any(r[0] == "SANCTION" and r[2] == "SOM" for r in found(nlp, text))


def test_no_headline_no_target(nlp):
    text = ("Carla Mendes criticized the new law on Tuesday. "
            "Carla Mendes also threatened sanctions and visa restrictions.")
    assert not any(r[0] == "THREATEN" for r in found(nlp, text, title=None))


@pytest.mark.parametrize("text", [
    # another state in between: the act may be aimed at it
    ("Carla Mendes met Egypt's foreign minister on Tuesday. "
     "Carla Mendes also threatened sanctions and visa restrictions."),
    # another state in the sentence itself
    "Carla Mendes threatened sanctions and visa restrictions after talks in Egypt.",
    # the headline state acting itself: no other party
    "Somalia rejected the proposal on Tuesday.",
])
def test_headline_state_not_taken(nlp, text):
    assert not any(r[0] in ("THREATEN", "REJECT") and r[2] == "SOM" and r[1] != "SOM"
                   for r in found(nlp, text))


def test_quoted_threat_is_not_given_the_headline_state(nlp):
    text = ("Carla Mendes spoke on Tuesday. "
            "\"We have threatened sanctions before and we will do it again,\" Carla Mendes said.")
    assert not any(r[0] == "THREATEN" and r[2] == "SOM" for r in found(nlp, text))


REBELS = {"Coastal Liberation Front": ("group", "PAK"), "Northern Brigade": ("group", "PAK"),
          "Lahore Express": ("organization", None)}
ARMED = ("Coastal Liberation Front", "Northern Brigade")


def attacks(nlp, text: str) -> set[tuple]:
    analysis = hand_analysis(nlp, text, REBELS, places={"Quetta": "PAK", "Kabul": "AFG"})
    armed = tuple(replace(a, actor=replace(a.actor, sector="REB")) if a.text in ARMED else a
                  for a in analysis.actors)
    return rows(RuleExtractor.default().extract(replace(analysis, actors=armed)))


TRAIN = "The Lahore Express was traveling north from Quetta when it came under a gun attack on Tuesday. "


def test_claimed_attack_takes_its_claimant(nlp):
    text = TRAIN + "The Coastal Liberation Front claimed responsibility for the attack."
    assert ("ASSAULT", "PAK", "PAK", "fact") in attacks(nlp, text)


def test_two_claimants_leave_the_attacker_open(nlp):
    text = TRAIN + ("The Coastal Liberation Front claimed responsibility for the attack, "
                    "but the Northern Brigade also claimed responsibility for the attack.")
    assert not any(r[0] == "ASSAULT" and r[3] == "fact" for r in attacks(nlp, text))


def test_attack_abroad_is_not_domestic(nlp):
    text = ("The Lahore Express was traveling from Kabul when it came under a gun attack on "
            "Tuesday. The Coastal Liberation Front claimed responsibility for the attack.")
    assert ("ASSAULT", "PAK", "PAK", "fact") not in attacks(nlp, text)


def test_no_claim_no_attacker(nlp):
    assert not any(r[0] == "ASSAULT" for r in attacks(nlp, TRAIN))


def test_claim_of_another_kind_of_act(nlp):
    text = TRAIN + "The Coastal Liberation Front claimed responsibility for the kidnapping."
    assert not any(r[0] == "ASSAULT" and r[3] == "fact" for r in attacks(nlp, text))
