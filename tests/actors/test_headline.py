"""Actor error classes found on real news: title-case headlines, capitalised common words,
"both countries", places and capitals, UN bodies, religious and national peoples "in X",
militants linked to a named group. All sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.actors.headline import common_word, headline_like
from dossier.actors.resolve import KnowledgeBase, resolve_actors

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


@pytest.mark.parametrize("text,phrase", [
    ("Turkey and Israel traded accusations. Both countries withdrew their ambassadors.",
     "Both countries"),
    ("Turkey recalled its envoy after Israel's raid. The two countries have clashed before.",
     "two countries"),
    ("Kenya and Uganda signed a deal. Both sides welcomed the accord.", "Both sides"),
    ("Egypt and Sudan agreed on Friday. The two nations will meet again.", "two nations"),
    ("Kenya and Uganda met on Friday. Both said the talks went well.", "Both"),
])
def test_resolve_actors_pair_gives_one_ref_per_state(refs, text, phrase):
    found = [r for r in refs(text) if r.text == phrase]
    assert len(found) == 2 and len({r.actor.country for r in found}) == 2
    assert all(r.basis == "coref" for r in found)


def test_resolve_actors_pair_takes_the_two_latest_states(refs):
    text = "Egypt hosted the talks. Sudan and Ethiopia attended. The two countries agreed."
    assert {r.actor.country for r in refs(text) if r.text == "two countries"} == {"SDN", "ETH"}


def test_resolve_actors_both_as_a_determiner_alone_is_no_pair(refs):
    # "both" modifying a thing is not a subject pronoun
    assert not [r for r in refs("Kenya signed both agreements on Friday.") if r.text == "both"]


@pytest.mark.parametrize("text,capital,code", [
    ("Mogadishu announced a new offensive.", "Mogadishu", "SOM"),
    ("Ankara said the talks would continue.", "Ankara", "TUR"),
    ("Nairobi rejected the claims on Tuesday.", "Nairobi", "KEN"),
])
def test_resolve_actors_capital_subject_is_the_government(refs, text, capital, code):
    found = [r for r in refs(text) if r.text == capital]
    assert found and (found[0].actor.country, found[0].actor.sector) == (code, "GOV")


@pytest.mark.parametrize("text,place", [
    ("Fighting resumed in Mogadishu on Sunday.", "Mogadishu"),
    ("Soldiers clashed with fighters in Beledweyne.", "Beledweyne"),
    ("A bomb exploded near Quetta, killing five.", "Quetta"),
])
def test_resolve_actors_place_is_no_actor(refs, text, place):
    assert place not in [r.text for r in refs(text)]


@pytest.mark.parametrize("text,phrase,code", [
    ("The UN court ordered a halt to the operation.", "UN court", "UN"),
    ("The International Court of Justice heard the case.", "International Court of Justice",
     "UN"),
    ("The U.N. Refugee Coordination Office in Kenya warned of shortages.",
     "U.N. Refugee Coordination Office", "UN"),
    ("The UN Security Council met at Israel's request.", "UN Security Council", "UN"),
])
def test_resolve_actors_un_bodies_are_the_uns(refs, text, phrase, code):
    found = [r for r in refs(text) if r.text == phrase]
    assert found and found[0].actor.country == code


def test_resolve_actors_icc_is_never_the_host_state(refs, kb):
    found = [r for r in refs("In Kenya, the ICC opened an inquiry.") if r.text == "ICC"]
    assert found and found[0].actor.country not in ("KEN", None)


@pytest.mark.parametrize("text,phrase,code,sector", [
    ("Palestinians in Jerusalem protested the decision.", "Palestinians", "PSE", None),
    ("Israeli police clashed with the Muslims in Jerusalem.", "Muslims", None, "CVL"),
    ("Christians in Lahore held a vigil.", "Christians", None, "CVL"),
    ("Christians in Pakistan held a vigil.", "Christians", "PAK", "CVL"),
    ("Residents in Lahore protested the fuel price.", "Residents", "PAK", "CVL"),
])
def test_resolve_actors_peoples_in_a_place(refs, text, phrase, code, sector):
    found = [r for r in refs(text) if r.text == phrase]
    assert found and (found[0].actor.country, found[0].actor.sector) == (code, sector)


@pytest.mark.parametrize("text,phrase", [
    ("Al-Shabab-linked militants attacked a base.", "Al-Shabab-linked militants"),
    ("Militants from al-Shabab stormed the hotel.", "Militants from al-Shabab"),
    ("Al-Shabab claimed the raid. The militants took hostages.", "militants"),
])
def test_resolve_actors_militants_of_a_named_group(refs, kb, text, phrase):
    found = [r for r in refs(text) if r.text == phrase]
    assert found and found[0].actor.entity_id is not None
    assert kb.entities[found[0].actor.entity_id].kind == "group"


@pytest.mark.parametrize("text", [
    "Militants attacked a base in the north.",
    "Militants from the north attacked a base.",
])
def test_resolve_actors_militants_without_a_named_group_stay_generic(refs, text):
    found = [r for r in refs(text) if r.text.lower() == "militants"]
    assert found and found[0].actor.entity_id is None
