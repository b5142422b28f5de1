"""Acts told by the government they were aimed at, in reported speech with a pluperfect
("X said Y had asked for …"), and assurances about what is to come (AGREE). Real parses with
hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Kenyan government": ("organization", "KEN"), "Kenya": ("country", "KEN"),
          "Uganda": ("country", "UGA"), "Reuters": ("organization", "GBR"),
          "Nairobi": ("country", "KEN"), "Kampala": ("country", "UGA"),
          "it": ("country", "KEN")}


def lines(nlp, text: str) -> set[tuple]:
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS))
    return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None,
             m.status, m.source.actor.code if m.source else None) for m in found}


@pytest.mark.parametrize("text, expected", [
    # a request the reporting government received
    ("Kenya said on Monday that Uganda had asked for the return of 30 fishermen.",
     ("REQUEST", "UGA", "KEN", "claim", "KEN")),
    # a promise of what is to come, told by the one it was made to
    ("Kenya said Uganda had assured it that the prisoners would be treated fairly.",
     ("AGREE", "UGA", "KEN", "claim", "KEN")),
    ("Uganda assured Kenya that its troops would leave by June.",
     ("AGREE", "UGA", "KEN", "fact", None)),
    # joint work told by one of the parties
    ("Uganda said Nairobi had been working with Kampala for months to curb cattle raids.",
     ("COOPERATE", "KEN", "UGA", "claim", "UGA")),
])
def test_reported_act_is_found(nlp, text, expected):
    assert expected in lines(nlp, text), lines(nlp, text)


@pytest.mark.parametrize("text, unwanted_type, unwanted_recipient", [
    # the media tell of a request; they were not asked
    ("Reuters reported that Uganda had asked for the return of 30 fishermen.", "REQUEST", "GBR"),
    # an assurance about how things are is no promise
    ("Uganda assured Kenya that the border was calm.", "AGREE", "KEN"),
    # working with no other party named is no cooperation between states
    ("Kenya said engineers were working with a local contractor on the dam.", "COOPERATE", "KEN"),
    # someone named as asked keeps the request
    ("Kenya said Uganda had asked Reuters for the footage.", "REQUEST", "KEN"),
])
def test_reported_act_is_not_misread(nlp, text, unwanted_type, unwanted_recipient):
    assert not any(t == unwanted_type and r == unwanted_recipient
                   for t, _a, r, _s, _src in lines(nlp, text)), lines(nlp, text)
