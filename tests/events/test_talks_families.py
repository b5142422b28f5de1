"""Requests, talks and agreements whose other party the sentence gives only through a
neighbouring act. Every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, hand_dyads

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Uganda": ("country", "UGA"), "Ethiopia": ("country", "ETH"), "Egypt": ("country", "EGY"),
          "Peru": ("country", "PER"), "Chile": ("country", "CHL")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    # a coordinated verb with no party of its own is aimed where the first act was
    ("Egypt asked Peru for a loan. Peru turned down the request and asked instead for "
     "a trade deal.", ("REQUEST", "PER", "EGY")),
    ("Uganda condemned Ethiopia and called for restraint.", ("REQUEST", "UGA", "ETH")),
])
def test_coordinated_act_takes_the_first_act_s_party(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text, unexpected", [
    # a subject of its own makes a new clause
    ("Uganda condemned Ethiopia and Egypt called for restraint.", ("REQUEST", "EGY", "ETH")),
    # a party of its own
    ("Uganda condemned Ethiopia and urged Chile to mediate.", ("REQUEST", "UGA", "ETH")),
])
def test_coordinated_act_with_its_own_parties_keeps_them(nlp, text, unexpected):
    assert unexpected not in dyads(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # talks or a deal with a party, reported by a state naming no other side: its own
    ("Uganda said on Sunday that negotiations with Ethiopia were going well.",
     ("CONSULT", "UGA", "ETH")),
    ("Peru said a deal had been reached with Chile on fishing rights.",
     ("AGREE", "PER", "CHL")),
])
def test_reporter_is_a_party_of_its_own_talks(nlp, text, expected):
    found = dyads(nlp, text)
    assert expected in found or (expected[0], expected[2], expected[1]) in found


@pytest.mark.parametrize("text", [
    # the talks of others, or a reporter who is no state
    "Uganda said on Sunday that talks between Egypt and Ethiopia were going well.",
    "Analysts said on Sunday that negotiations with Ethiopia were unlikely to resume.",
])
def test_reporter_of_others_talks_is_no_party(nlp, text):
    found = dyads(nlp, text)
    assert not any(row[0] == "CONSULT" and "UGA" in row[1:] for row in found)
    assert ("CONSULT", None, "ETH") not in found


def test_talks_going_well_are_under_way_not_planned(nlp):
    found = RuleExtractor.default().extract(hand_analysis(
        nlp, "Talks between Uganda and Ethiopia were going well on Monday.", ACTORS))
    assert {m.status for m in found if m.type == "CONSULT"} == {"fact"}


def test_talks_going_to_resume_are_planned(nlp):
    found = RuleExtractor.default().extract(hand_analysis(
        nlp, "Talks between Uganda and Ethiopia are going to resume next week.", ACTORS))
    assert {m.status for m in found if m.type == "CONSULT"} == {"future"}
