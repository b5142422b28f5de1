"""More constructions of the PLOVER gold-standard records: permission given in a clause
("decided to allow X to run"), a refusal to take people in, talks that end without a deal.
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Kenya": ("country", "KEN"), "Uganda": ("country", "UGA"),
          "Peru": ("country", "PER"), "Chile": ("country", "CHL"),
          "Chileans": ("group", "CHL"), "Peruvians": ("group", "PER"),
          "Kenyan electoral board": ("organization", "KEN"),
          "Ugandan herders": ("group", "UGA")}
PLACES = {"Nairobi": "KEN", "Lima": "PER", "Kampala": "UGA"}
# a person the knowledge base lacks: no state
ACTORS["Joseph Oduya"] = ("person", None)
# a group named by a common noun, and a named body, that the knowledge base gives no state
ACTORS["rebels"] = ("group", None)
ACTORS["Tana Council"] = ("organization", None)


def found(nlp, text: str) -> set[tuple]:
    return {row[:3] for row in rows(RuleExtractor.default().extract(
        hand_analysis(nlp, text, ACTORS, PLACES)))}


@pytest.mark.parametrize("text, expected", [
    # permission, the permitted act parsed as a clause of its own
    ("The Kenyan electoral board decided to allow Ugandan herders to vote in the next "
     "elections.", ("CONCEDE", "KEN", "UGA")),
    # a state refusing to take people in
    ("Kenya says it will not accept any more refugees from Uganda.", ("REJECT", "KEN", "UGA")),
    ("Peru will not admit more migrants this year, the minister said.",
     ("REJECT", "PER", "PER")),
    # talks that end without a deal: each side rejects the other
    ("Peruvians and Chileans failed to reach agreement on the maritime border.",
     ("REJECT", "PER", "CHL")),
    ("Peruvians and Chileans failed to reach agreement on the maritime border.",
     ("REJECT", "CHL", "PER")),
    ("Kenya failed to agree with Uganda on the new tariffs.", ("REJECT", "KEN", "UGA")),
    # a crowd the knowledge base gives no state protests where it is
    ("Hundreds of supporters of Joseph Oduya blocked roads in Nairobi on Monday.",
     ("PROTEST", "KEN", "KEN")),
    ("Supporters of Joseph Oduya demonstrated in Kampala.", ("PROTEST", "UGA", "UGA")),
    # blocking traffic, a petition drive
    ("Ugandan herders blocked traffic into Kampala for hours.", ("PROTEST", "UGA", "UGA")),
    ("Kenya's opposition began collecting signatures to force a referendum.",
     ("PROTEST", "KEN", "KEN")),
    # "will not tolerate X": a warning
    ("Kenya will no longer tolerate Ugandan incursions, the minister warned.",
     ("THREATEN", "KEN", "UGA")),
    ("Peru said it will not tolerate protests by Chileans in Lima.", ("THREATEN", "PER", "CHL")),
    # an investigation with no investigator named: the state where it happens investigates
    ("Two Chileans were investigated in Lima for fraud.", ("ACCUSE", "PER", "CHL")),
    ("Ugandan herders have been put under investigation in Nairobi for cattle theft.",
     ("ACCUSE", "KEN", "UGA")),
    # an investigation or hearing into an event with no party named: the state's own affair
    ("Peru's supreme court opened a hearing on Tuesday into the legality of the decree.",
     ("ACCUSE", "PER", "PER")),
    ("Kenya launched an inquiry into the deaths in Nairobi.", ("ACCUSE", "KEN", "KEN")),
    ("Chile has opened an investigation into the fire.", ("ACCUSE", "CHL", "CHL")),
    # fighters disarmed with no one named disarming them: their state (or the place's)
    ("Half of the Ugandan herders have been disarmed since the accord.",
     ("RETREAT", "UGA", "UGA")),
    ("Some 200 Chileans were demobilized in Lima last month.", ("RETREAT", "PER", "CHL")),
    # a withdrawal from a place at home names no other party
    ("Ugandan herders completed their withdrawal from the Ugandan town of Gulu.",
     ("RETREAT", "UGA", None)),
    # aid suspended in a place, no party named: the place's state
    ("Chilean engineers suspended aid deliveries in Lima after the riots.",
     ("SANCTION", "CHL", "PER")),
    # a stateless group dealing with a state is of that state, or of the place named
    ("Peru rejected the demands of rebels in Kampala.", ("REJECT", "PER", "UGA")),
    # a subject named only by where it is based
    ("A radio station based in Kampala has defied a ban by Kenya.", ("REJECT", "UGA", "KEN")),
    ("A militia based in Lima attacked Chilean engineers.", ("ASSAULT", "PER", "CHL")),
])
def test_family_is_found(nlp, text, expected):
    assert expected in found(nlp, text), found(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # no party is let do anything
    ("The Kenyan electoral board was accused of allowing fraud to spread in Nairobi.",
     ("CONCEDE", "KEN", "KEN")),
    ("Peru changed the law to allow the elections to take place in May.",
     ("CONCEDE", "PER", "PER")),
    # taking people in is no refusal
    ("Kenya accepted 300 refugees from Uganda.", ("REJECT", "KEN", "UGA")),
    ("Kenya did not accept the Ugandan herders' claims.", ("REJECT", "KEN", "UGA")),
    # failing to reach a place is no failed negotiation
    ("Kenya and Uganda failed to reach the border before nightfall.", ("REJECT", "KEN", "UGA")),
    # failing to agree to a text is no rejection of a party named beside it
    ("Peruvians and Chileans failed to reach the summit in Lima.", ("REJECT", "PER", "CHL")),
    # one person with no state is not coded by the place
    ("Joseph Oduya protested in Nairobi.", ("PROTEST", "KEN", "KEN")),
    # an investigator named but not coded leaves no gap for the place to fill
    ("Two Chileans were investigated by a commission in Lima.", ("ACCUSE", "PER", "CHL")),
    # something suspended at home, or no aid, is no sanction on the place
    ("Peru suspended flights in Lima.", ("SANCTION", "PER", "PER")),
    ("Chilean engineers suspended work in Lima.", ("SANCTION", "CHL", "PER")),
    # a named body with no state stays uncoded
    ("Kenya rejected the demands of the Tana Council.", ("REJECT", "KEN", "KEN")),
    # nor does an event noun's party take a state this way
    ("Peru rejected the demands of rebels in Kampala.", ("REQUEST", "PER", "UGA")),
    # a party named keeps its own state wherever it is based
    ("Kenyan soldiers based in Kampala attacked the militia.", ("ASSAULT", "UGA", "UGA")),
    # a withdrawal from abroad keeps its recipient
    ("Ugandan herders completed their withdrawal from Kenya.", ("RETREAT", "UGA", None)),
    # a hearing into nothing, a press inquiry, an investigation only called for
    ("The Kenyan court held a hearing on Monday.", ("ACCUSE", "KEN", "KEN")),
    ("Peru did not answer a Chilean inquiry about the decree.", ("ACCUSE", "PER", "PER")),
    ("Peru did not answer a Chilean inquiry about the decree.", ("ACCUSE", "CHL", "CHL")),
    ("Kenya called for an investigation into the fire.", ("ACCUSE", "KEN", "KEN")),
    # not tolerating as a stance, or with no party named, is no threat
    ("Kenya says it does not tolerate Ugandan incursions.", ("THREATEN", "KEN", "UGA")),
    ("Kenya said it will not tolerate corruption.", ("THREATEN", "KEN", "KEN")),
    ("Kenya tolerated Ugandan incursions for years.", ("THREATEN", "KEN", "UGA")),
    # signatures that are no petition
    ("Kenyan police collected the signatures of the suspects.", ("PROTEST", "KEN", "KEN")),
])
def test_family_does_not_fire(nlp, text, unwanted):
    assert unwanted not in found(nlp, text), found(nlp, text)
