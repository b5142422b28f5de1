"""More families of events found missing on real news, written as lexicon data: hostage taking
and seizing power (ASSAULT), handing out relief, bailout packages received and sanctuary given
(AID), sanctions "ramped up" (SANCTION), women and children released (RETREAT), and "does not
recognize" as a rejection (REJECT), arrests ordered (COERCE), violated sovereignty (ASSAULT);
and the readings each must not produce. Real parses with hand-made actor mentions; every
sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Kenyan prosecutors": ("group", "KEN"), "Red Hand Front": ("group", "UGA"),
          "World Bank": ("organization", "IGO"), "Chile": ("country", "CHL"),
          "Peru": ("country", "PER"), "Norway": ("country", "NOR"), "Kenya": ("country", "KEN"),
          "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY")}


def found(nlp, text: str) -> set[tuple]:
    return rows(RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS)))


def dyads(nlp, text: str) -> set[tuple]:
    return {row[:3] for row in found(nlp, text)}


@pytest.mark.parametrize("text, expected", [
    # hostages: of a named state, else of the actor's own (people taken at home)
    ("Peru is holding twelve Chilean fishermen hostage.", ("ASSAULT", "PER", "CHL")),
    ("Gunmen from the Red Hand Front took 40 passengers hostage.", ("ASSAULT", "UGA", "UGA")),
    ("The Red Hand Front was holding more than 30 hostages.", ("ASSAULT", "UGA", "UGA")),
    # a seizure of power is an attack on the state at home
    ("The Red Hand Front seized power in a night of fighting.", ("ASSAULT", "UGA", "UGA")),
    # handing out relief
    ("Norway distributed food and blankets to displaced families in Kenya.",
     ("AID", "NOR", "KEN")),
    ("Norway distributed relief supplies to Egypt last week.", ("AID", "NOR", "EGY")),
    # a bailout received from a lender
    ("Egypt has received three bailout packages from the World Bank.", ("AID", "IGO", "EGY")),
    # sanctions ramped up
    ("Norway ramped up sanctions on Egypt after the vote.", ("SANCTION", "NOR", "EGY")),
    # sanctuary given to fighters is aid to them
    ("Uganda provided sanctuary to Kenyan rebels for years.", ("AID", "UGA", "KEN")),
    # people freed who are neither prisoners nor soldiers
    ("The Red Hand Front released dozens of women and children on Sunday.",
     ("RETREAT", "UGA", "UGA")),
    # an arrest ordered or announced by the party that makes it
    ("Kenyan prosecutors ordered the arrest of two Ugandan officials.", ("COERCE", "KEN", "UGA")),
    # a violated border or airspace is an incursion
    ("Uganda violated Kenya's airspace twice this week, officials said.",
     ("ASSAULT", "UGA", "KEN")),
    ("Norway says Egypt violated the sovereignty of Kenya.", ("ASSAULT", "EGY", "KEN")),
    # funding accepted from a named party
    ("Kenya accepted Norwegian funding for the dam.", ("AID", "NOR", "KEN")),
])
def test_family_is_found(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_denied_sanctuary_is_a_denied_aid(nlp):
    assert ("AID", "KEN", "UGA", "denial") in found(
        nlp, "Kenya denies providing sanctuary to Ugandan rebels.")


def test_not_recognizing_is_a_rejection(nlp):
    got = dyads(nlp, "Kenya said it does not recognize Uganda's claim to the island.")
    assert ("REJECT", "KEN", "UGA") in got
    assert not any(row[0] == "SUPPORT" for row in got)


def test_recognizing_stays_support(nlp):
    assert ("SUPPORT", "KEN", "UGA") in dyads(nlp, "Kenya recognized Uganda's new government.")


@pytest.mark.parametrize("text, wrong_type", [
    # holding a meeting, taking a stand, seizing weapons or the initiative
    ("Peru held talks with Chile on the border dispute.", "ASSAULT"),
    ("Chile took a hard line with Peru over the fishermen.", "ASSAULT"),
    ("Kenya seized a shipment of weapons bound for Uganda.", "ASSAULT"),
    # power in other senses
    ("Peru took power lines to remote villages with Chile's help.", "ASSAULT"),
    # distributing leaflets or blame is no aid
    ("Norway distributed leaflets to voters in Egypt.", "AID"),
    # a package of reforms, sanctions relaxed
    ("Egypt passed a package of reforms demanded by the World Bank.", "AID"),
    ("Norway eased sanctions on Egypt after the vote.", "SANCTION"),
    # a haven for money, figures released
    ("Norway provided a safe haven for investors from Egypt.", "AID"),
    ("Chile released its annual budget figures to Peru's bankers.", "RETREAT"),
    # funding a state gives its own budget is no aid
    ("Egypt raised funding for its schools this year.", "AID"),
    # a violated agreement stays a rejection
    ("Peru said Chile had violated the fishing agreement.", "ASSAULT"),
])
def test_family_guard(nlp, text, wrong_type):
    assert not any(row[0] == wrong_type for row in dyads(nlp, text))


@pytest.mark.parametrize("text", [
    # who condemns or demands an arrest does not make it
    "Chile condemned the arrest of Peru's consul in Lima.",
    "Norway demanded the arrest of the Egypt officials behind the attack.",
])
def test_an_arrest_is_not_made_by_its_critic(nlp, text):
    assert not any(row[0] == "COERCE" and row[1] in ("CHL", "NOR") for row in dyads(nlp, text))
