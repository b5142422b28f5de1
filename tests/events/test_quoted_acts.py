"""Demands made in a quoted sentence that has no speech verb of its own: the quotation's
speaker, named by a speech verb in a sentence the quotation shares, asks another named party
to act ("Y must stop …", "it is now for Y to …"). And the quotes that are no demand: a
question, a demand of one's own side or of an unnamed party, a statement, a quotation with no
speaker named, a speaker no state stands behind. Real parses, hand-made actors; every
sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Foreign Minister Ana Costa": ("person", "PER"),
          "Kenyan envoy John Mwangi": ("person", "KEN"),
          "Chile": ("country", "CHL"), "Peru": ("country", "PER"), "Kenya": ("country", "KEN"),
          "Uganda": ("country", "UGA"), "Norway": ("country", "NOR")}


def found(nlp, text: str) -> set[tuple]:
    return {row[:3] for row in rows(RuleExtractor.default().extract(
        hand_analysis(nlp, text, ACTORS)))}


@pytest.mark.parametrize("text, expected", [
    # the speaker named before the quotation
    ("Foreign Minister Ana Costa spoke to reporters on Friday, saying, \"The talks went well. "
     "It is now for Chile to accept the offer.\"", ("REQUEST", "PER", "CHL")),
    ("Kenyan envoy John Mwangi told the council: \"We have waited long enough. Uganda must "
     "withdraw its troops from the border.\"", ("REQUEST", "KEN", "UGA")),
    # the speaker named after it
    ("\"The border is calm today. Uganda should pull its soldiers back,\" Kenyan envoy John "
     "Mwangi told reporters on Monday.", ("REQUEST", "KEN", "UGA")),
    ("\"Nothing has changed since March. Chile needs to return to the table,\" Foreign "
     "Minister Ana Costa said.", ("REQUEST", "PER", "CHL")),
])
def test_quoted_demand_found(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize("text, absent", [
    # a question asks nothing of anyone
    ("Foreign Minister Ana Costa said: \"We are patient. Must Chile really wait another "
     "year?\"", ("REQUEST", "PER", "CHL")),
    # what the speaker's own side must do, or an unnamed party
    ("Foreign Minister Ana Costa said: \"The talks went well. Peru must now show patience.\"",
     ("REQUEST", "PER", "PER")),
    ("Kenyan envoy John Mwangi said: \"The talks went well. They must now show patience.\"",
     ("REQUEST", "KEN", "KEN")),
    # a statement about the other party, or what it should know, asks nothing of it
    ("Foreign Minister Ana Costa said: \"The talks went well. Chile has accepted the offer.\"",
     ("REQUEST", "PER", "CHL")),
    ("Foreign Minister Ana Costa said: \"The talks went well. Chile should know that we are "
     "ready.\"", ("REQUEST", "PER", "CHL")),
    ("Foreign Minister Ana Costa said: \"The talks went well. Chile must be held to "
     "account.\"", ("REQUEST", "PER", "CHL")),
    # a quotation whose speaker is a citizen or is not named is nobody's demand
    ("\"Prices keep rising. Uganda must reopen the border,\" said a trader in Nairobi.",
     ("REQUEST", "UGA", "UGA")),
    ("A trader in Nairobi complained. \"Prices keep rising. Uganda must reopen the "
     "border.\"", ("REQUEST", "KEN", "UGA")),
    ("\"Prices keep rising. Uganda must reopen the border.\" The trader shrugged.",
     ("REQUEST", "KEN", "UGA")),
])
def test_no_quoted_demand(nlp, text, absent):
    assert absent not in found(nlp, text)
