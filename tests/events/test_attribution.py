"""Recall rules for real news: eyewitness sources, an actor announcing its own act, and
states named together acting on each other. Each rule has must-not cases. Real parses with
hand-made actor mentions; every sentence is invented.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from events_support import news_analysis

from dossier.events import RuleExtractor
from dossier.model import Actor, ActorRef

pytestmark = pytest.mark.slow


def extract(nlp, text: str, plural: dict[str, tuple[str, ...]] | None = None):
    """Mentions of ``text``; ``plural`` maps a phrase ("Both countries") to the states the
    actor stage resolves it to (one ActorRef per state over the same span)."""
    analysis = news_analysis(nlp, text)
    refs = list(analysis.actors)
    for phrase, codes in (plural or {}).items():
        start = text.index(phrase)
        refs += [ActorRef(Actor(name=c, kind="country", country=c), phrase, start,
                          start + len(phrase), basis="coref") for c in codes]
    return RuleExtractor.default().extract(replace(analysis, actors=tuple(refs)))


def rows(found) -> set[tuple]:
    return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None,
             m.status, m.source.actor.name if m.source else None) for m in found}


@pytest.mark.parametrize("text, expected", [
    ("Witnesses said Kenyan troops fired at Ugandan soldiers.",
     ("ASSAULT", "KEN", "UGA", "claim", "witnesses")),
    ("Local residents reported that Kenyan troops shelled Uganda on Monday.",
     ("ASSAULT", "KEN", "UGA", "claim", "local residents")),
])
def test_attribution_eyewitness_report_is_claim_with_witness_source(nlp, text, expected):
    assert expected in rows(extract(nlp, text))


@pytest.mark.parametrize("text, expected", [
    # commentators are no eyewitnesses: the writer's fact, as before
    ("Analysts said Kenyan troops fired at Ugandan soldiers.", ("ASSAULT", "KEN", "UGA", "fact", None)),
    # a witness who is the object of the act is no source
    ("Kenyan troops fired at witnesses near Uganda.", None),
])
def test_attribution_non_witness_source_stays_fact(nlp, text, expected):
    found = rows(extract(nlp, text))
    assert not any(r[4] == "witnesses" for r in found)
    if expected is not None:
        assert expected in found


@pytest.mark.parametrize("text, expected", [
    ("Kenya announced it was cutting ties with Uganda.", ("SANCTION", "KEN", "UGA", "fact", None)),
    ("Kenya confirmed it had expelled the Ugandan ambassador.", ("SANCTION", "KEN", "UGA", "fact", None)),
])
def test_attribution_own_announcement_is_fact(nlp, text, expected):
    assert expected in rows(extract(nlp, text))


@pytest.mark.parametrize("text, expected", [
    # another's announcement of the act stays a claim by the announcer
    ("Egypt announced that Kenya was cutting ties with Uganda.", ("SANCTION", "KEN", "UGA", "claim", "Egypt")),
    # saying is not announcing: the doer's own report stays a claim
    ("Kenya said it had cut ties with Uganda.", ("SANCTION", "KEN", "UGA", "claim", "Kenya")),
])
def test_attribution_other_announcement_stays_claim(nlp, text, expected):
    assert expected in rows(extract(nlp, text))


@pytest.mark.parametrize("text, plural, expected", [
    ("Both countries withdrew ambassadors in 2019.", {"Both countries": ("KEN", "UGA")},
     {("SANCTION", "KEN", "UGA"), ("SANCTION", "UGA", "KEN")}),
    ("The two countries fought a border war in 1998.", {"The two countries": ("KEN", "UGA")},
     {("ASSAULT", "KEN", "UGA"), ("ASSAULT", "UGA", "KEN")}),
    ("Kenya and Uganda cut diplomatic ties in 1990.", None,
     {("SANCTION", "KEN", "UGA"), ("SANCTION", "UGA", "KEN")}),
])
def test_reciprocal_plural_states_act_on_each_other(nlp, text, plural, expected):
    assert expected <= {r[:3] for r in rows(extract(nlp, text, plural))}


@pytest.mark.parametrize("text, plural, absent", [
    # an act with its own target is not done to each other
    ("Both countries attacked the rebel convoy.", {"Both countries": ("KEN", "UGA")},
     ("ASSAULT", "KEN", "UGA")),
    # sanctions with no target named are no reciprocal break
    ("Both countries imposed sanctions in May.", {"Both countries": ("KEN", "UGA")},
     ("SANCTION", "KEN", "UGA")),
    # a third party named is the recipient, not the partner
    ("Kenya and Uganda withdrew their ambassadors from Egypt.", None, ("SANCTION", "KEN", "UGA")),
    # coordinated states imposing something are no reciprocal break
    ("Kenya and Uganda imposed a curfew.", None, ("COERCE", "KEN", "UGA")),
])
def test_reciprocal_not_for_targeted_or_third_party_acts(nlp, text, plural, absent):
    assert absent not in {r[:3] for r in rows(extract(nlp, text, plural))}


@pytest.mark.parametrize("text, expected, absent", [
    # a target phrase that the parse hangs on the last conjunct of the object
    ("Kenyan troops fired tear gas, rubber bullets and grenades at Ugandan soldiers.",
     ("ASSAULT", "KEN", "UGA"), None),
    # a place phrase on a conjunct names no target
    ("Kenyan troops fired tear gas and rubber bullets at dawn.", None, ("ASSAULT", "KEN", "UGA")),
])
def test_recipient_found_on_object_conjunct(nlp, text, expected, absent):
    found = {r[:3] for r in rows(extract(nlp, text))}
    if expected:
        assert expected in found
    if absent:
        assert absent not in found
