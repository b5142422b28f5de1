"""Destroying property (burning offices, demolishing homes, defacing web sites) is coercion
(PLOVER COERCE, CAMEO 1712), not an assault on people; attacks on people stay ASSAULT.
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Chilean soldiers": ("group", "CHL"), "Chilean troops": ("group", "CHL"),
          "Peruvian": ("country", "PER"), "Peru": ("country", "PER")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text", [
    "Chilean soldiers demolished Peruvian homes near the border on Monday.",
    "Chilean soldiers set fire to the offices of the Peruvian trade mission.",
    "Chilean troops bulldozed Peruvian farms along the river.",
    "Chilean soldiers defaced Peruvian government web sites last week.",
])
def test_destroying_property_is_coercion(nlp, text):
    found = dyads(nlp, text)
    assert ("COERCE", "CHL", "PER") in found
    assert not any(t == "ASSAULT" for t, _, _ in found)


@pytest.mark.parametrize("text", [
    "Chilean troops attacked Peruvian soldiers near the border.",
    "Chilean troops destroyed two Peruvian tanks in the fighting.",
])
def test_attacks_on_forces_stay_assaults(nlp, text):
    found = dyads(nlp, text)
    assert ("ASSAULT", "CHL", "PER") in found
    assert ("COERCE", "CHL", "PER") not in found
