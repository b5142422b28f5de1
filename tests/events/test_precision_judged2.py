"""Families an outside reader judged wrong in older wire copy, each with a must-not and a
must case: a verb of force used as a figure of speech ("seize the chance"), verbal
"assail", the victims of a condemned harm taken for its target, a topic of talks taken
for a party, the place or thing hit taken for the doer of a harm noun, and "anti-X"
modifiers taken for the doer. Real parses, hand-made actors; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis

from dossier.events import RuleExtractor
from dossier.model import Analysis

pytestmark = pytest.mark.slow

# name in the text -> (kind, code, sector); longer names first so they win over their parts
ACTORS = {
    "Ugandan soldiers": ("group", "UGA", "MIL"), "Kenyan": ("country", "KEN", None),
    "Kenya": ("country", "KEN", None), "Uganda": ("country", "UGA", None),
    "Egypt": ("country", "EGY", None), "Chileans": ("group", "CHL", None),
    "Chile": ("country", "CHL", None), "Peru": ("country", "PER", None),
    "United Nations": ("organization", "UN", None),
}


def analyse(nlp, text: str) -> Analysis:
    return hand_analysis(nlp, text, ACTORS)


def extract(nlp, text: str) -> set[tuple]:
    return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None)
            for m in RuleExtractor.default().extract(analyse(nlp, text))}


@pytest.mark.parametrize("text, type_", [
    # a verb of force with a figure of speech for its object
    ("Peru urged Chileans to seize the opportunity to reform the courts.", "COERCE"),
    ("Chile attacked the problem of smuggling along its border with Peru.", "ASSAULT"),
    # "assailed" is said, not done
    ("Chile assailed Peru on Monday for closing the border.", "ASSAULT"),
])
def test_figure_of_speech_is_no_act(nlp, text, type_):
    assert type_ not in {t for t, *_ in extract(nlp, text)}, extract(nlp, text)


def test_assail_is_criticism(nlp):
    assert ("ACCUSE", "CHL", "PER") in extract(nlp, "Chile assailed Peru on Monday for closing the border.")


def test_seizing_a_thing_is_still_an_act(nlp):
    found = extract(nlp, "Ugandan soldiers seized weapons from Kenya on Monday.")
    assert any(t == "COERCE" and a == "UGA" for t, a, _r in found), found


def test_condemned_harm_targets_its_doer_not_its_victim(nlp):
    found = extract(nlp, "Egypt condemned the bombing of the Kenyan embassy in Kampala.")
    assert not any(t == "ACCUSE" and r == "KEN" for t, _a, r in found), found
    found = extract(nlp, "Egypt condemned the shelling of the embassy by Ugandan soldiers.")
    assert ("ACCUSE", "EGY", "UGA") in found, found
    found = extract(nlp, "Egypt condemned Kenya's invasion of Uganda.")
    assert ("ACCUSE", "EGY", "KEN") in found, found


def test_topic_of_talks_is_no_party(nlp):
    found = extract(nlp, "Chile and Peru pledged to consult each other on their relations "
                         "with the United Nations.")
    assert not any(r == "UN" for _t, _a, r in found), found
    found = extract(nlp, "Egypt called for a conference to discuss a Kenyan withdrawal from Uganda.")
    assert not any(t == "REQUEST" and r == "UGA" for t, _a, r in found), found
    # the party asked is still the party asked
    assert ("REQUEST", "CHL", "PER") in extract(nlp, "Chile urged Peru to hold talks on trade.")


def test_place_of_the_thing_hit_is_no_doer(nlp):
    found = extract(nlp, "Relatives of the victims of the Kenya embassy bombing met Egypt's envoy.")
    assert not any(t == "ASSAULT" and a == "KEN" for t, a, _r in found), found


def test_anti_modifier_is_no_doer(nlp):
    found = extract(nlp, "Egypt and Chile discussed an anti-Kenya blockade.")
    assert not any(t == "COERCE" and a == "KEN" for t, a, _r in found), found


@pytest.mark.parametrize("text", [
    "Kenya met the United Nations' targets last year.",
    "Chile met Peru's standards for the fishing fleet.",
])
def test_meeting_a_target_is_no_meeting(nlp, text):
    # one meets a goal by reaching it, not by talking to whoever set it
    assert "CONSULT" not in {t for t, *_ in extract(nlp, text)}


def test_meeting_demands_is_still_a_concession(nlp):
    assert ("CONCEDE", "KEN", "UGA") in extract(nlp, "Kenya met the demands of Uganda.")
