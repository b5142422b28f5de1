"""Headlines in title case: capitalised common words are no actors, known names still are.
The other actor error classes found on real news are in test_classes.py. All sentences are
invented."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.actors.resolve import KnowledgeBase, resolve_actors
from dossier.nlp.words import common_word, headline_like

ON = date(2023, 5, 1)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


@pytest.fixture(scope="module")
def refs(nlp, kb):
    def _refs(text: str):
        return resolve_actors(nlp(text), kb, on=ON)
    return _refs


@pytest.mark.parametrize("word,headline,expected", [
    ("Continues", False, True), ("Coordinated", False, True), ("Schools", False, True),
    ("Cyclone", True, True), ("Cyclone", False, False),  # a singular noun: only in headlines
    ("Museveni", True, False), ("Ruto", False, False), ("Kagame", True, False),
    ("UNHCR", True, False),  # acronyms are names
])
def test_common_word_reads_lower_case_english(word, headline, expected):
    assert common_word(word, headline) is expected


@pytest.mark.parametrize("text,expected", [
    ("Army Offensive Continues as Cyclone Nears Coast", True),
    ("The army offensive continued as the cyclone neared the coast.", False),
    ("The International Court of Justice ruled against Uganda.", False),
    # prose with a full stop is no headline, however many capitals it has
    ("The Federal Electoral Tribunal Is Kenya's Highest Election Authority.", False),
])
def test_headline_like_detects_title_case(nlp, text, expected):
    assert headline_like(nlp(text)) is expected


@pytest.mark.parametrize("text", [
    "Somalia's Campaign Against Rebels Continues in Hiraan Region",
    "Coordinated Strikes Hit Schools as Cyclone Nears Coast",
    "Ethiopia's Army Pushes Forward After Talks Collapse",
])
def test_resolve_actors_headline_words_are_no_unknown_actors(refs, text):
    unknown = [r.text for r in refs(text) if r.actor.entity_id is None
               and r.actor.kind in ("person", "organization")]
    assert unknown == []


def test_resolve_actors_headline_keeps_known_names(refs):
    found = {r.text: r.actor.country for r in refs("Museveni Meets Ruto as Border Talks Resume")}
    assert found.get("Museveni") == "UGA" and found.get("Ruto") == "KEN"


def test_resolve_actors_prose_keeps_unknown_persons(refs):
    found = [r for r in refs("Amina Farah Warsame, a local elder, said the road was closed.")
             if r.basis == "unknown-person"]
    assert [r.text for r in found] == ["Amina Farah Warsame"]
