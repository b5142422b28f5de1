"""Acts charged in an accusation: "X accused Y of plotting the attack on Z", "X blamed Y for
the bombing of Z", "Y was accused of arming Z", "Y stands accused of the bombing". The act
charged is done by the accused Y, as a claim whose source is the accuser X (no source when
the sentence names no accuser). Real parses with hand-made actors; every sentence is
invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Kenyan police": ("group", "KEN"), "Kenyan embassy": ("group", "KEN"),
          "Kenya": ("country", "KEN"), "al-Shabab": ("group", "SOM"),
          "Somalia": ("country", "SOM"), "Ugandan villages": ("group", "UGA"),
          "Ugandan civilians": ("group", "UGA"), "Uganda": ("country", "UGA"),
          "Sudanese officers": ("group", "SDN"), "Sudan": ("country", "SDN"),
          "rebels in Uganda": ("group", "UGA")}


def found(nlp, text: str) -> set[tuple]:
    """(type, actor, recipient, status, source) of each mention."""
    out = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS))
    return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None,
             m.status, m.source.actor.code if m.source else None) for m in out}


@pytest.mark.parametrize("text, expected", [
    # the charge carried by a verb or noun of taking part
    ("Kenya accused al-Shabab of plotting the attack on Kenyan police.",
     ("ASSAULT", "SOM", "KEN", "claim", "KEN")),
    ("Kenya accused al-Shabab of involvement in the attack on Kenyan police.",
     ("ASSAULT", "SOM", "KEN", "claim", "KEN")),
    ("Kenya accused al-Shabab of being behind the attack on Kenyan police.",
     ("ASSAULT", "SOM", "KEN", "claim", "KEN")),
    # "blamed Y for" the act
    ("Kenya blamed al-Shabab for the bombing of the Kenyan embassy.",
     ("ASSAULT", "SOM", "KEN", "claim", "KEN")),
    # the accused as passive subject: no accuser named, or the "by" agent
    ("Sudan was accused of shelling Ugandan villages last year.",
     ("ASSAULT", "SDN", "UGA", "claim", None)),
    ("Sudan was accused by Uganda of shelling Ugandan villages.",
     ("ASSAULT", "SDN", "UGA", "claim", "UGA")),
    # "stands accused of": the subject is the accused, not the accuser
    ("Two Sudanese officers stand accused of the bombing of the Kenyan embassy.",
     ("ASSAULT", "SDN", "KEN", "claim", None)),
])
def test_charged_act_is_claimed(nlp, text, expected):
    assert expected in found(nlp, text), found(nlp, text)


@pytest.mark.parametrize("text, unwanted_actor", [
    # the accused did the act, never the accuser
    ("Kenya accused al-Shabab of plotting the attack on Kenyan police.", "KEN"),
    ("Kenya blamed al-Shabab for the bombing of the Kenyan embassy.", "KEN"),
    # "stand accused": the accused is no source of the claim
    ("Two Sudanese officers stand accused of the bombing of the Kenyan embassy.", None),
])
def test_charged_act_not_misread(nlp, text, unwanted_actor):
    rows = found(nlp, text)
    if unwanted_actor is None:
        assert not any(r[0] == "ASSAULT" and r[4] == "SDN" for r in rows), rows
    else:
        assert not any(r[0] == "ASSAULT" and r[1] == unwanted_actor for r in rows), rows


@pytest.mark.parametrize("text", [
    # praise or a plain report of taking part is no accusation: the act is the writer's
    "Kenya praised Somalia for its role in the talks.",
    # a gerund of taking part under a verb that accuses no one
    "Kenya is plotting the attack on al-Shabab.",
])
def test_no_claim_without_accusation(nlp, text):
    assert not any(r[3] == "claim" for r in found(nlp, text)), found(nlp, text)
