"""Domestic events on real news: a state acting against its own armed groups, opposition
and press, and armed groups acting at home (actor and recipient of one state). Run through
the whole pipeline (knowledge base, actor context, extractor); every sentence is invented.
Each family has sentences that must give the domestic event and sentences that must not."""

from __future__ import annotations

import datetime

import pytest

from dossier.model import Article
from dossier.pipeline import Pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline().load()


def found(pipeline: Pipeline, text: str) -> set[tuple]:
    article = Article(doc="t", body=text, published=datetime.date(2025, 3, 12))
    return {(m.type, m.actor.actor.code if m.actor else None,
             m.recipient.actor.code if m.recipient else None)
            for m in pipeline.process(article)}


# ---------------------------------------------------------------- designations (SANCTION)

@pytest.mark.parametrize("text, expected", [
    # a state designating its own armed group: domestic, and each designating state counts
    ("Somalia and Kenya have designated al-Shabab a terrorist group.", ("SANCTION", "SOM", "SOM")),
    ("Somalia and Kenya have designated al-Shabab a terrorist group.", ("SANCTION", "KEN", "SOM")),
    ("Somalia designated al-Shabab as a terrorist organization in 2010.",
     ("SANCTION", "SOM", "SOM")),
])
def test_designation_of_a_group_at_home(pipeline, text, expected):
    assert expected in found(pipeline, text)


@pytest.mark.parametrize("text, unwanted", [
    # a designation needs a label: naming a group's spokesman is no sanction
    ("Somalia designated a new envoy to the talks with al-Shabab.", "SANCTION"),
    ("Mali designated a group of generals to negotiate with the rebels.", "SANCTION"),
    ("Kenya designated al-Shabab a terrorist group.", ("SANCTION", "KEN", "KEN")),
])
def test_designation_precision(pipeline, text, unwanted):
    got = found(pipeline, text)
    assert all(row[0] != unwanted for row in got) if isinstance(unwanted, str) \
        else unwanted not in got


# ---------------------------------------------------------------- armed groups at home

@pytest.mark.parametrize("text, expected", [
    # the place named in the act is in the group's own state
    ("Al-Shabab fighters attacked several villages in central Somalia.", ("ASSAULT", "SOM", "SOM")),
    ("Al-Shabab fighters attacked several villages near the Kenyan border.",
     ("ASSAULT", "SOM", "SOM")),
    # a target such groups hit at home, no place named
    ("Al-Shabab militants stormed a police station on Sunday.", ("ASSAULT", "SOM", "SOM")),
    # a hijacking of a vehicle
    ("Al-Shabab militants took over a passenger train in Somalia.", ("ASSAULT", "SOM", "SOM")),
])
def test_armed_group_attack_at_home(pipeline, text, expected):
    assert expected in found(pipeline, text)


@pytest.mark.parametrize("text, unwanted", [
    # a place abroad, or a foreign owner, names the target's state
    ("Al-Shabab fighters attacked several villages in eastern Kenya.", ("ASSAULT", "SOM", "SOM")),
    ("Al-Shabab fighters attacked Kenyan villages.", ("ASSAULT", "SOM", "SOM")),
    # a state's forces attacking villages may be abroad: not domestic by the target alone
    ("Russian forces attacked several villages.", ("ASSAULT", "RUS", "RUS")),
    # a ship at sea is no target at home
    ("Houthi rebels attacked a commercial ship in the Red Sea.", ("ASSAULT", "YEM", "YEM")),
])
def test_armed_group_attack_abroad_is_not_domestic(pipeline, text, unwanted):
    assert unwanted not in found(pipeline, text)


@pytest.mark.parametrize("text", [
    "The new minister took over the ministry on Monday.",
    "Somalia took over the running of the port.",
    "The opposition took over the city council after the vote.",
])
def test_take_over_of_no_vehicle_is_no_attack(pipeline, text):
    assert all(row[0] != "ASSAULT" for row in found(pipeline, text))


# ---------------------------------------------------------------- owning up to an attack

def statuses(pipeline: Pipeline, text: str) -> set[tuple]:
    article = Article(doc="t", body=text, published=datetime.date(2025, 3, 12))
    return {(m.type, m.actor.actor.code if m.actor else None, m.status,
             m.source.actor.code if m.source else None) for m in pipeline.process(article)}


@pytest.mark.parametrize("text, expected", [
    ("Al-Shabab claimed responsibility for attacking a police station in Somalia.",
     ("ASSAULT", "SOM", "claim", "SOM")),
    ("Al-Shabab took credit for attacking a military base near Mogadishu.",
     ("ASSAULT", "SOM", "claim", "SOM")),
    ("Al-Shabab denied responsibility for bombing a market in Mogadishu.",
     ("ASSAULT", "SOM", "denial", "SOM")),
])
def test_responsibility_for_an_attack(pipeline, text, expected):
    assert expected in statuses(pipeline, text)


