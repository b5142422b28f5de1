"""Sanctions, requests and aid whose other party the phrase leaves out or the parse hangs
elsewhere (rec-request): a sanction aimed at the one other state its sentence names, a trade
ban aimed at no one; and the near readings that must stay silent. Real parses, hand-made
actors; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import news_rows, news_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    # a sanction noun with no "on"/"against": the one other state the sentence names
    ("Uganda's economy was hit hard by Kenyan sanctions.", ("SANCTION", "KEN", "UGA")),
    ("Investors fled Uganda after Kenya's imposition of sanctions.", ("SANCTION", "KEN", "UGA")),
    ("The Ugandan currency is still recovering from a slump caused by earlier Kenyan sanctions.",
     ("SANCTION", "KEN", "UGA")),
    # a trade ban names its target by the goods' origin or destination
    ("Kenya banned imports of Ugandan beef.", ("SANCTION", "KEN", "UGA")),
    ("Kenya banned exports of maize to Uganda.", ("SANCTION", "KEN", "UGA")),
])
def test_sanction_target_found(nlp, text, expected):
    assert expected in news_types(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a trade ban aimed at no state is coded without a recipient, never as domestic
    ("Kenya and Norway have recently banned imports of ivory.", ("SANCTION", "KEN", None)),
    ("Norway banned the import of hunting trophies last year.", ("SANCTION", "NOR", None)),
])
def test_trade_ban_aimed_at_no_one(nlp, text, expected):
    found = news_types(nlp, text)
    assert expected in found
    assert (expected[0], expected[1], expected[1]) not in found


@pytest.mark.parametrize("text, absent", [
    # the one who judges or shares the sanctions is not their target
    ("Peru condemned Chilean sanctions.", ("SANCTION", "CHL", "PER")),
    ("Norway joined the Kenyan sanctions.", ("SANCTION", "KEN", "NOR")),
    # two other states: no telling which is meant
    ("Despite Kenyan sanctions, Uganda kept buying oil from Peru.", ("SANCTION", "KEN", "UGA")),
    # a ban on something that is no trade is no sanction
    ("Kenya banned opposition rallies.", ("SANCTION", "KEN", None)),
])
def test_no_sanction_target_guessed(nlp, text, absent):
    assert absent not in news_types(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Kenya lobbied Uganda to lift the ban.", ("REQUEST", "KEN", "UGA")),
    # the infinitive parsed as a purpose clause, the lobbyist the subject of the main verb
    ("Peru's trade minister met with officials in Norway, Chile and other countries to lobby "
     "Norway to abandon the tariffs.", ("REQUEST", "PER", "NOR")),
])
def test_lobbying_is_a_request(nlp, text, expected):
    assert expected in news_types(nlp, text)


def test_lobbying_somewhere_asks_no_one(nlp):
    assert not {r for r in news_types(nlp, "Kenyan diplomats have been lobbying hard in Lima.")
                if r[0] == "REQUEST"}


@pytest.mark.parametrize("text, expected", [
    ("The Kenyan Senate prepares to vote on measures against Uganda.",
     ("SANCTION", "KEN", "UGA", "future")),
    ("Kenya announced new measures against Uganda over the border dispute.",
     ("SANCTION", "KEN", "UGA", "fact")),
])
def test_measures_against_a_state_are_sanctions(nlp, text, expected):
    assert expected in news_rows(nlp, text)


@pytest.mark.parametrize("text", [
    "Kenya has taken measures against the spread of the virus.",
    "Kenya has taken new security measures against al-Shabab attacks.",
    # against its own people: no sanction on its own state
    "Kenya has imposed strict measures against Kenyan women.",
])
def test_measures_against_no_state_are_no_sanction(nlp, text):
    assert not {r for r in news_types(nlp, text) if r[0] == "SANCTION"}
