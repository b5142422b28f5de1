"""Recall rules for parties named by nouns: meetings of several parties, agent nouns of giving
(supplier, donor, backer) and withheld access for outsiders (a negated allowance is a refusal).

Real parses with hand-made actor mentions and places; every sentence is invented.
"""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

# name in the text -> (kind, code); longer names first so they win over their parts
ACTORS = {"Baltic foreign ministers": ("group", "BLT"), "Chilean ministers": ("group", "CHL"),
          "Peruvian officials": ("group", "PER"), "the Red Cross": ("group", "NGO"),
          "relief agencies": ("group", "NGO"), "aid workers": ("group", "NGO"),
          "the militia": ("group", "MIL"), "The militia": ("group", "MIL"),
          "Chile": ("country", "CHL"), "Peru": ("country", "PER"), "Norway": ("country", "NOR"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA"), "ASEAN": ("igo", "ASN")}
PLACES = {"Lima": "PER", "Oslo": "NOR", "Mombasa": "KEN", "Gulu": "UGA"}


def mentions(nlp, text: str) -> set[tuple]:
    return rows(RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS, PLACES)))


@pytest.mark.parametrize("text, expected", [
    # planned meetings with several parties: one mention per pair with the convener
    ("Baltic foreign ministers will meet in Oslo on Friday with Kenya and ASEAN.",
     {("CONSULT", "BLT", "KEN", "future"), ("CONSULT", "BLT", "ASN", "future")}),
    ("Norway held talks with Kenya and ASEAN last week.",
     {("CONSULT", "NOR", "KEN", "fact"), ("CONSULT", "NOR", "ASN", "fact")}),
    ("Norway hosted a meeting of Chilean ministers and Peruvian officials in Oslo.",
     {("CONSULT", "NOR", "CHL", "fact"), ("CONSULT", "NOR", "PER", "fact")}),
    # no convener: the parties met each other
    ("A meeting of Chilean ministers and Peruvian officials took place in Lima.",
     {("CONSULT", "CHL", "PER", "fact")}),
    ("A meeting of Kenya and Uganda is planned for next month.",
     {("CONSULT", "KEN", "UGA", "future")}),
])
def test_parties_meeting_of_several_parties_pairs_them(nlp, text, expected):
    assert expected <= mentions(nlp, text)


@pytest.mark.parametrize("text", [
    "A meeting of Chilean ministers took place in Lima.",  # one party: no pair
    "The meeting of the committee ended without Kenya.",
])
def test_parties_meeting_of_one_party_is_not_a_pair(nlp, text):
    assert not {m for m in mentions(nlp, text) if m[0] == "CONSULT" and m[2] is not None}


@pytest.mark.parametrize("text, expected", [
    ("Norway has long been a major supplier of grain to Kenya.", ("AID", "NOR", "KEN")),
    ("Norway is Kenya's largest arms supplier.", ("AID", "NOR", "KEN")),
    ("Norway, Uganda's main backer, sent more engineers.", ("AID", "NOR", "UGA")),
    ("Chile is now the biggest donor to Peru.", ("AID", "CHL", "PER")),
    ("Chile is Peru's biggest donor.", ("AID", "CHL", "PER")),
])
def test_parties_supplier_donor_backer_nouns_are_aid(nlp, text, expected):
    assert expected in {m[:3] for m in mentions(nlp, text)}


@pytest.mark.parametrize("text", [
    "Norway's main supplier is a private firm.",  # the possessor is the customer, not a donor
    "Chile is the biggest supplier of copper in the region.",  # no recipient party
    "Kenya's backers met in Mombasa.",
])
def test_parties_agent_nouns_without_a_recipient_are_not_aid(nlp, text):
    assert not {m for m in mentions(nlp, text) if m[0] == "AID"}


@pytest.mark.parametrize("text", [
    "The militia does not allow relief agencies to reach Gulu.",
    "The militia will not allow the Red Cross into Gulu.",
    "The militia refused access to aid workers in Gulu.",
    "The militia denied access to the Red Cross.",
])
def test_parties_withheld_access_is_a_rejection(nlp, text):
    found = mentions(nlp, text)
    assert ("REJECT", "MIL", "NGO", "fact") in found
    assert not {m for m in found if m[0] in ("RETREAT", "CONCEDE")}  # not a negated allowance


def test_parties_granted_access_is_not_a_rejection(nlp):
    found = mentions(nlp, "The militia allowed relief agencies to reach Gulu.")
    assert ("RETREAT", "MIL", "NGO", "fact") in found
    assert not {m for m in found if m[0] == "REJECT"}


@pytest.mark.parametrize("text", [
    "Chile does not allow Peru to fish in its waters.",  # not outsiders let in
    "Norway said the militia does not allow members to leave.",
])
def test_parties_other_negated_allowances_are_not_access_rejections(nlp, text):
    assert not {m for m in mentions(nlp, text) if m[0] == "REJECT" and m[2] == "NGO"}
    assert not {m for m in mentions(nlp, text) if m[0] == "REJECT" and m[1] == "CHL"}


def test_parties_promised_access_is_an_agreement(nlp):
    found = mentions(nlp, "Uganda said it would allow the Red Cross to visit its prisons.")
    assert {m[0] for m in found if m[1] == "UGA" and m[2] == "NGO"} == {"AGREE"}
