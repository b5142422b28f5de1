"""Ethnic and national peoples with no code of their own (kb/data/peoples.yaml) take the
state they mostly live in, as civilians; a people spread over several states is placed by
the text. Invented sentences; the bundled knowledge base."""

from __future__ import annotations

import pytest

from actors_support import codes

from dossier.actors.resolve import KnowledgeBase
from dossier.kb.schema import PeoplesFile


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


@pytest.mark.parametrize("text, mention, country", [
    ("Turkey expelled 50 Uyghurs last year.", "Uyghurs", "CHN"),
    ("Hundreds of Uighurs fled across the border.", "Uighurs", "CHN"),
    ("Tibetans marched through the capital.", "Tibetans", "CHN"),
    ("Thousands of Rohingya crossed into Bangladesh.", "Rohingya", "MMR"),
    ("Crimean Tatars held a vigil on Sunday.", "Crimean Tatars", "UKR"),
    ("Igbos in the east staged a sit-at-home on Monday.", "Igbos", "NGA"),
    ("Yorubas rallied in the city.", "Yorubas", "NGA"),
])
def test_people_takes_its_state(nlp, kb, text, mention, country):
    found = codes(nlp, kb, text)
    assert found.get(mention) == (country, "CVL"), found


def test_people_adjective_owns_the_group(nlp, kb):
    found = codes(nlp, kb, "Police arrested six Baloch separatists near the border.")
    assert any(code == "PAK" for code, _ in found.values()), found


@pytest.mark.parametrize("text", [
    "Ibo traditional elders demanded a new constitution.",
    "A group of Yoruba leaders backed the governor.",
])
def test_people_adjective_codes_its_leaders(nlp, kb, text):
    found = codes(nlp, kb, text)
    assert any(code == "NGA" for code, _ in found.values()), found


def test_exile_body_of_a_people(nlp, kb):
    found = codes(nlp, kb, "The World Uyghur Congress called for an inquiry.")
    assert found.get("World Uyghur Congress", (None,))[0] == "CHN", found


@pytest.mark.parametrize("text, mention", [
    # a people of several states is not given one by the data
    ("Kurds rallied in the city on Friday.", "Kurds"),
    ("Tamils gathered for the anniversary.", "Tamils"),
])
def test_people_of_several_states_gets_none_from_data(nlp, kb, text, mention):
    found = codes(nlp, kb, text)
    assert found.get(mention, (None,))[0] in (None,), found


def test_peoples_are_checked_like_other_kb_data():
    with pytest.raises(Exception):
        PeoplesFile.model_validate({"peoples": [{"id": "X", "name": "X", "country": "China"}]})
