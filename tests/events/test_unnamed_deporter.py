"""An agentless deportation ("many of them were deported to X"): people of no named state sent
away with no agent named are sent by the state they leave: the place they are sent from, else
the one state the headline names. Real parses with hand-made actor mentions; every sentence is
invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Kenya": ("country", "KEN"), "Somalia": ("country", "SOM"),
          "Ethiopia": ("country", "ETH"), "Italy": ("country", "ITA"),
          "Tunisia": ("country", "TUN"), "Ethiopians": ("group", "ETH")}
PLACES = {"Palermo": "ITA"}


def dyads(nlp, text: str, title: str | None = None) -> set[tuple]:
    analysis = hand_analysis(nlp, text, ACTORS, PLACES, title=title)
    return {row[:3] for row in rows(RuleExtractor.default().extract(analysis))}


@pytest.mark.parametrize("text, title, expected", [
    # the headline's one state holds them
    ("The camps held 300 people, many of whom were later deported to Somalia.",
     "Kenya tightens rules on camps", ("COERCE", "KEN", "SOM")),
    ("Dozens of the men were repatriated to Ethiopia in March.",
     "Kenya closes two camps", ("COERCE", "KEN", "ETH")),
    # a "from" place names the state they leave, headline or not
    ("Officials said 30 men were deported from Palermo to Tunisia on Monday.", None,
     ("COERCE", "ITA", "TUN")),
])
def test_agentless_deportation(nlp, text, title, expected):
    assert expected in dyads(nlp, text, title), dyads(nlp, text, title)


@pytest.mark.parametrize("text, title", [
    # no headline state, no place left: nobody is inferred
    ("The camps held 300 people, many of whom were later deported to Somalia.", None),
    # the headline's state is where they go: not the deporter
    ("Many of the men were deported to Somalia on Friday.", "Somalia receives returnees"),
    # a headline naming two states names no one state
    ("Many of the men were deported to Somalia on Friday.", "Kenya and Ethiopia hold talks"),
    # an agent named but not resolved is no gap
    ("Many of the men were deported to Somalia by the authorities.", "Kenya tightens rules"),
])
def test_no_deporter_inferred(nlp, text, title):
    found = {r for r in dyads(nlp, text, title) if r[0] == "COERCE" and r[2] == "SOM"}
    assert not found, found


def test_named_nationals_are_the_recipient(nlp):
    # a named nationality is the recipient, as when the deporter is named
    found = dyads(nlp, "Forty Ethiopians were deported to Somalia.", "Kenya closes camps")
    assert ("COERCE", "KEN", "ETH") in found, found
