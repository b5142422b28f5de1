"""Plans, stopped acts and reactions on real-looking news: a plan the writer states stays its
own act with status future (only a harm its actor says it will do is a threat); "no longer"
negates its clause; "met with opposition from X" is X's rejection, not a meeting; a receiving
verb takes the giver from the noun's own modifier. Real parses with hand-made actor mentions;
every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"European Union": ("organization", "EU"), "Norwegian": ("group", "NOR"),
          "Kenyan": ("group", "KEN"), "Chile": ("country", "CHL"),
          "Norway": ("country", "NOR"), "Kenya": ("country", "KEN"),
          "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY"), "China": ("country", "CHN")}


def found(nlp, text: str) -> set[tuple]:
    """(type, actor, recipient, status) of each mention."""
    return rows(RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS)))


def dyads(nlp, text: str) -> set[tuple]:
    return {row[:3] for row in found(nlp, text)}


@pytest.mark.parametrize("text, expected", [
    # a plan the writer states is the act itself, planned
    ("Norway plans to impose sanctions on Egypt.", ("SANCTION", "NOR", "EGY", "future")),
    ("The European Union is set to vote on Friday on tariffs against China.",
     ("SANCTION", "EU", "CHN", "future")),
    ("Norway will vote next week on a tariff increase on Egypt.",
     ("SANCTION", "NOR", "EGY", "future")),
    # a harm its own actor says it will do, or holds over a condition, is a threat
    ("Norway said it will impose sanctions on Egypt.", ("THREATEN", "NOR", "EGY", "fact")),
    ("Norway warned that it would impose sanctions on Egypt.",
     ("THREATEN", "NOR", "EGY", "fact")),
    # "no longer": the act has stopped
    ("Uganda no longer recognizes Kenya.", ("REJECT", "UGA", "KEN", "fact")),
    ("Uganda said it will no longer recognize Kenya as a partner.",
     ("REJECT", "UGA", "KEN", "fact")),
    ("Norway no longer supports Egypt.", ("SUPPORT", "NOR", "EGY", "negated")),
    # a hostile reception: the party it came from answers the subject's owner
    ("Kenya's plan met with opposition from Uganda.", ("REJECT", "UGA", "KEN", "fact")),
    ("Kenya's proposal met with criticism from Uganda.", ("ACCUSE", "UGA", "KEN", "fact")),
    # a receiving verb: the giver named by the noun's own modifier or possessor
    ("Kenya received Norwegian aid last year.", ("AID", "NOR", "KEN", "fact")),
    ("Kenya accepted Egypt's assistance for the new port.", ("AID", "EGY", "KEN", "fact")),
    ("Egypt has faced Norwegian sanctions since 2019.", ("SANCTION", "NOR", "EGY", "fact")),
])
def test_family_is_found(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # a stated plan is no threat
    ("Norway plans to impose sanctions on Egypt.", ("THREATEN", "NOR", "EGY")),
    ("The European Union is set to vote on Friday on tariffs against China.",
     ("THREATEN", "EU", "CHN")),
    # a stopped act is not reported as done
    ("Uganda no longer recognizes Kenya.", ("SUPPORT", "UGA", "KEN")),
    # "longer" with no "no" negates nothing
    ("Uganda has supported Kenya longer than any other state.", ("REJECT", "UGA", "KEN")),
    # meeting with opposition is no meeting
    ("Kenya's plan met with opposition from Uganda.", ("CONSULT", "KEN", "UGA")),
    ("Kenya's plan met with opposition from Uganda.", ("CONSULT", "UGA", "KEN")),
])
def test_reading_is_not_made(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Uganda has supported Kenya longer than any other state.", ("SUPPORT", "UGA", "KEN", "fact")),
    # a meeting with people is still a meeting
    ("Norway met with Kenyan officials on Monday.", ("CONSULT", "NOR", "KEN", "fact")),
])
def test_ordinary_reading_stays(nlp, text, expected):
    assert expected in found(nlp, text)


def test_reaction_with_no_party_codes_nothing(nlp):
    assert not found(nlp, "Kenya's plan met with opposition.")


def test_voting_on_nothing_coded_is_no_sanction(nlp):
    assert not {r for r in found(nlp, "The European Union will vote on Friday on the budget.")
                if r[0] == "SANCTION"}
