"""Accusations and rejections that news words in ways beyond "X accused Y": blame laid on a
party, criticism aimed with a preposition, a state accusing an armed or political group at
home, and criminal charges with no accuser named (the state prosecutes). Real parses with
hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, hand_dyads, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"President Ruto": ("person", "KEN"), "Ruto": ("person", "KEN"),
          "Amina Odhiambo": ("person", "KEN"), "the regional governors": ("group", "KEN"),
          "the cabinet": ("group", "KEN"),
          "Chile": ("country", "CHL"), "Peru": ("country", "PER"), "Norway": ("country", "NOR"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


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


@pytest.mark.parametrize("text, expected", [
    ("Kenya turned down Uganda's offer of mediation.", ("REJECT", "KEN", "UGA")),
    ("Peru spurned Chile's overtures on the fishing dispute.", ("REJECT", "PER", "CHL")),
    ("Norway ruled out talks with Egypt until the vote.", ("REJECT", "NOR", "EGY")),
    ("Kenya repudiated the border deal with Uganda.", ("REJECT", "KEN", "UGA")),
    ("Chile brushed aside the accusations from Peru.", ("REJECT", "CHL", "PER")),
    ("President Ruto took aim at Egypt in his speech to parliament.", ("ACCUSE", "KEN", "EGY")),
    ("Peru excoriated Chile for the decision.", ("ACCUSE", "PER", "CHL")),
    ("Kenya lambasted Uganda over the arrests.", ("ACCUSE", "KEN", "UGA")),
])
def test_more_words_of_refusal_and_criticism(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Kenya turned down the volume of its broadcasts.",
    "The police ruled out foul play in the crash.",
    "Peru took aim with a new rifle at the range.",
])
def test_everyday_senses_are_no_refusal(nlp, text):
    assert not any(row[0] in ("REJECT", "ACCUSE") for row in dyads(nlp, text))


def test_condemning_an_attack_accuses_the_party_that_claimed_it(nlp):
    text = ("Gunmen attacked a bus near the border on Monday. The Shabaab claimed "
            "responsibility for the attack. President Ruto condemned the attack.")
    actors = {**ACTORS, "The Shabaab": ("group", "SOM")}
    got = {r[:3] for r in rows(RuleExtractor.default().extract(hand_analysis(nlp, text, actors)))}
    assert ("ACCUSE", "KEN", "SOM") in got


def test_condemning_an_attack_with_no_known_attacker_names_no_one(nlp):
    text = "Gunmen attacked a bus near the border on Monday. President Ruto condemned the attack."
    assert not any(row[0] == "ACCUSE" for row in dyads(nlp, text))


def test_condemning_an_attack_claimed_by_two_leaves_it_open(nlp):
    text = ("Gunmen attacked a bus on Monday. The Shabaab claimed responsibility for the attack, "
            "and the Front also claimed responsibility for the attack. Ruto condemned the attack.")
    actors = {**ACTORS, "The Shabaab": ("group", "SOM"), "the Front": ("group", "ETH")}
    got = {r[:3] for r in rows(RuleExtractor.default().extract(hand_analysis(nlp, text, actors)))}
    assert not any(row[0] == "ACCUSE" for row in got)


@pytest.mark.parametrize("text, expected", [
    ('"The crossings stay shut," Ruto said, accusing Uganda of smuggling arms.',
     ("ACCUSE", "KEN", "UGA", "fact")),
    ("Kenya said on Monday, condemning Uganda for the raid.", ("ACCUSE", "KEN", "UGA", "fact")),
    ("Peru spoke to reporters, rejecting the proposal from Chile.", ("REJECT", "PER", "CHL", "fact")),
])
def test_a_speakers_participle_is_the_speakers_own_act(nlp, text, expected):
    assert expected in found(nlp, text)


def test_what_is_said_stays_a_claim(nlp):
    got = found(nlp, "Kenya said Uganda had condemned Egypt for the raid.")
    assert ("ACCUSE", "UGA", "EGY", "claim") in got
