"""Annotator findings on news: protests cracked down on by another state, beliefs reported
as facts, speculation behind a modal on a copula ("might be willing to …"), and the source
of what an accusation says (the accuser, never the accused).

Real parses with hand-made actor mentions; every sentence is invented.
"""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Kenyans": ("group", "KEN"), "Ugandan police": ("organization", "UGA"), "Kenyan officials": ("organization", "KEN"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA"),
          "Chile": ("country", "CHL"), "Peru": ("country", "PER"),
          "Dr. Lena Holt": ("person", None), "the rebels": ("group", "SOM"),
          "it": ("country", "UGA")}  # the pronoun as coreference would resolve it


def extract(nlp, text: str) -> list:
    return RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS))


def mentions(nlp, text: str) -> set[tuple]:
    return rows(extract(nlp, text))


@pytest.mark.parametrize("text, expected, absent", [
    ("Uganda launched a crackdown on protests by Kenyans.",
     ("PROTEST", "KEN", "UGA", "fact"), ("PROTEST", "KEN", "KEN", "fact")),
    ("Uganda launched a crackdown on protests by Kenyans.",
     ("COERCE", "UGA", "KEN", "fact"), ("COERCE", "UGA", "UGA", "fact")),
    # must not: a state cracking down on its own people's protests stays domestic
    ("Kenya launched a crackdown on protests by Kenyans.",
     ("PROTEST", "KEN", "KEN", "fact"), ("PROTEST", "KEN", "UGA", "fact")),
    # must not: with no crackdown, protesters naming no target protest at home
    ("Kenyans protested in the capital on Friday.",
     ("PROTEST", "KEN", "KEN", "fact"), ("PROTEST", "KEN", "UGA", "fact")),
])
def test_crackdown_protest_is_against_the_state_cracking_down(nlp, text, expected, absent):
    found = mentions(nlp, text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text", [
    "Nobody knows what concessions Chile might be willing to make to Peru.",
    "Chile might be willing to make concessions to Peru.",
])
def test_speculation_modal_on_copula_is_no_event(nlp, text):
    assert not any(m[:3] == ("AGREE", "CHL", "PER") or m[:3] == ("CONCEDE", "CHL", "PER")
                   for m in mentions(nlp, text))


def test_speculation_willing_without_modal_still_coded(nlp):
    # must not over-drop: the copula without a modal states a readiness the text asserts
    text = "Chile agreed to make concessions to Peru."
    assert any(m[1:3] == ("CHL", "PER") for m in mentions(nlp, text))


@pytest.mark.parametrize("text", [
    "Dr. Lena Holt, an analyst, believes Chile supports Peru.",
    "Analysts think Chile supports Peru.",
])
def test_belief_is_never_the_writers_fact(nlp, text):
    found = {m for m in mentions(nlp, text) if m[:3] == ("SUPPORT", "CHL", "PER")}
    assert all(m[3] != "fact" for m in found)


def test_belief_rule_leaves_stated_support_a_fact(nlp):
    assert ("SUPPORT", "CHL", "PER", "fact") in mentions(nlp, "Chile supports Peru in the dispute.")


@pytest.mark.parametrize("text", [
    "Kenyan officials blamed Uganda, accusing it of providing support to the rebels.",
    "Kenya condemned Uganda, accusing it of sending weapons to the rebels.",
])
def test_accusation_content_is_sourced_to_the_accuser(nlp, text):
    content = [m for m in extract(nlp, text) if m.type != "ACCUSE" and m.actor.actor.code == "UGA"]
    assert content, "the accused act should be coded as a claim"
    assert all(m.status == "claim" and m.source is not None and m.source.actor.code == "KEN"
               for m in content)


def test_object_control_still_gives_the_object_without_a_comma(nlp):
    # must not: "urged Uganda to withdraw" is still Uganda's withdrawal
    found = mentions(nlp, "Kenya urged Uganda to withdraw its troops from the border.")
    assert not any(m[1] == "KEN" and m[0] == "RETREAT" for m in found)


@pytest.mark.parametrize("text", [
    "Kenya accuses Uganda of arming the rebels; Uganda denies",
    "Uganda denies that Kenya accused it of arming the rebels.",
])
def test_a_denial_by_the_accused_answers_the_accusation_not_denies_it(nlp, text):
    """The accused denies the act it is accused of: the accusation itself was made."""
    accusations = [m for m in extract(nlp, text) if m.type == "ACCUSE"]
    assert accusations and all(m.status == "fact" for m in accusations)
    assert all("status.answered" in m.rules for m in accusations)


def test_denying_ones_own_accusation_is_still_a_denial(nlp):
    # must not: the accuser denying that it accused anyone denies the accusation itself
    found = mentions(nlp, "Kenya denied accusing Uganda of arming the rebels.")
    assert ("ACCUSE", "KEN", "UGA", "fact") not in found
