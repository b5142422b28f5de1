""""Peru rejected the request": a definite step answered names its author a sentence or two
before ("Egypt urged Peru to …"); an indefinite one ("a request") is a new step. Every
sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Uganda": ("country", "UGA"), "Ethiopia": ("country", "ETH"), "Egypt": ("country", "EGY"),
          "Peru": ("country", "PER")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    ("Uganda had agreed to a ten-day ceasefire. Ethiopia has not agreed to the ceasefire.",
     ("AGREE", "ETH", "UGA")),
    ("Egypt urged Peru to free the prisoners. Peru rejected the request on Monday.",
     ("REJECT", "PER", "EGY")),
])
def test_answer_to_an_earlier_step(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_indefinite_step_is_new(nlp):
    text = "Egypt urged Peru to free the prisoners. Peru rejected a request for more time."
    assert ("REJECT", "PER", "EGY") not in dyads(nlp, text)


def test_antecedent_too_far_back_is_not_taken(nlp):
    text = ("Egypt urged Peru to free the prisoners. Talks went on for weeks. The rains came. "
            "The harvest failed. Peru rejected the request on Monday.")
    assert ("REJECT", "PER", "EGY") not in dyads(nlp, text)
