"""Families an outside reader judged wrong, each with a must-not and a must case: a
hypothetical or an aim taken for a plan, a fight against a hazard or a race at the ballot
box taken for an attack, a broken obligation taken for a rejection of its owner, a media
outlet taken for the one asked, deportees taken for the deporting state, and a verb joined
to a description taken for the described thing's act. Real parses, hand-made actors;
every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis

from dossier.events import RuleExtractor
from dossier.model import Analysis

pytestmark = pytest.mark.slow

# name in the text -> (kind, code, sector); longer names first so they win over their parts
ACTORS = {
    "Kenyan firefighters": ("group", "KEN", None), "Kenyan troops": ("group", "KEN", "MIL"),
    "Ugandan soldiers": ("group", "UGA", "MIL"), "Ugandan migrants": ("group", "UGA", None),
    "United Nations": ("organization", "UN", None), "the BBC": ("organization", "GBR", "MED"),
    "detainees": ("group", "KEN", None), "its president": ("person", "EGY", "GOV"),
    "Chile": ("country", "CHL", None), "Peru": ("country", "PER", None),
    "Kenya": ("country", "KEN", None), "Uganda": ("country", "UGA", None),
    "Egypt": ("country", "EGY", None), "Minister Ana Costa": ("person", "PER", "GOV"),
    "Tom Ode": ("person", "KEN", None), "Kenyan police": ("organization", "KEN", "COP"),
}
# place name -> its state
PLACES = {"Uganda": "UGA", "Nairobi": "KEN", "Kampala": "UGA"}


def analyse(nlp, text: str) -> Analysis:
    return hand_analysis(nlp, text, ACTORS, PLACES)


def extract(nlp, text: str) -> set[tuple]:
    return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None,
             m.status) for m in RuleExtractor.default().extract(analyse(nlp, text))}


def types(nlp, text: str) -> set[str]:
    return {t for t, *_ in extract(nlp, text)}


@pytest.mark.parametrize("text, type_", [
    # an act that would follow a circumstance is a hypothetical, not a plan
    ("Egypt said its president would meet Kenya if there is a prospect of a deal.", "CONSULT"),
    ("Egypt said it would send weapons to Kenya if the fighting spread.", "AID"),
    # an aim is an aspiration, like "seeking to"
    ("Ugandan soldiers raid Kenya every year, aiming to impose a blockade on Kenya.", "COERCE"),
    # a fight against a hazard attacks no one
    ("Kenyan firefighters, who once fought wildfires in Uganda, landed on Monday.",
     "ASSAULT"),
    ("Kenyan troops battled blazes in Uganda last year.", "ASSAULT"),
    ("Kenyan troops fought the cholera outbreak in Uganda.", "ASSAULT"),
    # the owner of the obligations broken is not a party rejected
    ("Egypt says Uganda violates Kenya's obligations under the treaty.", "REJECT"),
    # a race at the ballot box is no attack or reproach
    ("Peru defeated Chile in the vote for the council seat.", "ASSAULT"),
])
def test_judged_not_an_event(nlp, text, type_):
    assert type_ not in types(nlp, text), extract(nlp, text)


@pytest.mark.parametrize("text, row", [
    # a condition put to the other party makes a conditional offer
    ("Egypt said it would meet Kenya if Kenya withdrew its troops.",
     ("CONSULT", "EGY", "KEN", "future")),
    # a harm that would follow a condition is a threat
    ("Egypt said it would attack Kenya if Kenya crossed the border.",
     ("THREATEN", "EGY", "KEN", "fact")),
    # a plan is still a future act
    ("Egypt plans to impose sanctions on Kenya.", ("SANCTION", "EGY", "KEN", "future")),
    # fighting a party is still an assault
    ("Kenyan troops battled Ugandan soldiers near the border.", ("ASSAULT", "KEN", "UGA", "fact")),
    ("Chile defeated Peru in the battle.", ("ASSAULT", "CHL", "PER", "fact")),
])
def test_judged_still_an_event(nlp, text, row):
    assert row in extract(nlp, text)


def test_judged_media_outlet_is_no_recipient(nlp):
    found = extract(nlp, '"They should rethink their whole approach," Minister Ana '
                         'Costa told the BBC.')
    assert not any(r == "GBR" for _t, _a, r, _s in found), found
    # the party named in what is said is still the one asked
    found = extract(nlp, '"Chile should pay its debts," Minister Ana Costa told the BBC.')
    assert ("REQUEST", "PER", "CHL", "fact") in found


def test_judged_deportees_are_never_the_deporting_state(nlp):
    # unnamed deportees are the destination's people going back, never the deporter's own
    found = extract(nlp, "Kenyan police deported 40 detainees to Kampala.")
    assert not any(t == "COERCE" and r == "KEN" for t, _a, r, _s in found), found
    assert ("COERCE", "KEN", "UGA", "fact") in extract(nlp, "Kenya deported 40 Ugandan migrants.")


def test_judged_verb_joined_to_a_description_is_the_finder_s(nlp):
    found = extract(nlp, "The United Nations has found that Tom Ode's detention is arbitrary "
                         "and called on Kenya to free him.")
    assert any(t == "REQUEST" and a == "UN" for t, a, _r, _s in found), found
    assert not any(t == "REQUEST" and a == "KEN" for t, a, _r, _s in found), found
