"""A court filing speaks for its filer: "X filed lawsuits against Y ... The suits allege
that ..." is X's accusation, the later "the suit(s)"/"the lawsuit"/"the complaint" being the
filing of a sentence or two before (cue court_filing_nouns, like a statement's issuer).
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Two press unions": ("group", "NGO"), "the Free Press Trust": ("organization", "NGO"),
          "Peru": ("country", "PER"), "Chile": ("country", "CHL")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    ("Two press unions filed lawsuits against the ministry last week. The suits allege that "
     "Peru jailed reporters without trial.", ("ACCUSE", "NGO", "PER")),
    ("the Free Press Trust filed a lawsuit in Lima on Monday. The suit accuses Peru of "
     "jailing reporters.", ("ACCUSE", "NGO", "PER")),
])
def test_the_suit_is_its_filers(nlp, text, expected):
    assert expected in dyads(nlp, text), dyads(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # no filer named: the suit speaks for no one in the story
    ("Chile hosted a trade fair in May. The suit accuses Peru of jailing reporters.",
     ("ACCUSE", "CHL", "PER")),
    # another kind of document is no court filing
    ("Chile issued a report on Monday. The suit accuses Peru of jailing reporters.",
     ("ACCUSE", "CHL", "PER")),
    # a filing too far back (three sentences) is not the one meant
    ("Chile filed a lawsuit in Lima on Monday. Talks on trade went on. Prices rose. "
     "The suit accuses Peru of jailing reporters.", ("ACCUSE", "CHL", "PER")),
])
def test_not_the_filers(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text), dyads(nlp, text)
