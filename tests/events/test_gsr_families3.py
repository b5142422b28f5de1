"""Recall families from news English (GSR round 3): breaking a pledge made to a party
rejects that party ("reneged on its promise to X").
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Iran": ("country", "IRN"), "Ghana": ("country", "GHA"), "Togo": ("country", "TGO"),
          "United States": ("country", "USA"), "Ghanaian farmers": ("group", "GHA"),
          "its": ("country", "IRN"), "his": ("person", "GHA"),
          "President John Mensah": ("person", "GHA")}
PLACES: dict[str, str] = {}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS, PLACES)


@pytest.mark.parametrize("text, expected", [
    ("Iran reneged on its commitment to the United States.", ("REJECT", "IRN", "USA")),
    ("Ghana has reneged on the deal with Togo.", ("REJECT", "GHA", "TGO")),
    ("President John Mensah reneged on his promise to Ghanaian farmers to cut taxes.",
     ("REJECT", "GHA", "GHA")),
])
def test_reneged_pledge_rejects_its_party(nlp, text, expected):
    assert expected in dyads(nlp, text), dyads(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # the pledge's maker is not the party it was made to
    ("Iran reneged on its commitment to the United States.", ("REJECT", "IRN", "IRN")),
    # a promise kept is no rejection
    ("Iran kept its commitment to the United States.", ("REJECT", "IRN", "USA")),
    # the party the verb's object was made with, not a party named elsewhere
    ("Ghana reneged on the deal, officials in Togo said.", ("REJECT", "GHA", "TGO")),
])
def test_not_a_reneged_pledge(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text), dyads(nlp, text)
