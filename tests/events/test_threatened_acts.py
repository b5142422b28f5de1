"""A threat and the act it threatens are two events: a threatened sanction ("threatened
sanctions against X", "or face sanctions", "said tariffs could follow if X …") is THREATEN
and SANCTION planned (future, undated); a threatened attack, expulsion or lawsuit stays a
threat. Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor

pytestmark = pytest.mark.slow

ACTORS = {"Norway": ("country", "NOR"), "Chile": ("country", "CHL"), "Peru": ("country", "PER"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA"),
          "Peruvian": ("country", "PER")}


def found(nlp, text: str):
    return RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS, {}))


@pytest.mark.parametrize("text, expected", [
    ("Norway threatened sanctions against Chile on Monday.", ("SANCTION", "NOR", "CHL", "future")),
    ("Norway threatened to impose new tariffs on Peruvian copper.",
     ("SANCTION", "NOR", "PER", "future")),
    ("Chile told Peru to free the sailors or face sanctions.",
     ("SANCTION", "CHL", "PER", "future")),
    ("Norway said tariffs could follow if Chile went ahead with the plan.",
     ("SANCTION", "NOR", "CHL", "future")),
])
def test_threatened_sanction_is_also_planned(nlp, text, expected):
    out = rows(found(nlp, text))
    assert expected in out and ("THREATEN",) + expected[1:3] + ("fact",) in out, out


def test_threatened_sanction_has_no_date_of_its_own(nlp):
    out = [m for m in found(nlp, "Norway threatened sanctions against Chile on Monday.")
           if m.type == "SANCTION"]
    assert out and all(m.date is None and m.source is None for m in out)


@pytest.mark.parametrize("text", [
    # threats of other acts stay threats
    "Kenya threatened to expel Uganda's ambassador.",
    "Kenya threatened to sue Uganda over the dam.",
    "Kenya threatened Uganda with retaliation.",
    "Norway said it will withdraw its troops from Chile unless Chile pays.",
    # sanctions that threaten something are no threat of sanctions
    "Peru said the sanctions threatened the economy of Chile.",
    # a sanction imposed is a fact, not a second planned one
    "Norway imposed sanctions on Chile on Monday.",
])
def test_no_planned_sanction(nlp, text):
    out = rows(found(nlp, text))
    assert not any(r[0] == "SANCTION" and r[3] == "future" for r in out), out
