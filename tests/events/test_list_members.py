""""An agreement among A, B and the C supporting …": the parser may hang a list's last
member on the clause after it; that name is still a party (each pair of the parties).
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"World Bank": ("organization", "IGO"), "UNICEF": ("organization", "UN"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA"),
          "Somalia": ("country", "SOM"), "Tanzania": ("country", "TZA")}


def dyads(nlp, text: str) -> set[tuple]:
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS))
    return {tuple(sorted(row[1:3])) for row in rows(found) if row[0] in ("AGREE", "CONSULT")}


@pytest.mark.parametrize("text, expected", [
    ("Aid resumed after a 2019 deal among Kenya, Somalia and the World Bank supporting "
     "farmers returning home.", {("IGO", "KEN"), ("IGO", "SOM"), ("KEN", "SOM")}),
    ("Camps closed after an agreement among Kenya, Somalia and UNICEF helping families go "
     "home.", {("KEN", "UN"), ("SOM", "UN"), ("KEN", "SOM")}),
    ("Talks between Kenya, Uganda and Tanzania ended on Friday.",
     {("KEN", "UGA"), ("KEN", "TZA"), ("TZA", "UGA")}),
])
def test_every_member_of_the_list_is_a_party(nlp, text, expected):
    assert expected <= dyads(nlp, text), dyads(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # a name after a clause's own "and" is no member of the list
    ("Talks between Kenya and Uganda ended on Friday, and Tanzania said it would join.",
     ("TZA", "UGA")),
    ("Talks between Kenya and Uganda ended on Friday, and Tanzania said it would join.",
     ("KEN", "TZA")),
])
def test_not_a_member_of_the_list(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text), dyads(nlp, text)
