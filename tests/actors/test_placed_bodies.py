"""Unnamed bodies placed by the text, institution adjectives, capitals owning an act, and
peoples of one state: the actor families that decide whether an event has its parties.
Invented sentences; the bundled knowledge base."""

from __future__ import annotations

import pytest

from actors_support import codes

from dossier.actors.resolve import KnowledgeBase

@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


@pytest.mark.parametrize("text, mention, code", [
    # a base phrase places the body in the state it operates from
    ("Police blamed the ambush on gunmen with bases in Sudan.", "gunmen", ("SDN", "REB")),
    ("An extremist group based in Mali claimed the kidnapping.", "extremist group", ("MLI", "REB")),
    ("Insurgents operating in Niger raided a market.", "Insurgents", ("NER", "REB")),
    # a body loyal to a leader, a leader's followers: the leader's state
    ("Soldiers loyal to Vladimir Putin patrolled the road.", "Soldiers", ("RUS", "MIL")),
    ("Supporters of Narendra Modi gathered outside the hall.", "Supporters", ("IND", "CVL")),
])
def test_placed_bodies(nlp, kb, text, mention, code):
    found = codes(nlp, kb, text)
    assert found.get(mention) == code, found


@pytest.mark.parametrize("text, mention", [
    # a named group after the noun: the name is the actor, not a second body
    ("The militant group Hezbollah fired rockets overnight.", "militant group"),
    # "based in" after an owned body does not move it ("Pakistani officials")
    ("Pakistani officials based in Kabul briefed reporters.", "officials based in Kabul"),
])
def test_placement_near_misses(nlp, kb, text, mention):
    found = codes(nlp, kb, text)
    assert mention not in found, found


def test_owned_body_keeps_its_owner(nlp, kb):
    found = codes(nlp, kb, "Pakistani officials based in Kabul briefed reporters.")
    assert found.get("Pakistani officials") == ("PAK", "GOV"), found


def test_supporters_of_a_thing_take_no_leader(nlp, kb):
    found = codes(nlp, kb, "Supporters of the reform rallied in Manila on Sunday.")
    assert found.get("Supporters", ("PHL",))[0] in (None, "PHL"), found


@pytest.mark.parametrize("text, mention, code", [
    ("Ghana's parliament met on Monday. Critics in Ghana attacked the parliamentary inquiry.",
     "parliamentary", ("GHA", "LEG")),
    ("Kenya's president signed the bill. Lawyers in Kenya challenged the presidential decree.",
     "presidential", ("KEN", "GOV")),
    # "Congress" is the US Congress when the story names the US
    ("The U.S. Senate voted on Tuesday. Islamabad condemned the congressional resolution.",
     "congressional", ("USA", "LEG")),
])
def test_institution_adjectives(nlp, kb, text, mention, code):
    found = codes(nlp, kb, text)
    assert found.get(mention) == code, found


@pytest.mark.parametrize("text, mention", [
    ("Kenya will hold presidential elections in August.", "presidential"),
    ("Ghana's ruling party won most parliamentary seats in Ghana.", "parliamentary"),
])
def test_institution_adjective_near_misses(nlp, kb, text, mention):
    found = codes(nlp, kb, text)
    assert mention not in found, found


def test_congress_owned_by_another_state(nlp, kb):
    found = codes(nlp, kb, "Colombia's Congress rejected the budget.")
    assert found.get("Colombia's Congress") == ("COL", "LEG"), found


@pytest.mark.parametrize("text, mention, code", [
    # a capital owning an act after a preposition is its government
    ("The sanctions came in response to Tehran's decision to enrich uranium.", "Tehran",
     ("IRN", "GOV")),
])
def test_capital_owning_an_act(nlp, kb, text, mention, code):
    found = codes(nlp, kb, text)
    assert found.get(mention) == code, found


@pytest.mark.parametrize("text, mention", [
    ("Shells landed in Kyiv's suburbs overnight.", "Kyiv"),
    ("Crowds gathered in Moscow's Red Square.", "Moscow"),
    ("Flights resumed to Beirut's airport.", "Beirut"),
])
def test_capital_owning_a_part_of_the_city(nlp, kb, text, mention):
    found = codes(nlp, kb, text)
    assert mention not in found, found


@pytest.mark.parametrize("text, mention, code", [
    ("Igbo leaders called for calm.", "Igbo leaders", "NGA"),
    ("Yoruba elders met the governor.", "Yoruba elders", "NGA"),
    ("Thousands of Zulus marched on Sunday.", "Zulus", "ZAF"),
    ("Police detained 20 Kikuyus.", "Kikuyus", "KEN"),
])
def test_single_state_peoples(nlp, kb, text, mention, code):
    found = codes(nlp, kb, text)
    assert found.get(mention, (None,))[0] == code, found


def test_only_state_places_bare_rebels(nlp, kb):
    found = codes(nlp, kb, "The Angolan government accepted demands from the rebels.")
    assert found.get("rebels") == ("AGO", "REB"), found


def test_two_states_leave_bare_rebels_unplaced(nlp, kb):
    found = codes(nlp, kb, "Rebels attacked a convoy carrying French aid to Chad.")
    assert found.get("Rebels", (None,))[0] is None, found


@pytest.mark.parametrize("text, mention, code", [
    ("The Hungarians of northern Serbia asked for schools in their language.", "Hungarians",
     ("SRB", "CVL")),
    ("The Serbs of Kosovo boycotted the vote.", "Serbs", ("XKX", "CVL")),
])
def test_people_of_a_state_lives_there(nlp, kb, text, mention, code):
    found = codes(nlp, kb, text)
    assert found.get(mention) == code, found


def test_people_of_no_place_keeps_its_state(nlp, kb):
    found = codes(nlp, kb, "Americans of all ages lined up to vote.")
    assert found.get("Americans", (None,))[0] == "USA", found


def test_people_of_an_occupied_place_is_not_the_occupier(nlp, kb):
    found = codes(nlp, kb, "Palestinians of the Israeli-occupied West Bank went on strike.")
    assert found.get("Palestinians", (None,))[0] == "PSE", found
