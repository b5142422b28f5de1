"""A party the sentence leaves out, taken from the story: the state the headline is about
(``recipient.story_subject``) and the party that claimed an attack
(``actor.claimed_responsibility``). Every sentence is invented. Precision cases only:
the recall cases did not fire on hand analyses yet (see the branch report)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Carla Mendes": ("person", "USA"), "Somalia": ("country", "SOM"),
          "Egypt": ("country", "EGY")}
TITLE = "Somalia's president signs law extending his term"


def found(nlp, text: str, title: str | None = TITLE) -> set[tuple]:
    analysis = hand_analysis(nlp, text, ACTORS, title=title)
    return rows(RuleExtractor.default().extract(analysis))


def test_no_headline_no_target(nlp):
    text = ("U.S. envoy Carla Mendes issued a statement on Tuesday criticizing the new law. "
            "The statement threatened sanctions and visa restrictions.")
    assert not any(r[0] == "THREATEN" for r in found(nlp, text, title=None))


def test_another_state_in_between_blocks_the_headline_state(nlp):
    text = ("U.S. envoy Carla Mendes issued a statement on Tuesday after talks with Egypt. "
            "The statement threatened sanctions and visa restrictions.")
    assert not any(r[0] == "THREATEN" and r[2] == "SOM" for r in found(nlp, text))


def test_quoted_threat_is_not_given_the_headline_state(nlp):
    text = ("U.S. envoy Carla Mendes spoke on Tuesday. "
            "\"We have threatened sanctions before and we will do it again,\" Carla Mendes said.")
    assert not any(r[0] == "THREATEN" and r[2] == "SOM" for r in found(nlp, text))


REBELS = {"Coastal Liberation Front": ("group", "PAK"), "Northern Brigade": ("group", "PAK"),
          "Quetta": None}


def attacks(nlp, text: str) -> set[tuple]:
    actors = {k: v for k, v in REBELS.items() if v is not None}
    analysis = hand_analysis(nlp, text, actors, places={"Quetta": "PAK"})
    armed = tuple(replace(a, actor=replace(a.actor, sector="REB")) for a in analysis.actors)
    return rows(RuleExtractor.default().extract(replace(analysis, actors=armed)))


def test_two_claimants_leave_the_attacker_open(nlp):
    text = ("A passenger bus came under a bomb attack on Tuesday near Quetta. "
            "The Coastal Liberation Front claimed responsibility for the attack, "
            "but the Northern Brigade also claimed responsibility for the attack.")
    assert not any(r[0] == "ASSAULT" and r[3] == "fact" for r in attacks(nlp, text))


def test_condemned_attack_is_not_reported(nlp):
    text = ("Officials in Quetta condemned the attack on Tuesday. "
            "The Coastal Liberation Front claimed responsibility for the attack.")
    assert not any(r[0] == "ASSAULT" and r[3] == "fact" for r in attacks(nlp, text))


def test_no_claim_no_attacker(nlp):
    text = "A passenger bus came under a bomb attack on Tuesday near Quetta."
    assert not any(r[0] == "ASSAULT" for r in attacks(nlp, text))