@pytest.mark.parametrize("text", [
    # the one who condemns, or who takes blame, is not the attacker
    "The UN condemned the plan for attacking the village.",
    "The minister took the blame for attacking the village.",
])
def test_no_responsibility_no_attacker(pipeline, text):
    assert all(row[0] != "ASSAULT" for row in statuses(pipeline, text))


# ---------------------------------------------------------------- arrests with no agent

@pytest.mark.parametrize("text, expected", [
    # the state where it happens arrests: the place, else the people held
    ("Zimbabwean journalist Tendai Moyo was arrested on Monday in Harare.",
     ("COERCE", "ZWE", "ZWE")),
    ("Zimbabwean journalist Tendai Moyo was detained on Monday.", ("COERCE", "ZWE", "ZWE")),
])
def test_arrest_with_no_agent_is_by_the_state_at_home(pipeline, text, expected):
    assert expected in found(pipeline, text)


@pytest.mark.parametrize("text", [
    # an agent named, even one the actor stage cannot resolve, is not left to guess
    "Zimbabwean journalist Tendai Moyo was arrested by unknown men on Monday.",
    # a crime story with no political actor
    "Two men were arrested in Nairobi after a robbery at a bank.",
    "Kenyan police officers said three gang members were arrested after a robbery.",
])
def test_arrest_with_no_party_codes_nothing(pipeline, text):
    assert all(row[0] != "COERCE" for row in found(pipeline, text))


# ---------------------------------------------------------------- critics of measures at home

@pytest.mark.parametrize("text, expected", [
    ("Kenya's opposition parties rejected the new budget on Thursday, calling it reckless.",
     ("REJECT", "KEN", "KEN")),
    ("Kenyan opposition lawmakers have denounced the extension of the president's mandate.",
     ("ACCUSE", "KEN", "KEN")),
    ("Kenyan opposition parties rejected the election results.", ("REJECT", "KEN", "KEN")),
])
def test_critics_answer_a_measure_at_home(pipeline, text, expected):
    assert expected in found(pipeline, text)


@pytest.mark.parametrize("text", [
    # another party named in what is answered
    "Kenyan opposition lawmakers rejected the trade deal with China.",
    "Kenyan opposition parties rejected the American proposal.",
    # an attack on a foreign embassy is not domestic
    "Nigerien protesters attacked the French embassy.",
])
def test_critics_answering_another_party_are_not_domestic(pipeline, text):
    assert not any(row[1] == row[2] for row in found(pipeline, text))


# ---------------------------------------------------------------- police sent at home

@pytest.mark.parametrize("text", [
    "Kenyan police said security forces, a rescue train and ambulances had been dispatched.",
    "Kenyan riot police were deployed on Monday.",
])
def test_police_sent_with_no_destination_are_sent_at_home(pipeline, text):
    assert ("MOBILIZE", "KEN", "KEN") in found(pipeline, text)


@pytest.mark.parametrize("text, unwanted", [
    # an army may be sent abroad: no destination is no home
    ("Russian troops have been deployed on Monday.", ("MOBILIZE", "RUS", "RUS")),
    # a destination abroad wins
    ("Kenyan police officers were deployed to Haiti.", ("MOBILIZE", "KEN", "KEN")),
])
def test_forces_sent_abroad_are_not_domestic(pipeline, text, unwanted):
    assert unwanted not in found(pipeline, text)


# ---------------------------------------------------------------- a leader's opponents

def test_a_leaders_opponents_are_the_opposition_at_home(pipeline):
    text = ("Kenya's former prime minister Daniel Otieno was sanctioned on Monday. "
            "Otieno's opponents accused him of undermining democracy.")
    assert ("ACCUSE", "KEN", "KEN") in found(pipeline, text)


def test_critics_are_no_actor_of_the_story_state(pipeline):
    # critics are as often foreign: "critics, including Hungary's prime minister"
    text = ("Hungary's prime minister visited Kenya. Critics, including Hungary's prime "
            "minister, accused the Kenyan government of corruption.")
    assert ("ACCUSE", "KEN", "KEN") not in found(pipeline, text)


# ---------------------------------------------------------------- expelled from the party

def test_expulsion_from_a_party_is_its_sanction_of_a_member(pipeline):
    text = "Zimbabwean war veteran Tendai Moyo was expelled from the ZANU-PF party on Friday."
    assert ("SANCTION", "ZWE", "ZWE") in found(pipeline, text)


@pytest.mark.parametrize("text, expected", [
    # expelled from a country or a place: as before
    ("Kenya expelled two Chinese diplomats from the country.", ("SANCTION", "KEN", "CHN")),
    ("Kenyan police expelled protesters from the square.", ("COERCE", "KEN", "KEN")),
])
def test_other_expulsions_are_unchanged(pipeline, text, expected):
    got = found(pipeline, text)
    assert expected in got and not any(row[0] == "SANCTION" and row[1] == row[2] for row in got)
