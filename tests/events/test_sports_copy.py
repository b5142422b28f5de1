"""Sports and entertainment copy codes no event ("Russia beat Croatia" is no assault), while
political news about sports people or with vote counts is still read. Sentences invented."""

from __future__ import annotations

import pytest
from events_support import hand_analysis, rows

from dossier.events import RuleExtractor
from dossier.events.precision import sports_copy


@pytest.mark.parametrize("text", [
    "Chile beat Peru 2-1 in Santiago on Sunday.",
    "Norway defeated Kenya in the World Cup qualifier.",
    "The national team edged Egypt 3 - 2 after extra time.",
    "Kenya won the gold medal in the relay.",
])
def test_sports_copy(text):
    assert sports_copy(text)


@pytest.mark.parametrize("text", [
    "The Senate voted 68-31 to impose sanctions on Peru.",
    "A former basketball star urged the government to limit gaming for children.",
    "Police detained 40 fans after a football tournament in Lima.",
    "Chile and Peru fought a border war in 1878-79.",
    "Egypt beat back an attack on its border posts.",
])
def test_not_sports_copy(text):
    assert not sports_copy(text)


ACTORS = {"Chile": ("country", "CHL"), "Peru": ("country", "PER"), "Norway": ("country", "NOR"),
          "police": ("organization", "PER")}


@pytest.mark.slow
def test_match_report_codes_no_assault(nlp):
    text = "Chile beat Peru 2-1 in the Copa semifinal on Tuesday."
    assert not rows(RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS)))


@pytest.mark.slow
def test_story_under_a_sports_headline_codes_nothing(nlp):
    text = "Norway stun Chile in World Cup opener\n\nNorway attacked Chile from the first minute."
    assert not rows(RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS)))


@pytest.mark.slow
def test_news_beside_sports_words_is_still_coded(nlp):
    text = "Chile imposed sanctions on Peru after a football match in Lima."
    found = {r[:3] for r in rows(RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS)))}
    assert ("SANCTION", "CHL", "PER") in found
