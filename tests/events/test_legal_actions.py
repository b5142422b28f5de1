"""Legal action on real news written as lexicon data: a party taken or dragged to court, put on
trial, or the object of a lawsuit, legal action or court case (ACCUSE, mode sue where a case is
brought); and the readings that are no legal action. Real parses with hand-made actor mentions;
every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"Kenyan prosecutors": ("group", "KEN"), "Chile": ("country", "CHL"),
          "Peru": ("country", "PER"), "Norway": ("country", "NOR"), "Kenya": ("country", "KEN"),
          "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    ("Peru took Chile to court over the fishing quotas.", ("ACCUSE", "PER", "CHL")),
    ("Norway dragged Egypt before an international tribunal.", ("ACCUSE", "NOR", "EGY")),
    ("Kenya put two Ugandan soldiers on trial for smuggling.", ("ACCUSE", "KEN", "UGA")),
    ("Peru filed a lawsuit against Chile last month.", ("ACCUSE", "PER", "CHL")),
    ("Kenya has launched legal action against Uganda over the lake.", ("ACCUSE", "KEN", "UGA")),
    ("Norway filed a court case against Egypt at the tribunal.", ("ACCUSE", "NOR", "EGY")),
])
def test_legal_action_is_found(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # "try" in its everyday sense is not a trial
    "Peru tried to persuade Chile to lift the quotas.",
    # a court of opinion, a lawsuit with no party named against, a plan on trial
    "Peru said it would win the case in the court of public opinion against Chile.",
    "Chile said a lawsuit would take years.",
    "Kenya put a new voting system on trial in Uganda's border towns.",
    # taken to a final or a summit, not to court
    "Norway took Egypt to the final with a late goal.",
])
def test_no_legal_action(nlp, text):
    assert not any(row[0] == "ACCUSE" for row in dyads(nlp, text))


@pytest.mark.parametrize("text, expected", [
    ("A Kenyan court tried three Ugandan soldiers in absentia.", ("ACCUSE", "KEN", "UGA")),
    ("Peru will try the Chilean ministers for the killings.", ("ACCUSE", "PER", "CHL")),
])
def test_trying_a_party_is_found(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Peru tried Chile's patience with new quotas.",
    "Norway tried a new approach with Egypt.",
    "Kenya tried hard to convince Uganda.",
])
def test_trying_in_the_everyday_sense_is_no_trial(nlp, text):
    assert not any(row[0] == "ACCUSE" for row in dyads(nlp, text))


@pytest.mark.parametrize("text, expected", [
    ("Kenyan prosecutors brought charges against two Ugandan ministers.", ("ACCUSE", "KEN", "UGA")),
    ("Kenyan prosecutors filed charges against Uganda's former police chief.",
     ("ACCUSE", "KEN", "UGA")),
    ("Peru brought a case against Chile at the world court.", ("ACCUSE", "PER", "CHL")),
    ("Norway filed a case against Egypt on Monday.", ("ACCUSE", "NOR", "EGY")),
    ("Kenyan prosecutors issued an indictment against a Ugandan general.", ("ACCUSE", "KEN", "UGA")),
])
def test_charges_and_cases_against_a_party(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # a case brought before a body is no case against it; a charge led is no charge laid
    "Peru brought the case of the fishermen to Chile's parliament.",
    "Norway filed a case with the tribunal in Egypt.",
    "Kenya led the charge against Uganda's bid for the seat.",
])
def test_case_without_an_accused(nlp, text):
    assert not any(row[0] == "ACCUSE" for row in dyads(nlp, text))
