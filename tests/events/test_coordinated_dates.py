"""An act told with coordinated dates is one occasion per date ("raided the town in 2016 and
2019", "sanctioned in 2021 and again in March"): a mention for each date, which the article's
merge keeps apart. Not a range ("between 2016 and 2019"), not a date of another clause, and
not two consecutive days of one meeting. Real parses with hand-made actors; every sentence is
invented."""

from __future__ import annotations

import pytest
from dataclasses import replace

from events_support import PUBLISHED, hand_analysis

from dossier.events import RuleExtractor
from dossier.time import find_times

pytestmark = pytest.mark.slow

ACTORS = {"Chad": ("country", "TCD"), "Niger": ("country", "NER"), "Sweden": ("country", "SWE"),
          "Mali": ("country", "MLI")}


def dated(nlp, text: str, type_: str) -> set:
    analysis = hand_analysis(nlp, text, ACTORS)
    analysis = replace(analysis, times=tuple(find_times(analysis.doc, PUBLISHED)))
    found = RuleExtractor.default().extract(analysis)
    return {m.date.value if m.date else None for m in found if m.type == type_}


@pytest.mark.parametrize("text, type_, dates", [
    ("Chad attacked Niger in 2016 and 2019.", "ASSAULT", {"2016", "2019"}),
    ("Chad attacked Niger in 2011, 2016 and 2019.", "ASSAULT", {"2011", "2016", "2019"}),
    ("Sweden imposed sanctions on Mali in 2021 and again in March.", "SANCTION",
     {"2021", "2024-03"}),
    ("Chad attacked Niger on May 2 and again on May 3.", "ASSAULT",
     {"2024-05-02", "2024-05-03"}),
])
def test_each_coordinated_date_is_an_occasion(nlp, text, type_, dates):
    assert dated(nlp, text, type_) == dates


@pytest.mark.parametrize("text, type_, dates", [
    # a range is one stretch of time
    ("Chad attacked Niger between 2016 and 2019.", "ASSAULT", {"2016"}),
    # the second date belongs to another clause
    ("Chad attacked Niger in 2016, and in 2019 Sweden imposed sanctions on Mali.", "ASSAULT",
     {"2016"}),
    # one date told twice, not a list
    ("Last year, in March, Chad attacked Niger.", "ASSAULT", {"2023"}),
    # a meeting over two consecutive days is one occasion
    ("Chad met Niger in Paris on Monday and Tuesday.", "CONSULT", {"2024-05-06"}),
])
def test_not_separate_occasions(nlp, text, type_, dates):
    assert dated(nlp, text, type_) == dates
