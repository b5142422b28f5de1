"""A place the gazetteer cannot place (a village, a camp) is named by the actor stage with no
state code; in a place phrase ("aid workers in X") it is where the people are, not who they
are, so the act falls back to its unnamed-people reading. Abductions and kidnappings as event
nouns. Real parses with hand-made actor mentions; every sentence and place name is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, hand_dyads

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

# "Marundu" and "Kisoli camp" stand for places the actor stage names without a state
ACTORS = {"Red Hand Front": ("group", "UGA"), "Kenyan police": ("group", "KEN"),
          "Kisoli camp": ("organization", None), "Marundu": ("organization", None),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    # people in an unplaced village or camp are unnamed people at home
    ("The Red Hand Front attacked aid workers in Marundu on Sunday.", ("ASSAULT", "UGA", "UGA")),
    ("Kenyan police arrested dozens of refugees from Kisoli camp.", ("COERCE", "KEN", "KEN")),
    # abductions and kidnappings as nouns: the possessor or the "by" phrase is the actor
    ("The Red Hand Front's abduction of 40 schoolgirls shocked the region.",
     ("ASSAULT", "UGA", "UGA")),
    ("The kidnapping of three teachers in Marundu by the Red Hand Front drew wide condemnation.",
     ("ASSAULT", "UGA", "UGA")),
    ("The Red Hand Front's kidnapping of two Kenyan engineers angered Kenya.",
     ("ASSAULT", "UGA", "KEN")),
])
def test_found(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # the victims' possessive is not the abductor
    ("Their abduction by the Red Hand Front angered Kenya.", ("ASSAULT", "KEN", "UGA")),
    # a danger of kidnapping names no act
    ("Kenya warned of the danger of kidnapping near the border with Uganda.",
     ("ASSAULT", "KEN", "UGA")),
])
def test_not_found(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text)


def test_unplaced_place_is_no_party(nlp):
    found = RuleExtractor.default().extract(hand_analysis(
        nlp, "The Red Hand Front attacked aid workers in Marundu on Sunday.", ACTORS))
    assert all(m.recipient is None or m.recipient.actor.country for m in found)
    assert any(m.type == "ASSAULT" for m in found)
