"""Precision families judged on news outside the gold: an act only aimed at by the means
of a possible act ("could provoke X by testing"), an act pending under "until", a warning
about a natural hazard, and an event noun whose sentence denies something else about it
("the raid is not linked to …"). Real parses with hand-made actor mentions; every
sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Iran": ("country", "IRN"), "Israel": ("country", "ISR"), "Georgia": ("country", "GEO"),
          "Russia": ("country", "RUS"), "Turkish": ("country", "TUR"), "Turkey": ("country", "TUR"),
          "Syria": ("country", "SYR"), "Iraq": ("country", "IRQ"), "Iraqi": ("country", "IRQ"),
          "Peru": ("country", "PER"), "Chile": ("country", "CHL"), "Ukraine": ("country", "UKR")}
PLACES = {"Lima": "PER"}


def found(nlp, text: str) -> set[tuple]:
    return rows(RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS, PLACES)))


@pytest.mark.parametrize("text, unwanted", [
    # the means of a possible act is no act done
    ("Analysts think Iran could provoke Israel by testing a missile.",
     ("MOBILIZE", "IRN", None, "fact")),
    # a present-tense clause under "until" has not happened
    ("The sanctions will stay in place until Russia withdraws from Georgia.",
     ("RETREAT", "RUS", "GEO", "fact")),
    ("Chile will keep its envoy home until Russia has withdrawn from Georgia.",
     ("RETREAT", "RUS", "GEO", "fact")),
])
def test_not_done(nlp, text, unwanted):
    assert unwanted not in found(nlp, text), found(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a means of an aspiration is done ("sought peace by promising …": the promise was made)
    ("Turkey today sought peace with Iraq by promising to withdraw from Iraqi territory.",
     ("AGREE", "TUR", "IRQ", "fact")),
    # a means of an act done is done
    ("Iran retaliated against Israel by firing missiles at Tel Aviv.",
     ("ASSAULT", "IRN", "ISR", "fact")),
    # "until" with a past verb tells of the past
    ("The fighting went on until Turkey withdrew from Syria in 2019.",
     ("RETREAT", "TUR", "SYR", "fact")),
    # the noun's event happened; what is denied is something else about it
    ("The Turkish raid on Syria is not connected to the investigation, the minister said.",
     ("ASSAULT", "TUR", "SYR", "fact")),
    # a verb that says whether the event happens keeps its negation
    ("The planned talks between Russia and Ukraine did not take place.",
     ("CONSULT", "RUS", "UKR", "negated")),
])
def test_still_found(nlp, text, expected):
    assert expected in found(nlp, text), found(nlp, text)


@pytest.mark.parametrize("text", [
    "Officials in Peru warned residents that heavy rains will cause landslides.",
    "The government of Peru warned of hurricanes along the coast of Lima.",
])
def test_hazard_warning_is_no_threat(nlp, text):
    assert not any(r[0] == "THREATEN" for r in found(nlp, text)), found(nlp, text)


def test_warning_to_a_party_is_a_threat(nlp):
    assert ("THREATEN", "IRN", "ISR", "fact") in found(nlp, "Iran warned Israel of retaliation.")


def test_aid_asked_for_is_not_given(nlp):
    text = "Chile has requested 20 million dollars in emergency assistance funding for Peru."
    assert not any(r[0] == "AID" and r[3] == "fact" for r in found(nlp, text)), found(nlp, text)


def test_aid_sent_is_given(nlp):
    text = "Chile sent 20 million dollars in emergency assistance funding to Peru."
    assert any(r[0] == "AID" and r[1] == "CHL" for r in found(nlp, text)), found(nlp, text)
