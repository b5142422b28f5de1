"""Recall rules for real news and the precision guards that came with them.

Classes of events an annotator found missing on news (nominal events, operations against a
group, phone calls, commitments to a state's security, nominals inside a planned or claimed
clause) and classes of wrong readings (self-reported acts, spoken stances, military backing,
sanctions as the means of a retaliation, celebrations, side phrases taken as recipients).
Real parses with hand-made actor mentions and places; every sentence is invented.
"""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor
from dossier.model import Analysis

pytestmark = pytest.mark.slow

# name in the text -> (kind, code); longer names first so they win over their parts
ACTORS = {"Minister Ana Costa": ("person", "PER"), "Kenyan troops": ("group", "KEN"),
          "Ugandan soldiers": ("group", "UGA"), "Red Hand Front": ("group", "UGA"),
          "Chilean officials": ("group", "CHL"), "Chile": ("country", "CHL"),
          "Peru": ("country", "PER"), "Norway": ("country", "NOR"), "Kenya": ("country", "KEN"),
          "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY"), "they": ("group", "KEN")}
PLACES = {"Lima": "PER", "Peru": "PER"}


def analyse(nlp, text: str) -> Analysis:
    return hand_analysis(nlp, text, ACTORS, PLACES)


def found(nlp, text: str) -> list:
    return RuleExtractor.default().extract(analyse(nlp, text))


def mentions(nlp, text: str) -> set[tuple]:
    return rows(found(nlp, text))


def dyads(nlp, text: str) -> set[tuple]:
    return {m[:3] for m in mentions(nlp, text)}


@pytest.mark.parametrize("text, expected", [
    # nominal events with a named target
    ("Chile's crackdown on Peru drew wide criticism.", ("COERCE", "CHL", "PER")),
    ("Kenya's operation against the Red Hand Front entered its third month.",
     ("ASSAULT", "KEN", "UGA")),
    ("Kenya launched an operation to flush out the Red Hand Front from the hills.",
     ("ASSAULT", "KEN", "UGA")),
    ("Minister Ana Costa spoke by phone with Chilean officials on Monday.",
     ("CONSULT", "PER", "CHL")),
    ("Norway reaffirmed its commitment to Chile's security.", ("SUPPORT", "NOR", "CHL")),
])
def test_news_recall_nominal_and_named_target_events_are_found(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text, type_", [
    ("The crackdown continued for weeks.", "COERCE"),
    ("Kenya's operation to rescue the trapped miners ended on Sunday.", "ASSAULT"),
    ("Minister Ana Costa spoke with reporters in Lima.", "CONSULT"),
    ("Norway reaffirmed its commitment to lower emissions.", "SUPPORT"),
])
def test_news_recall_rules_do_not_fire_without_a_party(nlp, text, type_):
    assert not any(m[0] == type_ for m in mentions(nlp, text))


def test_news_recall_nominal_in_a_planned_clause_is_one_future_event(nlp):
    got = mentions(nlp, "Minister Ana Costa is expected to travel to Chile next week for talks "
                        "with Chilean officials.")
    assert ("CONSULT", "PER", "CHL", "future") in got
    assert ("CONSULT", "PER", "CHL", "fact") not in got


def test_news_recall_what_is_called_for_is_no_second_event(nlp):
    got = dyads(nlp, "Egypt called for talks with Peru.")
    assert ("REQUEST", "EGY", "PER") in got
    assert not any(m[0] == "CONSULT" for m in got)


def test_news_recall_negated_clause_does_not_negate_a_nominal_in_it(nlp):
    got = mentions(nlp, "Chile did not comment on the attack on Peru by Norway.")
    assert ("ASSAULT", "NOR", "PER", "fact") in got


def test_news_precision_self_reported_act_is_a_claim_of_the_doer(nlp):
    ms = [m for m in found(nlp, "The officials said they arrested seven members of the Red Hand Front.")
          if m.type == "COERCE"]
    assert ms and all(m.status == "claim" and m.source is not None
                      and m.source.actor.country == "KEN" for m in ms)


@pytest.mark.parametrize("text, status", [
    ("Minister Ana Costa said Peru supports Norway's proposal.", "fact"),  # the stance itself
    ("Minister Ana Costa said Chile supports Norway's proposal.", "claim"),  # about another
    ("Minister Ana Costa said Peru supported Norway's proposal.", "claim"),  # a past act
])
def test_news_precision_spoken_stance_is_the_act(nlp, text, status):
    got = {m[3] for m in mentions(nlp, text) if m[0] == "SUPPORT"}
    assert got == {status}


@pytest.mark.parametrize("text, expected, not_expected", [
    ("Kenyan troops, backed by Ugandan soldiers, attacked the hills.",
     ("AID", "UGA", "KEN"), ("SUPPORT", "UGA", "KEN")),
    ("Kenya, backed by Uganda, condemned the attack.",
     ("SUPPORT", "UGA", "KEN"), ("AID", "UGA", "KEN")),
    ("Chile retaliated by imposing tariffs on Peru.",
     ("SANCTION", "CHL", "PER"), ("ASSAULT", "CHL", "PER")),
    ("Chile carried out airstrikes against targets in Peru.", ("ASSAULT", "CHL", "PER"), None),
    ("Norway denounced as a crime Chile's crackdown on protesters.", ("ACCUSE", "NOR", "CHL"), None),
])
def test_news_precision_types_and_recipients(nlp, text, expected, not_expected):
    got = dyads(nlp, text)
    assert expected in got
    assert not_expected is None or not_expected not in got


@pytest.mark.parametrize("text, unwanted", [
    ("Crowds celebrated as they marched through Lima after the vote.", "PROTEST"),
    ("Chile carried out airstrikes against the Zorro Brigade in Peru.", ("ASSAULT", "CHL", "PER")),
    ("Norway and Kenya upgraded their ties with an eye on Chile.", ("SUPPORT", "NOR", "CHL")),
    ("Peru agreed to a truce as a step toward peace in Chile.", ("AGREE", "PER", "CHL")),
])
def test_news_precision_side_readings_are_dropped(nlp, text, unwanted):
    got = dyads(nlp, text)
    if isinstance(unwanted, str):
        assert not any(m[0] == unwanted for m in got)
    else:
        assert unwanted not in got


def test_news_precision_protest_without_celebration_is_kept(nlp):
    assert any(m[0] == "PROTEST" for m in dyads(nlp, "Crowds marched through Lima to protest against Chile."))


@pytest.mark.parametrize("text, unwanted", [
    # the conversation partner is Peru (told), not each other
    ("Kenya and Uganda told Peru in phone conversations that the border would stay open.",
     ("CONSULT", "KEN", "UGA")),
    # an adjective inside the goal names no party
    ("Norway reaffirmed its commitment to a free Chilean coastline.", ("SUPPORT", "NOR", "CHL")),
])
def test_news_precision_conversations_and_commitments_need_a_named_party(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text)
