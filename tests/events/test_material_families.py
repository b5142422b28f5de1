"""Material acts found through their construction: an attack named as a noun under "claimed
responsibility for" is the claimant's (ASSAULT), and restrictions imposed on another state's
people, firms or goods are a sanction (SANCTION), not a restriction at home (COERCE).
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Harakat Front": ("group", "MLI", "REB"), "Mali": ("country", "MLI"),
          "Japan": ("country", "JPN"), "Russian": ("country", "RUS"),
          "Canada": ("country", "CAN"), "Chinese": ("country", "CHN"),
          "Egypt": ("country", "EGY"), "Israel": ("country", "ISR"),
          "Palestinian": ("country", "PSE"), "UN": ("organization", "UN")}
PLACES = {"Cairo": "EGY", "Gao": "MLI"}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS, PLACES)


# ------------------------------------------------ an attack noun owned up to (ASSAULT)

@pytest.mark.parametrize("text, expected", [
    ("The Harakat Front claimed responsibility for the bombing of a police station in Mali.",
     ("ASSAULT", "MLI", "MLI")),
    ("The Harakat Front took credit for the ambush of an army convoy near Gao in Mali.",
     ("ASSAULT", "MLI", "MLI")),
])
def test_attack_noun_is_the_claimants(nlp, text, expected):
    assert expected in dyads(nlp, text), dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # condemning, or taking the blame, is no owning up to the attack
    "The UN condemned the bombing of a police station in Mali.",
    "The UN took the blame for the delay in the inquiry into the bombing in Mali.",
])
def test_no_claimant_no_attacker(nlp, text):
    assert not any(row[0] == "ASSAULT" and row[1] == "UN" for row in dyads(nlp, text)), \
        dyads(nlp, text)


# ------------------------------------------------ restrictions on another state (SANCTION)

@pytest.mark.parametrize("text, expected", [
    ("Japan imposed restrictions on Russian banks on Monday.", ("SANCTION", "JPN", "RUS")),
    ("Canada imposed a ban on Chinese steel imports last year.", ("SANCTION", "CAN", "CHN")),
    ("Japan has imposed strict controls on Russian shipping.", ("SANCTION", "JPN", "RUS")),
])
def test_restrictions_on_another_state_are_a_sanction(nlp, text, expected):
    assert expected in dyads(nlp, text), dyads(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # restrictions at home stay a restriction (COERCE), not a sanction
    ("Egypt imposed restrictions on protesters in Cairo.", ("SANCTION", "EGY", "EGY")),
    ("Japan imposed restrictions on its own banks.", ("SANCTION", "JPN", "JPN")),
    # a curfew or a blockade is no trade or travel restriction
    ("Israel imposed a curfew on Palestinian towns.", ("SANCTION", "ISR", "PSE")),
])
def test_restrictions_at_home_are_no_sanction(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text), dyads(nlp, text)


def test_restriction_at_home_is_still_found(nlp):
    assert ("COERCE", "EGY", "EGY") in dyads(nlp, "Egypt imposed restrictions on protesters in Cairo.")
