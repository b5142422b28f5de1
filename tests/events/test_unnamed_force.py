"""Acts whose doer the text leaves unnamed or which the lexicon typed too coarsely: a bombing
with no agent (the state where it happens), a leader ousted with no agent (his own state: a
coup), crowd-control weapons fired at people (COERCE, not an armed attack).
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Kenyan": ("country", "KEN"), "Kenya": ("country", "KEN"),
          "Ugandan President Yoweri Moyo": ("person", "UGA"), "Ugandan": ("country", "UGA"),
          "Uganda": ("country", "UGA"), "Somalia": ("country", "SOM"), "Norway": ("country", "NOR"),
          "Israel": ("country", "ISR"), "Iran": ("country", "IRN"), "police": ("organization", "KEN")}
PLACES = {"Mogadishu": "SOM", "Kampala": "UGA", "Nairobi": "KEN", "Somalia": "SOM"}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS, PLACES)


@pytest.mark.parametrize("text, expected", [
    # a bombing with no agent: the state where it happens; the party hit, else that state
    ("Norway condemned the 2019 bombing of a Kenyan army camp in Somalia.",
     ("ASSAULT", "SOM", "KEN")),
    ("Kenya condemned the Mogadishu bombing.", ("ASSAULT", "SOM", "SOM")),
    ("Kenya said the suicide bombing in Mogadishu killed nine people.", ("ASSAULT", "SOM", "SOM")),
    # a leader ousted with no agent named: a coup at home
    ("Ugandan President Yoweri Moyo was ousted in 2017.", ("COERCE", "UGA", "UGA")),
    ("Ugandan President Yoweri Moyo was overthrown by Kenya.", ("COERCE", "KEN", "UGA")),
    # crowd-control weapons fired at people: repression
    ("Kenyan police fired tear gas at Ugandan traders in Nairobi.", ("COERCE", "KEN", "UGA")),
    ("Kenyan police shot rubber bullets at Ugandan students.", ("COERCE", "KEN", "UGA")),
    ("Kenyan police fired tear gas, rubber bullets and stun grenades at Ugandan students.",
     ("COERCE", "KEN", "UGA")),
    # with real weapons among them, the volley is an armed attack
    ("Kenyan troops fired tear gas, rubber bullets and grenades at Ugandan soldiers.",
     ("ASSAULT", "KEN", "UGA")),
])
def test_found(nlp, text, expected):
    assert expected in dyads(nlp, text), dyads(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # a bare attack names no means; a missile may come from abroad; the state of the party
    # hit is no place of the attack
    ("Norway condemned the attack on a Kenyan army camp in Somalia.", ("ASSAULT", "SOM", "KEN")),
    ("Iran faces retaliation for a missile attack on Israel.", ("ASSAULT", "ISR", "ISR")),
    ("Kenya condemned the bomb attack on Uganda.", ("ASSAULT", "UGA", "UGA")),
    # an agent named, resolved or not, leaves nothing to infer
    ("Norway condemned the bombing of a Kenyan camp in Somalia by militants.",
     ("ASSAULT", "SOM", "KEN")),
    # no place named: nothing inferred
    ("Kenya condemned the bombing outside a hospital.", ("ASSAULT", "KEN", "KEN")),
    # live fire stays an attack; tear gas is no armed attack
    ("Kenyan police fired tear gas at Ugandan traders in Nairobi.", ("ASSAULT", "KEN", "UGA")),
    ("Kenyan troops fired tear gas and grenades at Ugandan soldiers.", ("COERCE", "KEN", "UGA")),
    # an ouster by a named party is that party's; a board ousting an executive is no coup
    ("Ugandan President Yoweri Moyo was overthrown by Kenya.", ("COERCE", "UGA", "UGA")),
    ("Shareholders ousted the Kenyan chief executive of the bank.", ("COERCE", "KEN", "KEN")),
])
def test_not_found(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text), dyads(nlp, text)
