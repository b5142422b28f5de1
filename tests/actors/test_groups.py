"""Non-state groups and their leaders over time, "the <country> leader" when the leader's
office is vacant, and "it" that is a thing rather than an actor. Invented sentences; the
bundled knowledge base (office holders by date)."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.actors.resolve import KnowledgeBase, resolve_actors
from dossier.errors import ConfigError
from dossier.kb.records import Entity, Office, Records, Term


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


def _actor(nlp, kb, text: str, mention: str, on: date):
    refs = [r for r in resolve_actors(nlp(text), kb, on=on) if r.text == mention]
    assert refs, f"no mention {mention!r}"
    return refs[0].actor


# (date, sentence, mention, name or None, country, sector)
DATED = [
    # the Taliban: an insurgency until they took Kabul, the government after
    (date(2019, 3, 1), "The Taliban attacked a checkpoint overnight.", "Taliban", "Taliban", "AFG", "REB"),
    (date(2022, 3, 1), "The Taliban banned girls from school.", "Taliban", "Taliban", "AFG", "GOV"),
    (date(2019, 3, 1), "Hibatullah Akhundzada called for more attacks.", "Hibatullah Akhundzada", "Hibatullah Akhundzada", "AFG", "REB"),
    (date(2023, 3, 1), "Hibatullah Akhundzada issued a decree.", "Hibatullah Akhundzada", "Hibatullah Akhundzada", "AFG", "GOV"),
    # a rebel leader who became head of state
    (date(2020, 3, 1), "Abu Mohammad al-Jolani toured Idlib.", "Abu Mohammad al-Jolani", "Ahmed al-Sharaa", "SYR", "REB"),
    (date(2025, 6, 1), "Ahmed al-Sharaa received the envoy.", "Ahmed al-Sharaa", "Ahmed al-Sharaa", "SYR", "GOV"),
    # a state office wins over the group while it is held
    (date(2006, 6, 1), "Ismail Haniyeh addressed the cabinet.", "Ismail Haniyeh", "Ismail Haniyeh", "PSE", "GOV"),
    (date(2020, 6, 1), "Ismail Haniyeh addressed the crowd.", "Ismail Haniyeh", "Ismail Haniyeh", "PSE", "REB"),
    (date(2018, 3, 1), "Abu Bakr al-Baghdadi released an audio message.", "Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi", "IMG", "REB"),
    (date(2001, 3, 1), "Osama bin Laden called for attacks.", "Osama bin Laden", "Osama bin Laden", "IMG", "REB"),
    # "the <country> leader" with no holder of the leader office: head of state, then of
    # government (military regimes with no prime minister)
    (date(1985, 3, 1), "The Ethiopian leader met the envoy.", "Ethiopian leader", "Mengistu Haile Mariam", "ETH", "GOV"),
    (date(1983, 3, 1), "Pakistan's leader said the talks would go on.", "Pakistan's leader", "Muhammad Zia-ul-Haq", "PAK", "GOV"),
    (date(2023, 3, 1), "Afghanistan's leader issued a decree.", "Afghanistan's leader", "Hibatullah Akhundzada", "AFG", "GOV"),
    # must-not: a holder of the leader office is not replaced
    (date(2020, 3, 1), "The Ethiopian leader met the envoy.", "Ethiopian leader", "Abiy Ahmed", "ETH", "GOV"),
    (date(2024, 8, 1), "Officials met Iran's Supreme National Security Council Secretary Ali Akbar Ahmadian.",
     "Supreme National Security Council Secretary Ali Akbar Ahmadian", "Ali Akbar Ahmadian", "IRN", "GOV"),
]


@pytest.mark.slow
@pytest.mark.parametrize("on,text,mention,name,country,sector", DATED,
                         ids=[f"{c[2]}@{c[0]}" for c in DATED])
def test_resolve_actors_groups_and_leaders_by_date(nlp, kb, on, text, mention, name, country,
                                                   sector):
    actor = _actor(nlp, kb, text, mention, on)
    assert (actor.name, actor.country, actor.sector) == (name, country, sector)


def test_resolve_actors_acronym_before_a_known_name_is_a_title(nlp, kb):
    """"NSA Ajit Doval": India's adviser, not the US agency's man."""
    refs = resolve_actors(nlp("NSA Ajit Doval met the Chinese envoy."), kb, on=date(2022, 7, 1))
    assert "NSA" not in [r.text for r in refs]
    doval = [r for r in refs if "Doval" in r.text]
    assert doval and doval[0].actor.country == "IND"


# "it" after a thing: no coreference mention for the pronoun
THING_IT = [
    "The navy said the tanker was hit. It sank two hours later.",
    "Iran and Israel agreed a ceasefire last week. It expires on Friday.",
    "Parliament debated the bill on Monday. It passed by ten votes.",
    "Egypt proposed a new truce plan. It would free all hostages within six weeks.",
    "Turkey signed the deal in March. It took effect in June.",
    "Greece detained the freighter on Monday. It was seized after a tip-off.",
    # far: three sentences back is too far for "it"
    "Canada expelled two diplomats. The decision followed a long inquiry. Officials met on "
    "Tuesday. It also recalled an envoy.",
]
# must-not: "it" that is the actor, even after a thing was named
ACTOR_IT = [
    ("Iran said it would retaliate.", "it", "IRN"),
    ("Russia seized a cargo ship on Monday. It said the vessel carried weapons.", "It", "RUS"),
    ("Iran launched a satellite on Monday. It warned it would launch more.", "it", "IRN"),
    ("Japan protested to China on Monday. It has long disputed the islands.", "It", "JPN"),
    ("China criticised the plan. It called the proposal dangerous.", "It", "CHN"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", THING_IT)
def test_coref_leaves_it_unresolved_when_it_is_a_thing(nlp, kb, text):
    refs = resolve_actors(nlp(text), kb, on=date(2024, 3, 1))
    assert not [r for r in refs if r.text.lower() == "it"], refs


@pytest.mark.slow
@pytest.mark.parametrize("text,mention,country", ACTOR_IT)
def test_coref_still_resolves_it_to_an_actor(nlp, kb, text, mention, country):
    refs = [r for r in resolve_actors(nlp(text), kb, on=date(2024, 3, 1)) if r.text == mention]
    assert refs and refs[-1].basis == "coref" and refs[-1].actor.country == country


# -- knowledge-base units -------------------------------------------------------------------
def _records() -> Records:
    group = Entity(id="GRP", name="Front", kind="group", country="AAA", sector="GOV",
                   periods=((None, date(2020, 1, 1), "REB"),), leaders=("chief",))
    state = Entity(id="AAA", name="Atlantis", kind="country", country="AAA")
    chief = Entity(id="chief", name="Ana Chief", kind="person", country="AAA")
    general = Entity(id="general", name="Bo General", kind="person", country="AAA")
    offices = {
        "AAA.pm": Office(id="AAA.pm", country="AAA", title="Prime Minister",
                         kind="head_of_government", leader=True,
                         terms=(Term(None, date(2010, 1, 1), date(2015, 1, 1), vacant=True),)),
        "AAA.president": Office(id="AAA.president", country="AAA", title="President",
                                kind="head_of_state",
                                terms=(Term("general", date(2010, 1, 1), date(2015, 1, 1)),)),
    }
    return Records({e.id: e for e in (group, state, chief, general)}, offices)


def test_kb_sector_on_follows_the_group_periods():
    kb = KnowledgeBase(_records())
    group = kb.entities["GRP"]
    assert kb.sector_on(group, date(2019, 12, 31)) == "REB"
    assert kb.sector_on(group, date(2020, 1, 1)) == "GOV"
    assert kb.sector_on(group, None) == "GOV"


def test_kb_group_of_reads_the_leaders_list():
    kb = KnowledgeBase(_records())
    assert kb.group_of("chief").id == "GRP"
    assert kb.group_of("general") is None


def test_kb_leader_on_falls_back_to_the_head_of_state_only_when_vacant():
    kb = KnowledgeBase(_records())
    office, holder = kb.leader_on("AAA", date(2012, 1, 1))
    assert (office.id, holder.id) == ("AAA.president", "general")
    assert kb.leader_on("AAA", date(2016, 1, 1)) is None


def test_kb_bad_sector_period_names_the_file(tmp_path):
    path = tmp_path / "groups.yaml"
    path.write_text("organizations:\n  - {id: X, name: X, kind: group, country: AFG, "
                    "sectors: [{sector: REB}]}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="groups.yaml"):
        KnowledgeBase.from_files([str(path)])


def test_kb_group_leaders_and_members_are_known(kb):
    """Every ``leaders:`` id names a bundled person and every ``group:`` a bundled group."""
    for entity in kb.entities.values():
        for person in entity.leaders:
            assert kb.entities.get(person) is not None, (entity.id, person)
            assert kb.entities[person].kind == "person", (entity.id, person)
        if entity.group:
            assert kb.entities.get(entity.group) is not None, (entity.id, entity.group)


def test_bare_police_take_the_state_of_the_place_the_sentence_is_set_in(nlp, kb):
    # a story about one state, a scene in another: the police are the scene's
    text = ("Serbian forces shelled villages in Kosovo on Friday. On Sunday protesters gathered "
            "in central Vienna, and police kept them away from the embassy in central Vienna.")
    assert _actor(nlp, kb, text, "police", date(2020, 3, 1)).country == "AUT"
