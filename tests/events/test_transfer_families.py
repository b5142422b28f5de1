"""News constructions found missing on unseen stories.

Founding a union together ("formed an alliance", "created a confederation") is an agreement
among the founders: one AGREE line per pair of coordinated founders, or founder and the party
"with" whom it was formed. A single party setting up a body of its own agrees with no one.
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Ghana": ("country", "GHA"), "Togo": ("country", "TGO"), "Benin": ("country", "BEN"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo created a confederation in July.", ("AGREE", "GHA", "TGO")),
    ("Ghana, Togo and Benin left the talks and formed an alliance of their own.",
     ("AGREE", "TGO", "BEN")),
    ("Kenya formed an alliance with Uganda last year.", ("AGREE", "KEN", "UGA")),
    ("Ghana and Benin established a customs union in 2019.", ("AGREE", "GHA", "BEN")),
])
def test_founding_a_union_is_an_agreement(nlp, text, expected):
    assert expected in dyads(nlp, text), dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Kenya created a committee to study the matter.",
    "Kenya formed a new government on Monday.",
    "Ghana established a union of farmers.",
    "Ghana and Togo formed a line at the border.",
])
def test_no_union_no_agreement(nlp, text):
    assert not {d for d in dyads(nlp, text) if d[0] == "AGREE"}, dyads(nlp, text)
