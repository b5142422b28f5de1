"""A place is the recipient only where the act lands: not a landmark ("near the X border",
"from X"), not the place of a topic ("protests over the war in X"), and never a party named
inside a sea's name ("the Gulf of Oman"). Every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Chilean troops": ("group", "CHL"), "Chilean rebels": ("group", "CHL"),
          "Kenyan students": ("group", "KEN"), "Iran": ("country", "IRN"),
          "Oman": ("country", "OMN")}
PLACES = {"Lima": "PER", "Peru": "PER", "Nairobi": "KEN", "Gulf of Oman": None}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS, PLACES)


@pytest.mark.parametrize("text, expected", [
    ("Chilean troops fired rockets at targets in Lima on Monday.", ("ASSAULT", "CHL", "PER")),
    ("Chilean troops shelled villages inside Peru overnight.", ("ASSAULT", "CHL", "PER")),
])
def test_place_where_the_act_lands_is_the_recipient(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text, wrong", [
    # a landmark: the villages are at home, near another state's border
    ("Chilean rebels attacked several villages near the Peru border on Monday.",
     ("ASSAULT", "CHL", "PER")),
    # the place of a topic is the topic's, not the protest's target
    ("Kenyan students staged protests over the war in Lima.", ("PROTEST", "KEN", "PER")),
    # a party's name inside a sea's name is no party
    ("Iran seized a tanker in the Gulf of Oman on Thursday.", ("COERCE", "IRN", "OMN")),
])
def test_place_that_is_no_target_is_no_recipient(nlp, text, wrong):
    assert wrong not in dyads(nlp, text)
