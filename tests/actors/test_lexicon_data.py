"""The actor lexicon's data file: the same Python names and types, and a schema that fails at
load on a typo, naming the line."""

from __future__ import annotations

from importlib import resources

import pytest

from dossier.actors import lexicon
from dossier.actors.schema import LexiconFile
from dossier.datafile import load_text
from dossier.errors import ConfigError
from dossier.kb.schema import SECTORS

WORD_SETS = ["HONORIFICS", "TITLE_MODIFIERS", "MIL_MODIFIERS", "NOT_IN_OFFICE", "HOME_OFFICES", "HOME_OFFICE_MODIFIERS",
             "DIPLOMATIC_TITLES",
             "PERSON_NOUNS",
             "RELIGIOUS_GROUPS", "BARE_GROUPS", "LOCATIVE", "GIVING_VERBS", "ARTICLES",
             "NOT_PERSON_FIRST", "FOLLOWER_NOUNS", "CITY_PARTS", "ELECTION_HEADS"]
SECTOR_MAPS = ["TITLE_HEADS", "GROUP_NOUNS", "ORG_HEADS", "_ORG_WORDS"]


def _bundled_text() -> str:
    return resources.files("dossier.actors").joinpath("data/lexicon.yaml").read_text("utf-8")


@pytest.mark.parametrize("name", WORD_SETS)
def test_lexicon_word_sets_are_frozensets_of_lower_case_words(name):
    words = getattr(lexicon, name)
    assert isinstance(words, frozenset) and words
    assert all(isinstance(w, str) and w == w.lower() for w in words)


@pytest.mark.parametrize("name", SECTOR_MAPS)
def test_lexicon_sector_maps_are_dicts_of_words_to_sectors(name):
    table = getattr(lexicon, name)
    assert type(table) is dict and table
    assert all(k == k.lower() and v in SECTORS for k, v in table.items())


def test_lexicon_of_titles_map_heads_to_tuples():
    assert type(lexicon.OF_TITLES) is dict
    assert all(type(tails) is tuple and tails for tails in lexicon.OF_TITLES.values())
    assert set(lexicon.OF_TITLES) <= set(lexicon.TITLE_HEADS)


def test_lexicon_base_phrases_and_institution_adjectives():
    assert all(type(p) is tuple and p and all(w == w.lower() for w in p)
               for p in lexicon.BASE_PHRASES)
    assert all(sector in SECTORS and noun == noun.lower()
               for sector, noun in lexicon.INSTITUTION_ADJECTIVES.values())


def test_lexicon_context_sectors_are_sectors():
    assert isinstance(lexicon.CONTEXT_SECTORS, frozenset)
    assert lexicon.CONTEXT_SECTORS <= set(SECTORS)
    assert lexicon.UNION_SECTORS <= set(SECTORS)


def test_lexicon_every_section_of_the_file_is_exported():
    data = load_text(_bundled_text(), LexiconFile, "lexicon.yaml")
    exported = {name.lstrip("_").lower() for name in WORD_SETS + SECTOR_MAPS
                + ["OF_TITLES", "CONTEXT_SECTORS", "HOME_SECTORS", "UNION_SECTORS", "BASE_PHRASES",
                   "INSTITUTION_ADJECTIVES"]}
    assert set(type(data).model_fields) == exported
    assert list(data.org_words) == list(lexicon._ORG_WORDS)  # the order decides org_sector


# (the bundled text's fragment, its replacement, words naming the problem, words of the fix)
TYPOS = [
    pytest.param("title_modifiers:", "title_modifers:", "unknown key 'title_modifers'",
                 "did you mean 'title_modifiers'?", id="misspelt section"),
    pytest.param("  president: GOV", "  President: GOV", "'President' is not lower case",
                 "lower case", id="capitalised word"),
    pytest.param("articles: [the,", "articles: [the, the,", "'the' listed twice", "once",
                 id="word twice"),
    pytest.param("  gendarmerie: COP", "  gendarmerie: CPO", "unknown value 'CPO'",
                 "did you mean 'COP'?", id="unknown sector"),
    pytest.param("person_nouns: [", "person_nouns: [astronaut, ", "'astronaut' not in group_nouns",
                 "add it to group_nouns", id="person noun no group noun"),
    pytest.param("mil_modifiers: [", "mil_modifiers: [sergeant, ",
                 "'sergeant' not in title_modifiers", "add it to title_modifiers",
                 id="military modifier no title modifier"),
    pytest.param("locative: [in,", "locative: [yes, in,", "locative entry 1: expected text",
                 "quote it", id="YAML boolean for a word"),
]


@pytest.mark.parametrize("old,new,what,fix", TYPOS)
def test_lexicon_typo_fails_at_load_naming_the_line(old, new, what, fix):
    text = _bundled_text()
    assert old in text
    bad = text.replace(old, new, 1)
    line = next(n for n, row in enumerate(bad.splitlines(), 1) if new.strip() in row)
    with pytest.raises(ConfigError) as info:
        load_text(bad, LexiconFile, "lexicon.yaml")
    assert info.value.message.startswith(f"lexicon.yaml, line {line}: "), info.value.message
    assert what in info.value.message
    assert fix in (info.value.fix or "")


def test_lexicon_missing_section_fails_at_load():
    text = _bundled_text().replace("articles: [", "other: [", 1)
    with pytest.raises(ConfigError, match="has no 'articles'|unknown key 'other'"):
        load_text(text, LexiconFile, "lexicon.yaml")
