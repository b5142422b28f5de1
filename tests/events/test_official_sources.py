"""Reports by a state body's unnamed sources ("security sources said", "military sources
said") stay claims, unlike a generic plural ("experts said", the writer's fact); with every
party of one state, the source is that state. A participle adjunct ("…, killing two") is
reported with its clause. A rebel group's claim and the state's, both coded with the
state's code, are two reports and never merge.
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest
from events_support import hand_analysis

from dossier.events import RuleExtractor, merge_mentions
from dossier.model import Actor, ActorRef, Mention, Span, When

ACTORS = {"Kenyan troops": ("group", "KEN"), "Ugandan soldiers": ("group", "UGA"),
          "Red Hand rebels": ("group", "UGA", "REB"), "Uganda": ("country", "UGA"),
          "Kenya": ("country", "KEN"), "Ugandan police": ("group", "UGA"),
          "Ugandan troops": ("group", "UGA")}


def rows(nlp, text: str) -> set[tuple]:
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS))
    return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None,
             m.status, m.source.actor.code if m.source else None) for m in found}


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Security sources said Red Hand rebels attacked three villages in Uganda on Monday.",
     ("ASSAULT", "UGA", "UGA", "claim", "UGA")),
    ("Military sources said on Tuesday that Ugandan troops killed 20 Red Hand rebels.",
     ("ASSAULT", "UGA", "UGA", "claim", "UGA")),
    ("Kenyan troops shelled Ugandan soldiers near the border, intelligence sources said.",
     ("ASSAULT", "KEN", "UGA", "claim", None)),
    # a participle adjunct is reported with its clause
    ("Ugandan police raided the camp on Monday, killing two Red Hand rebels, security "
     "sources said.", ("ASSAULT", "UGA", "UGA", "claim", "UGA")),
])
def test_official_sources_keep_a_claim(nlp, text, expected):
    assert expected in rows(nlp, text), rows(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize("text, unwanted", [
    # generic plurals leave the writer's fact
    ("Experts said Kenyan troops shelled Ugandan soldiers near the border.",
     ("ASSAULT", "KEN", "UGA", "claim", None)),
    ("Kenyan troops shelled Ugandan soldiers near the border, analysts said.",
     ("ASSAULT", "KEN", "UGA", "claim", None)),
    # the sources of a foreign act are no one state's
    ("Kenyan troops shelled Ugandan soldiers near the border, intelligence sources said.",
     ("ASSAULT", "KEN", "UGA", "claim", "KEN")),
    # no report: a participle adjunct stays a fact
    ("Ugandan police raided the camp on Monday, killing two Red Hand rebels.",
     ("ASSAULT", "UGA", "UGA", "claim", None)),
])
def test_not_an_official_source_claim(nlp, text, unwanted):
    assert unwanted not in rows(nlp, text), rows(nlp, text)


@pytest.mark.slow
def test_speaking_participle_stays_the_speakers_act(nlp):
    found = rows(nlp, "Kenya said on Monday, accusing Uganda of shelling its border posts.")
    assert ("ACCUSE", "KEN", "UGA", "fact", None) in found, found


REBELS = Actor(name="Red Hand", kind="group", country="UGA", sector="REB")
UGANDA = Actor(name="Uganda", kind="country", country="UGA")
DAY = When(value="2024-05-07", granularity="day", basis="relative", text="Tuesday")


def _claim(start: int, source: Actor, when: When | None) -> Mention:
    return Mention(doc="t", type="ASSAULT", trigger=Span("attacked", start, start + 8),
                   evidence=Span("…", start, start + 40), status="claim",
                   actor=ActorRef(UGANDA, "Uganda", start, start + 5),
                   recipient=ActorRef(UGANDA, "Uganda", start + 10, start + 15),
                   source=ActorRef(source, source.name, start + 20, start + 25),
                   date=when, reported=date(2024, 5, 8))


def test_rebel_claim_and_state_claim_stay_two_reports():
    state = _claim(0, UGANDA, DAY)
    rebels = _claim(100, REBELS, None)
    assert len(merge_mentions([state, rebels])) == 2


def test_two_state_claims_merge():
    first = _claim(0, UGANDA, DAY)
    again = _claim(100, UGANDA, None)
    assert merge_mentions([first, again]) == [first]
