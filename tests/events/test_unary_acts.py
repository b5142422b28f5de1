"""Acts aimed at no one: a weapons test or a military drill with no target named is coded with
no recipient (not as the actor's own state, and not against the place where it is held); a
target named in the act or in its purpose still counts. And the readings each must not
produce. Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Chilean navy": ("group", "CHL"), "Chile": ("country", "CHL"),
          "Peru": ("country", "PER"), "Kenya": ("country", "KEN"),
          "Norway": ("country", "NOR"), "Uganda": ("country", "UGA")}
PLACES = {"Arica": "CHL", "Lima": "PER"}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS, PLACES)


@pytest.mark.parametrize("text, expected", [
    # tests and drills with no target: no recipient
    ("Chile carried out a missile test on Tuesday.", ("MOBILIZE", "CHL", None)),
    ("Peru conducted two nuclear tests last year.", ("MOBILIZE", "PER", None)),
    ("Chile tested a new cruise missile off its northern coast.", ("MOBILIZE", "CHL", None)),
    ("Peru test-fired three short-range rockets on Sunday.", ("MOBILIZE", "PER", None)),
    ("The Chilean navy held live-fire drills on Monday.", ("MOBILIZE", "CHL", None)),
    # a test or drill held at home is not an act against the place
    ("Chile conducted a missile test near Arica on Friday.", ("MOBILIZE", "CHL", None)),
    # the target named in the act, or in what it is for
    ("Chile held naval drills around Peru on Monday.", ("MOBILIZE", "CHL", "PER")),
    ("Peru conducted a missile test to warn Chile.", ("MOBILIZE", "PER", "CHL")),
    ("Chile deployed troops to the border to deter Peru.", ("MOBILIZE", "CHL", "PER")),
])
def test_unaimed_act_is_found(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # a test aimed at no one is not the actor's own state, nor the place's
    ("Chile carried out a missile test on Tuesday.", ("MOBILIZE", "CHL", "CHL")),
    ("Chile conducted a missile test near Arica on Friday.", ("MOBILIZE", "CHL", "CHL")),
    # a test that names its target is not also coded aimed at no one
    ("Chile held naval drills around Peru on Monday.", ("MOBILIZE", "CHL", None)),
    # tests that are not weapons tests
    ("Kenya tested a new voting machine in several counties.", ("MOBILIZE", "KEN", None)),
    ("Norway tested positive for a new approach to fishing quotas.", ("MOBILIZE", "NOR", None)),
    ("Uganda is testing the patience of its neighbours.", ("MOBILIZE", "UGA", None)),
    # a test named only as a landmark reports nothing
    ("Peru closed the site of its missile launch to visitors.", ("MOBILIZE", "PER", None)),
    # drills held together with another party are cooperation, not acts aimed at no one
    ("Chile held joint naval drills with Peru last week.", ("MOBILIZE", "CHL", None)),
    ("Chile and Peru held joint military drills off the coast.", ("MOBILIZE", "PER", None)),
    # what happens meanwhile is no purpose: the target stays the one named
    ("Chile deployed troops to the border while Norway said it would mediate.",
     ("MOBILIZE", "CHL", "NOR")),
    # drills that are not military
    ("Kenya held earthquake drills in schools.", ("MOBILIZE", "KEN", None)),
])
def test_unaimed_act_is_not_found(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text)
