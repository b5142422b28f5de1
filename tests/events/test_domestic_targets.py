"""An armed group's attack on a bus, a convoy or attackers at home, and a demand to release
prisoners, are domestic when no other party is named; a named foreign target still wins.
Every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Chilean rebels": ("group", "CHL"), "Kenyan police": ("organization", "KEN"),
          "Peru": ("country", "PER")}


def dyads(nlp, text: str) -> set[tuple]:
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS, {"Nairobi": "KEN"}))
    return {row[:3] for row in rows(found)}


@pytest.mark.parametrize("text, expected", [
    ("Chilean rebels ambushed a bus carrying soldiers on Monday.", ("ASSAULT", "CHL", "CHL")),
    ("Kenyan police killed four attackers who stormed a hotel in Nairobi.",
     ("ASSAULT", "KEN", "KEN")),
    ("Chilean rebels attacked a military convoy near the capital.", ("ASSAULT", "CHL", "CHL")),
    ("Chilean rebels demanded the release of political prisoners.", ("REQUEST", "CHL", "CHL")),
])
def test_domestic_target(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_named_foreign_target_is_not_domestic(nlp):
    found = dyads(nlp, "Chilean rebels ambushed a bus carrying soldiers from Peru.")
    assert ("ASSAULT", "CHL", "CHL") not in found


def test_things_are_no_domestic_target_of_a_request(nlp):
    # "the bus" is an attack's target at home, not the party a request is made to
    assert ("REQUEST", "CHL", "CHL") not in dyads(nlp, "Chilean rebels asked for a bus.")


def test_a_domestic_act_names_the_state_on_its_other_side(nlp):
    # the rebels act against Chile, not against themselves
    found = RuleExtractor.default().extract(hand_analysis(
        nlp, "Chilean rebels ambushed a bus carrying soldiers on Monday.", ACTORS))
    [m] = [m for m in found if m.type == "ASSAULT"]
    assert m.actor.actor.name == "Chilean rebels"
    assert (m.recipient.actor.name, m.recipient.actor.kind) == ("Chile", "country")
