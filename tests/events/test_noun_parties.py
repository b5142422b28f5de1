"""Parties of event nouns and their objects the parse gives only indirectly: the owner in a
hyphenated modifier ("a Peruvian-funded project"), the parties of an agreement "among" A, B
and C, a relative clause as light verb ("the sanctions Norway has imposed on Chile"), and the
agent of an event noun that does something ("airstrikes by X have killed …"). Every sentence
is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, hand_dyads, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Chilean troops": ("group", "CHL"), "Chile": ("country", "CHL"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY"),
          "Norway": ("country", "NOR")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    ("Chile last year froze a Peruvian-funded railway project.", {("SANCTION", "CHL", "PER")}),
    ("Kenya cited a 2015 agreement among Kenya, Uganda and Egypt.",
     {("AGREE", "KEN", "UGA"), ("AGREE", "KEN", "EGY"), ("AGREE", "UGA", "EGY")}),
    ("Egypt criticized the sanctions Norway has imposed on Chile.", {("SANCTION", "NOR", "CHL")}),
    ("Airstrikes by Chilean troops have killed 30 rebels in the north.",
     {("ASSAULT", "CHL", "CHL")}),
])
def test_noun_parties(nlp, text, expected):
    assert expected <= dyads(nlp, text)


@pytest.mark.parametrize("text, wrong", [
    # a backer is no party to what it backs
    ("Chile last year froze a Peruvian-backed railway project.", ("SANCTION", "CHL", "PER")),
    # the sanctions' own imposer, not the relative clause's subject, when it only reports them
    ("Egypt criticized the sanctions that Norway described.", ("SANCTION", "NOR", None)),
])
def test_not_noun_parties(nlp, text, wrong):
    assert wrong not in dyads(nlp, text)


PLACES = {"Nairobi": "KEN", "Lima": "PER"}


def test_deployed_forces_mobilise(nlp):
    text = "Chilean troops have been deployed to Lima to protect the elections."
    found = {r[:3] for r in rows(RuleExtractor.default().extract(
        hand_analysis(nlp, text, ACTORS, PLACES)))}
    assert ("MOBILIZE", "CHL", "PER") in found


def test_passive_subject_of_an_attack_is_no_actor(nlp):
    # the attacked are the patient; no agent is named, so nothing is coded
    text = "Chilean troops were attacked near Lima on Monday."
    found = {r[:3] for r in rows(RuleExtractor.default().extract(
        hand_analysis(nlp, text, ACTORS, PLACES)))}
    assert not any(r[0] == "ASSAULT" and r[1] == "CHL" for r in found)


@pytest.mark.parametrize("text, expected", [
    ("Norway welcomed the Kenya-Uganda talks in Nairobi.", ("CONSULT", "KEN", "UGA")),
    ("Egypt hosted Peru-Chile negotiations on the border.", ("CONSULT", "PER", "CHL")),
])
def test_hyphenated_pair_meets(nlp, text, expected):
    found = dyads(nlp, text)
    assert expected in found or (expected[0], expected[2], expected[1]) in found


def test_hyphenated_pair_of_a_standing_relation_is_no_event(nlp):
    found = dyads(nlp, "Analysts praised the Kenyan-Ugandan cooperation of past decades.")
    assert not any(r[0] == "COOPERATE" for r in found)


def test_led_coalition_is_its_leader(nlp):
    found = dyads(nlp, "A Kenyan-led coalition struck rebel positions in Uganda on Monday.")
    assert ("ASSAULT", "KEN", "UGA") in found


def test_backed_militia_is_not_its_backer(nlp):
    found = dyads(nlp, "A Kenyan-backed militia struck rebel positions in Uganda on Monday.")
    assert ("ASSAULT", "KEN", "UGA") not in found
