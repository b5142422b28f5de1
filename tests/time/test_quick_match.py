"""The time rules' quick matching (ASCII-lowered text, no IGNORECASE) finds exactly what
``finditer`` finds on the text itself: same spans, same groups."""

import pytest

from dossier.time.rules import _ASCII_LOWER, _CASE_TRAPS, RULES, _matches, _quick

TEXTS = [
    "Last MONDAY at 5 P.M. EST, three Days Ago, the Ministry said on Jan. 3, 2024.",
    "In the past two years and the NEXT TWO WEEKS; early Friday Morning; mid-2023; Q3 2022.",
    "Rebels attacked the town at about 10:30 a.m. on March 4 — “a decade ago”, café owners said.",
    "İn the past two years, ſome days ago, the 3K run in late summer",  # case traps
    "THE WEEK OF MAY 5 2021, 2021-05-06 and 5/7/2021, Tonight and YESTERDAY evening.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_quick_matches_are_finditer_matches(text):
    lowered = None if _CASE_TRAPS.search(text) else text.translate(_ASCII_LOWER)
    found = 0
    for rule in RULES:
        expected = [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _matches(rule.pattern, text, lowered)] == expected
        found += len(expected)
    assert found  # every text has time expressions to compare


def test_a_pattern_that_writes_a_capital_is_not_matched_quickly():
    assert any(_quick(rule.pattern) is None for rule in RULES)  # time zones ("[ECMP][SD]T")
    assert any(_quick(rule.pattern) is not None for rule in RULES)
