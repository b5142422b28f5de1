"""Cooperation and international families: an event noun under a quantity ("a series of
airstrikes against X", "hours of talks with X"), arms purchases (AID from seller to buyer),
"discussions with X". Recall tests, and sentences that must not produce the event. Every
sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Chinese warplanes": ("group", "CHN"), "Taiwan": ("country", "TWN"),
          "China": ("country", "CHN"), "Chilean troops": ("group", "CHL"), "Peruvian officials": ("group", "PER"),
          "Russian": ("country", "RUS"), "Japanese": ("country", "JPN"),
          "Chile": ("country", "CHL"), "Peru": ("country", "PER"), "Russia": ("country", "RUS"),
          "Egypt": ("country", "EGY"), "Lima": ("country", "PER"),
          "International Monetary Fund": ("organization", "IMF")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    ("Chilean troops carried out a series of airstrikes against Peru on Monday.",
     ("ASSAULT", "CHL", "PER")),
    ("Chile held two days of talks with Peruvian officials in Geneva.",
     ("CONSULT", "CHL", "PER")),
    ("Two rounds of talks between Chile and Peru ended without a deal.",
     ("CONSULT", "CHL", "PER")),
    ("Egypt's purchase of Russian fighter jets angered its neighbours.", ("AID", "RUS", "EGY")),
    ("Egypt's purchase of Russia's S-400 missile system angered its neighbours.",
     ("AID", "RUS", "EGY")),
    ("Egypt bought attack helicopters from Russia last year.", ("AID", "RUS", "EGY")),
    ("Peru will buy Russian tanks, the ministry said.", ("AID", "RUS", "PER")),
    ("Egypt held discussions with the International Monetary Fund on a new loan.",
     ("CONSULT", "EGY", "IMF")),
    # a sum counted "in" an event noun: the sum's verb carries the noun
    ("Peru accepted $2 billion in Russian funding to build a port.", ("AID", "RUS", "PER")),
    ("Egypt has received $3 billion in loans from Russia since 2019.", ("AID", "RUS", "EGY")),
    ("Peru secured an International Monetary Fund loan last year.", ("AID", "IMF", "PER")),
    # drills laid out around a state are aimed at it
    ("China conducted the military drills encircling Taiwan.", ("MOBILIZE", "CHN", "TWN")),
    ("China launched large-scale military drills surrounding Taiwan on Thursday.",
     ("MOBILIZE", "CHN", "TWN")),
    # an encirclement with no exercise is still coded as before
    ("Chinese warplanes encircled Taiwan on Monday.", ("ASSAULT", "CHN", "TWN")),
])
def test_family_found(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # a purchase of goods, shares or cars is trade, not aid
    ("Egypt bought Japanese cars worth millions.", "AID"),
    ("Egypt's purchase of shares in a Russian company surprised investors.", "AID"),
    ("Egypt's purchase of Russian wheat rose last year.", "AID"),
    # a purchase with no seller named is no dyad
    ("Egypt bought fighter jets last year.", "AID"),
    # a series of meetings with no other party, and a postponed meeting
    ("Peru held a series of meetings in Lima.", "CONSULT"),
    ("A series of discussions in Lima was postponed.", "CONSULT"),
    # a quantity of attacks by one side with no target named
    ("Chile has seen a wave of attacks this year.", "ASSAULT"),
    # a sum lost or raised is no aid received
    ("Peru lost $2 billion in Russian funding when the deal collapsed.", "AID"),
    ("Egypt's loans from private banks grew.", "AID"),
    # drills around a building are no military exercise; the encircling drills no attack
    ("Firefighters in Chile conducted drills surrounding the building.", "MOBILIZE"),
    ("China conducted the military drills encircling Taiwan.", "ASSAULT"),
])
def test_family_not_found(nlp, text, unwanted):
    assert not any(d[0] == unwanted and d[1] != d[2] for d in dyads(nlp, text))
