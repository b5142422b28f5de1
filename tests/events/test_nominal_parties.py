"""Parties of event nouns and of the things acts are done to, read the same way for every
noun: a possessor acts when an "of" phrase names who undergoes the act ("X's expulsion of
Y's diplomats"), a "by" phrase names the doer wherever the parser hangs it, a nationality
adjective stands where a possessor would ("Chilean funding"), and the owner of a thing acted
on is the recipient ("froze assets belonging to X", "froze $40 million in Chilean assets").
Times in the possessive ("Monday's arrest") name nobody. Every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Ugandan diplomats": ("group", "UGA"), "Peruvian fishermen": ("group", "PER"),
          "Chilean officials": ("group", "CHL"), "Kenya": ("country", "KEN"),
          "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY"), "Peru": ("country", "PER"),
          "Chile": ("country", "CHL"), "Norway": ("country", "NOR"),
          "Kampala": ("country", "UGA")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    # the possessor does it when "of" names who it is done to
    ("Kenya's expulsion of two Ugandan diplomats strained relations between the neighbours.",
     ("SANCTION", "KEN", "UGA")),
    ("Chile's detention of three Peruvian fishermen drew a formal protest.",
     ("COERCE", "CHL", "PER")),
    # the agent hung on the "of" object, or on the verb the noun is the object of
    ("The expulsion of Ugandan diplomats by Kenya was announced on Monday.",
     ("SANCTION", "KEN", "UGA")),
    ("Egypt protested the weapons deliveries to Uganda by Kenya.", ("AID", "KEN", "UGA")),
    # a "to" phrase the parser hung on the governing verb belongs to the event noun
    ("Peru condemned the Chilean arms sales to Uganda.", ("AID", "CHL", "UGA")),
    # a nationality adjective names the donor, as a possessor would
    ("Peru criticised the Chilean funding for the Ugandan port.", ("AID", "CHL", "UGA")),
    # the owner of the thing acted on
    ("Norway froze assets belonging to two Chilean officials.", ("SANCTION", "NOR", "CHL")),
    ("Norway froze $40 million in Chilean state assets last week.", ("SANCTION", "NOR", "CHL")),
    ("Kenya froze Ugandan bank accounts on Friday.", ("SANCTION", "KEN", "UGA")),
])
def test_nominal_parties(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_a_purchase_by_names_the_buyer(nlp):
    # "by" after a purchase is the buyer (its recipient), not the seller
    found = dyads(nlp, "The purchase of Egyptian drones by Kenya was completed in May.")
    assert ("AID", "EGY", "KEN") in found
    assert ("AID", "KEN", "EGY") not in found


@pytest.mark.parametrize("text, wrong_type", [
    # a time in the possessive is nobody's act
    ("Despite September's delivery of the jets to Uganda, Kenya held talks with Egypt.", "AID"),
    ("Monday's arrest of three Peruvian fishermen angered Lima.", "COERCE"),
    # no of-phrase: the possessor stays the one it is done to, and no actor is named
    ("The expulsion of Kenya's ambassador was announced on Tuesday.", "SANCTION"),
])
def test_no_actor_from_a_time_or_an_undergoer(nlp, text, wrong_type):
    assert not {d for d in dyads(nlp, text) if d[0] == wrong_type}


def test_a_name_before_aid_is_its_destination(nlp):
    # "Uganda aid" is aid to Uganda: a name before the noun is no donor
    assert not {d for d in dyads(nlp, "Kenya debated the Uganda aid package.")
                if d[0] == "AID" and d[1] == "UGA"}


def test_a_names_own_words_are_no_owner(nlp):
    # a bridge called after a country is not that country's property
    found = dyads(nlp, "Chilean farmers blocked the Peru Bridge near the border.")
    assert ("PROTEST", "CHL", "PER") not in found


def test_the_presidents_visit_of_three_days(nlp):
    # "of three days" is a length, not a party; nobody is named
    assert not dyads(nlp, "The president's visit of three days ended quietly.")


@pytest.mark.parametrize("text", [
    "Diplomats gathered for talks in Cairo requested by Kenya and Uganda.",
    "The talks, organized by Kenya and Egypt, ended without a deal.",
])
def test_who_asks_for_or_arranges_a_meeting_is_no_party_to_it(nlp, text):
    # the agent of "requested"/"organized" convenes the talks; it does not hold them
    assert not {d for d in dyads(nlp, text) if d[0] == "CONSULT"}


def test_a_light_participles_agent_still_does_the_act(nlp):
    found = dyads(nlp, "An offensive launched by Kenya against Uganda stalled in the hills.")
    assert ("ASSAULT", "KEN", "UGA") in found
