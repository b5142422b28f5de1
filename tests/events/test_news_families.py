"""Families of events found missing on real news, written as lexicon data: trade and entry
restrictions and designations (SANCTION), weapons tests and drills (MOBILIZE), detentions
(COERCE), arms packages (AID), condolences (SUPPORT), pleas and lobbying (REQUEST),
eliminations of a named party (ASSAULT); and the readings each must not produce. Real parses
with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Kenyan commandos": ("group", "KEN"), "Chile": ("country", "CHL"),
          "Peru": ("country", "PER"), "Norway": ("country", "NOR"), "Kenya": ("country", "KEN"),
          "Uganda": ("country", "UGA"), "Red Hand Front": ("group", "UGA"),
          "Egypt": ("country", "EGY")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    ("Chile announced a steep tariff increase on Peru's copper.", ("SANCTION", "CHL", "PER")),
    ("Norway imposed new export controls on Egypt last week.", ("SANCTION", "NOR", "EGY")),
    ("Kenya has designated the Red Hand Front as a terrorist organization.",
     ("SANCTION", "KEN", "UGA")),
    ("Chile barred two Peru officials from entering the country.", ("SANCTION", "CHL", "PER")),
    ("Norway restricted exports of fertilizer to Egypt.", ("SANCTION", "NOR", "EGY")),
    ("Uganda carried out a missile test near Kenya on Sunday.", ("MOBILIZE", "UGA", "KEN")),
    ("Kenya staged naval drills near Uganda on Tuesday.", ("MOBILIZE", "KEN", "UGA")),
    ("Egypt dispatched troops to the border with Uganda.", ("MOBILIZE", "EGY", "UGA")),
    ("Norway approved a new arms package for Kenya.", ("AID", "NOR", "KEN")),
    ("The detention of two Chile fishermen by Peru angered Santiago.", ("COERCE", "PER", "CHL")),
    ("Kenya blacklisted the Red Hand Front on Monday.", ("SANCTION", "KEN", "UGA")),
    ("Chile pleaded with Peru to reopen the border crossing.", ("REQUEST", "CHL", "PER")),
    ("Norway lobbied Egypt to release the detained sailors.", ("REQUEST", "NOR", "EGY")),
    ("Kenyan commandos eliminated a Red Hand Front commander on Friday.", ("ASSAULT", "KEN", "UGA")),
    ("Chile and Peru spoke by telephone on Monday.", ("CONSULT", "CHL", "PER")),
    ("Chile banned exports of copper to Peru.", ("SANCTION", "CHL", "PER")),
    ("Norway imposed visa restrictions on Egypt officials.", ("SANCTION", "NOR", "EGY")),
    ("Peru offered its condolences to Chile after the earthquake.", ("SUPPORT", "PER", "CHL")),
])
def test_news_family_is_found(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text, wrong_type", [
    # a drill with a partner
    ("Kenya held joint naval drills with Uganda.", "MOBILIZE"),
    # designating a day, restricting access to a place
    ("Peru designated Sunday as a day of mourning.", "SANCTION"),
    ("Chile restricted access to the park after the fire.", "SANCTION"),
    # restrictions at home stay coercion, condolences are no criticism
    ("Norway imposed restrictions on public gatherings.", "SANCTION"),
    ("Norway expressed its condolences to Egypt.", "ACCUSE"),
    # eliminating a thing is no attack
    ("Kenya has eliminated import duties on rice.", "ASSAULT"),
])
def test_news_family_guard(nlp, text, wrong_type):
    assert not any(row[0] == wrong_type for row in dyads(nlp, text))
