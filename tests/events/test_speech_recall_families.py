"""Accusations, rejections and threats whose other party a sentence names only indirectly: an
object pronoun of a participle standing for the party its main clause has just named. Real
parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"the Ogaden Front": ("group", "ETH", "REB"), "the rebels": ("group", "MLI", "REB"),
          "Chile": ("country", "CHL"), "Peru": ("country", "PER"), "Norway": ("country", "NOR"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY")}


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    ("Since 2007 the Ogaden Front has waged a long insurgency against the Ethiopian state, accusing it "
     "of neglecting the region.", ("ACCUSE", "ETH", "ETH")),
    ("Norway broke off talks with the Egyptian government, accusing it of bad faith.",
     ("ACCUSE", "NOR", "EGY")),
])
def test_object_pronoun_of_a_participle_is_the_clauses_party(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # the women are the object; Kenya is only where they are
    "Uganda imposed rules on women in Kenya, barring them from travel.",
    # the subject is never the pronoun's party
    "Egypt has long opposed the dam, accusing it of threatening the river.",
])
def test_other_nouns_are_not_the_pronouns_party(nlp, text):
    found = dyads(nlp, text)
    assert not any(row[0] in ("ACCUSE", "SANCTION", "COERCE") and row[2] in ("KEN", "EGY")
                   for row in found)


@pytest.mark.parametrize("text, expected", [
    # giving way refused by the party itself: a rejection of the one pressing
    ("Kenya said it would not bow to pressure from Uganda over the border.",
     ("REJECT", "KEN", "UGA")),
    ("Chile said it will never succumb to Peru's demands on the fishing zone.",
     ("REJECT", "CHL", "PER")),
    # giving way: a concession to the one pressing
    ("Norway bowed to pressure from Egypt and released the two sailors.",
     ("CONCEDE", "NOR", "EGY")),
    ("Kenya caved in to Uganda's demands on Tuesday.", ("CONCEDE", "KEN", "UGA")),
])
def test_yielding_to_pressure(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Kenya bowed to Uganda in the final of the regional cup.",
    "Peru's president bowed to the crowd before his speech.",
    "The old bridge in Chile gave in under the weight of the trucks.",
])
def test_other_bowing_is_no_concession(nlp, text):
    assert not any(row[0] in ("CONCEDE", "REJECT") for row in dyads(nlp, text))


@pytest.mark.parametrize("text, expected", [
    ("In the talks Peru proposed a joint patrol, but Chile refused.", ("REJECT", "CHL", "PER")),
    ("Norway offered to host the meeting, but Egypt refused.", ("REJECT", "EGY", "NOR")),
])
def test_a_bare_refusal_answers_the_proposer(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # what is refused is named, and it is no proposal of Peru's
    "Peru proposed a joint patrol, but Chile refused to comment on the report.",
    # the refusal is not coordinated with the proposal
    "Peru proposed a joint patrol after Chile refused.",
])
def test_refusals_of_something_else_do_not_answer_the_proposer(nlp, text):
    assert ("REJECT", "CHL", "PER") not in dyads(nlp, text)
