"""A denial of "the allegations" answers the claims made just before it about the denier:
each is reported again as that party's denial. Not a denial by someone else, not a claim
the denier made itself, and not a claim from far back in the story. Real parses with
hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Norway": ("country", "NOR"), "Sudan": ("country", "SDN"), "Chad": ("country", "TCD"),
          "Khartoum": ("country", "SDN"), "Masalit": ("group", "SDN")}


def lines(nlp, text: str) -> set[tuple]:
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS))
    return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None,
             m.status, m.source.actor.code if m.source else None) for m in found}


CHARGE = "Norway accused Khartoum of genocide for its persecution of the Masalit. "


@pytest.mark.parametrize("denial", ["Sudan denies the allegations.",
                                    "Khartoum has rejected the accusations."])
def test_denial_of_the_allegations(nlp, denial):
    found = lines(nlp, CHARGE + denial)
    assert ("ASSAULT", "SDN", "SDN", "claim", "NOR") in found, found
    assert ("ASSAULT", "SDN", "SDN", "denial", "SDN") in found, found


@pytest.mark.parametrize("text", [
    # someone else denies: not the accused's denial
    CHARGE + "Chad denies the allegations.",
    # a denial of something that is no accusation
    CHARGE + "Sudan denied the visit.",
    # too far back: the denial answers something more recent
    CHARGE + "The talks resumed in May. The weather was mild. Aid convoys moved north. "
             "Sudan denies the allegations.",
])
def test_no_denial_of_the_claim(nlp, text):
    assert not any(s == "denial" and t == "ASSAULT" for t, _a, _r, s, _src in lines(nlp, text)), \
        lines(nlp, text)
