"""Accusations and rejections that news words in ways beyond "X accused Y": blame laid on a
party, criticism aimed with a preposition, a state accusing an armed or political group at
home, and criminal charges with no accuser named (the state prosecutes). Real parses with
hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"President Ruto": ("person", "KEN"), "Ruto": ("person", "KEN"),
          "Amina Odhiambo": ("person", "KEN"), "the regional governors": ("group", "KEN"),
          "the cabinet": ("group", "KEN"),
          "Chile": ("country", "CHL"), "Peru": ("country", "PER"), "Norway": ("country", "NOR"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY")}


def dyads(nlp, text: str) -> set[tuple]:
    return {row[:3] for row in rows(RuleExtractor.default().extract(
        hand_analysis(nlp, text, ACTORS)))}


def found(nlp, text: str) -> set[tuple]:
    return rows(RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS)))


@pytest.mark.parametrize("text, expected", [
    # blame laid on a party
    ("Kenya placed the blame on Uganda for the border clashes.", ("ACCUSE", "KEN", "UGA")),
    ("Norway put the responsibility for the oil spill on Egypt.", ("ACCUSE", "NOR", "EGY")),
    ("Peru pointed the finger at Chile over the collapse of the talks.", ("ACCUSE", "PER", "CHL")),
    # criticism aimed with a preposition
    ("President Ruto hit out at Egypt over the dam project.", ("ACCUSE", "KEN", "EGY")),
    ("Peru railed against Chile's new fishing quotas.", ("ACCUSE", "PER", "CHL")),
    ("Norway lashed out at Egypt on Monday.", ("ACCUSE", "NOR", "EGY")),
])
def test_blame_and_criticism_are_accusations(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Kenya put its troops on alert along the border.",
    "Peru laid the foundation stone of the new port with Chile.",
    "Norway pointed to Egypt as a model for the region.",
    "Kenya hit the target set by Uganda last year.",
])
def test_other_senses_are_no_accusation(nlp, text):
    assert not any(row[0] == "ACCUSE" for row in dyads(nlp, text))


@pytest.mark.parametrize("text, expected", [
    # a state accusing a group named only by its kind: a dispute at home
    ("Egypt accused the rebel group of burning villages.", ("ACCUSE", "EGY", "EGY")),
    ("Uganda condemned the separatist movement after the bombing.", ("ACCUSE", "UGA", "UGA")),
    ("Kenya accused a group of militants of smuggling arms.", ("ACCUSE", "KEN", "KEN")),
])
def test_groups_at_home_are_the_states_own(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_a_group_abroad_or_of_no_people_is_not_domestic(nlp):
    assert ("ACCUSE", "KEN", "UGA") in dyads(nlp, "Kenya accused the rebel group in Uganda of looting.")
    assert dyads(nlp, "Kenya accused the research group of fraud.") == set()


def test_two_unnamed_parties_of_one_state(nlp):
    """The government blaming the regional governors: two parties, one state."""
    assert ("ACCUSE", "KEN", "KEN") in dyads(
        nlp, "The talks collapsed after the cabinet placed blame on the regional governors.")


@pytest.mark.parametrize("text, expected", [
    ("Amina Odhiambo was charged with fraud on Monday.", ("ACCUSE", "KEN", "KEN", "fact")),
    ("Ruto, who faces two charges of incitement, denies them.", ("ACCUSE", "KEN", "KEN", "fact")),
    ("Amina Odhiambo has not been charged with any crime.", ("ACCUSE", "KEN", "KEN", "negated")),
])
def test_charges_with_no_accuser_are_brought_by_the_state(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize("text", [
    # an accusation by no one named is no prosecution; a fee charged is no charge
    "Amina Odhiambo was accused of fraud.",
    "Kenya was charged a fee for the permits.",
    # a risk faced is no act done
    "Ruto said the protesters face imprisonment if they return.",
])
def test_no_prosecution_without_a_charge(nlp, text):
    assert not any(row[:3] == ("ACCUSE", "KEN", "KEN") or row[0] == "COERCE"
                   for row in found(nlp, text))


def test_charges_from_a_named_state_keep_it(nlp):
    assert ("ACCUSE", "UGA", "KEN") in dyads(nlp, "Ruto faces charges from Uganda over the raid.")
