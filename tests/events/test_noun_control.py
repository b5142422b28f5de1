"""The one who does what a noun's infinitive says ("X's decision to send", "the latter's refusal
to give in") is the noun's possessor. When the possessor names no coded party, the doer is
unknown: the subject of the clause around it ("Y pointed to ...") is no stand-in.
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Kenya": ("country", "KEN"), "Haiti": ("country", "HTI"), "Moscow": ("country", "RUS"),
          "Norway": ("country", "NOR"), "Lindqvist": ("person", "SWE")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


def test_a_coded_possessor_is_the_doer(nlp):
    found = dyads(nlp, "Lindqvist welcomed Kenya's decision to send troops to Haiti.")
    assert ("AID", "KEN", "HTI") in found, found


@pytest.mark.parametrize("text", [
    "Lindqvist pointed to the latter’s refusal to give in to Moscow’s demands.",
    "Lindqvist cited the former's refusal to bow to pressure from Moscow.",
])
def test_an_uncoded_possessor_leaves_the_doer_unknown(nlp, text):
    found = dyads(nlp, text)
    assert not any(actor == "SWE" for _, actor, _ in found), found
