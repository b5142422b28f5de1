"""States for actors the text leaves without one: the document's countries, state office
titles, US party-state tags, misspelt state names and titled surnames of office holders."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.actors.context import DocCountries, party_state_after, state_title
from dossier.actors.resolve import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


@pytest.mark.parametrize("word,code", [
    ("Ethopia", "ETH"), ("Afganistan", "AFG"), ("Quatar", "QAT"), ("Phillippines", "PHL"),
    ("Keyna", "KEN"), ("Nigera", "NGA"), ("Venezuala", "VEN"),
])
def test_similar_state_reads_a_misspelt_state(kb, word, code):
    state = kb.similar_state(word)
    assert state is not None and state.id == code


@pytest.mark.parametrize("word", [
    "Susan",        # one letter from Sudan, but a five-letter name needs an added/swapped letter
    "Germans",      # a people, not a misspelling of Germany
    "Sudanese",     # the name plus an ending
    "Columbia",     # a university, a district, a province
    "Ethiopia",     # spelt right: the exact name is the name table's job
    "ethopia",      # not capitalised
    "Irak",         # too short to judge
    "Columbias",    # a plural
])
def test_similar_state_leaves_other_words(kb, word):
    assert kb.similar_state(word) is None


def test_holders_named_finds_a_family_name_first_or_last(kb):
    on = date(2022, 7, 19)
    holders = {person.id for _office, person in kb.holders_named("Kim", on)}
    assert "kim-jong-un" in holders
    assert not {p.id for _o, p in kb.holders_named("Jong", on)}  # a middle name is not a surname


@pytest.mark.parametrize("words,sector", [
    (["senator"], "LEG"), (["sen."], "LEG"), (["provincial", "governor"], "GOV"),
    (["mayor"], "GOV"), (["mp"], "LEG"), (["president"], None), (["foreign", "minister"], None),
])
def test_state_title_gives_the_sector_of_state_offices_only(words, sector):
    assert state_title(words) == sector


@pytest.mark.parametrize("after,expected", [
    (" (R-Texas) said", True), (" (D-N.Y.) said", True), (", R-Idaho, said", True),
    (" (Reuters) said", False), (", who said", False), (" said", False),
])
def test_party_state_after_reads_us_party_tags(after, expected):
    text = "Sen. Jo Doe" + after
    assert party_state_after(text, len("Sen. Jo Doe")) is expected


@pytest.mark.parametrize("codes,main,clear", [
    (["CAF", "CAF", "FRA"], "CAF", "CAF"),
    (["CAF", "FRA"], None, None),               # a tie: no main state
    (["CAF"], "CAF", None),                     # named once: main, but not clear
    (["PAK", "PAK", "PAK", "USA", "USA"], "PAK", None),  # ahead, but not twice as often
    (["USA", "WST", "WST", "NATO"], "USA", None),        # groupings are not states
    ([], None, None),
])
def test_doc_countries_main_and_clear(codes, main, clear):
    counts = DocCountries(codes)
    assert (counts.main(), counts.clear()) == (main, clear)


def test_doc_countries_main_can_exclude_a_peoples_own_state():
    counts = DocCountries(["ALB", "ALB", "MKD"])
    assert counts.main() == "ALB" and counts.main(exclude="ALB") == "MKD"


@pytest.mark.parametrize("name,code", [("Northern Ireland", "GBR"), ("C.A.R.", "CAF"),
                                       ("Baloch Liberation Army", "BLA")])
def test_kb_knows_parts_of_states_and_armed_groups(kb, name, code):
    entity = kb.entity(name)
    assert entity is not None and entity.id == code
