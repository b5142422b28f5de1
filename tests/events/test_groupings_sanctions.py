"""Small groupings' members acting among themselves, and sanctions written as nouns, passives,
plans and coordinated actors; with the readings that are none of these. Real parses with
hand-made actor mentions (organisations carry their knowledge-base id, so the bundled
memberships apply); every sentence is invented."""

from __future__ import annotations

import re
from datetime import date

import pytest
from events_support import rows

from dossier.events import RuleExtractor
from dossier.model import Actor, ActorRef, Analysis, Article, Where

pytestmark = pytest.mark.slow

# name in the text -> (kind, code); longer names first so they win over their parts
ACTORS = {"Pacific Joint Naval Exercise": ("organization", None),  # a named event the
          # actor stage may take for an organisation
          "Group of Seven": ("organization", "G7"), "G7": ("organization", "G7"),
          "Quad": ("organization", "QUAD"), "NATO": ("organization", "NATO"),
          "European Union": ("organization", "EU"),
          "United States": ("country", "USA"), "Japan": ("country", "JPN"),
          "Italy": ("country", "ITA"), "Canada": ("country", "CAN"),
          "Belgium": ("country", "BEL"), "Ghana": ("country", "GHA"), "Togo": ("country", "TGO"),
          "Chile": ("country", "CHL"), "Bolivia": ("country", "BOL"), "Peru": ("country", "PER"),
          "Kenya": ("country", "KEN"), "Russia": ("country", "RUS"), "China": ("country", "CHN"),
          "Ukraine": ("country", "UKR"), "Zelensky": ("person", "UKR"),
          "India": ("country", "IND"),
          "Kenyan government": ("organization", "KEN"),
          "Liberation Front": ("group", "KEN")}
SECTORS = {"Kenyan government": "GOV", "Liberation Front": "REB"}
PLACES = {"Quebec": "CAN", "Rome": "ITA", "Nairobi": "KEN", "Tokyo": "JPN"}


def analysis(nlp, text: str, published: date = date(2024, 5, 1)) -> Analysis:
    article = Article(doc="t", body=text, published=published)
    refs, places, taken = [], [], set()
    for name, (kind, code) in ACTORS.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if taken.intersection(range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            actor = Actor(name=name, kind=kind, country=code, sector=SECTORS.get(name),
                          entity_id=code if kind != "person" else None)
            refs.append(ActorRef(actor, name, m.start(), m.end()))
    for name, code in PLACES.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            places.append(Where(name=name, country=code, text=name, start=m.start(), end=m.end()))
    refs.sort(key=lambda r: r.start)
    return Analysis(article=article, doc=nlp(text), actors=tuple(refs), places=tuple(places))


def dyads(nlp, text: str, published: date = date(2024, 5, 1)) -> set[tuple]:
    return {row[:3] for row in rows(RuleExtractor.default().extract(
        analysis(nlp, text, published)))}


def undirected(found: set[tuple], type_: str) -> set[frozenset]:
    return {frozenset(r[1:3]) for r in found if r[0] == type_}


G7 = {"USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"}


# ------------------------------------------------------------------ groupings' members

@pytest.mark.parametrize("text, hub", [
    ("Top diplomats from the Group of Seven gathered on Thursday in Quebec.", "CAN"),
    ("G7 foreign ministers met in Rome on Monday.", "ITA"),
    ("G7 leaders convened on Friday as host country Italy set out its agenda.", "ITA"),
])
def test_g7_members_meeting_are_paired_with_the_host(nlp, text, hub):
    pairs = undirected(dyads(nlp, text), "CONSULT")
    assert pairs == {frozenset({hub, other}) for other in G7 - {hub}}


def test_quad_leaders_agreeing_pair_the_story_member_with_each_other(nlp):
    text = ("Japan plans closer ties with its neighbours. In March, Quad leaders agreed at a "
            "virtual summit to jointly address maritime challenges.")
    found = dyads(nlp, text, date(2021, 4, 10))
    assert undirected(found, "AGREE") == {frozenset({"JPN", c}) for c in ("USA", "IND", "AUS")}
    assert ("AGREE", "QUAD", None) not in found


@pytest.mark.parametrize("published, members", [
    (date(2012, 6, 1), {"USA", "IND"}),  # Australia was out of the Quad from 2008 to 2017
    (date(2022, 6, 1), {"USA", "IND", "AUS"}),
])
def test_membership_follows_the_date(nlp, published, members):
    found = dyads(nlp, "Quad leaders met in Tokyo on Monday.", published)
    assert undirected(found, "CONSULT") == {frozenset({"JPN", c}) for c in members}


QUAD_LINE = "The Quad consists of Japan, the United States, Australia and India. "


def test_the_other_members_are_the_groupings_other_members(nlp):
    text = QUAD_LINE + "In May, Japan held the Pacific Joint Naval Exercise with the other three countries."
    found = dyads(nlp, text, date(2021, 6, 1))
    assert undirected(found, "COOPERATE") == {frozenset({"JPN", c}) for c in ("USA", "IND", "AUS")}


@pytest.mark.parametrize("text", [
    # the count does not fit the grouping named
    QUAD_LINE + "Japan held a joint exercise with the other two countries.",
    # no grouping with members named nearby
    "NATO has many members. Japan held a joint exercise with the other countries.",
    # "other" partners of a grouping the actor is not in
    QUAD_LINE + "Kenya held a joint exercise with the other three countries.",
])
def test_no_other_members(nlp, text):
    found = dyads(nlp, text, date(2021, 6, 1))
    assert not {r for r in found if r[0] == "COOPERATE" and {"USA", "AUS"} & set(r[1:3])}, found


def test_a_named_exercise_is_no_party_to_itself(nlp):
    found = dyads(nlp, "Japan held the Pacific Joint Naval Exercise with India in May.")
    assert ("COOPERATE", "JPN", "IND") in found or ("COOPERATE", "IND", "JPN") in found


@pytest.mark.parametrize("text", [
    # the grouping acting as one keeps its own code
    "The G7 called on China to stop the drills.",
    # a summit named, no act of the members
    "The summit of the G7 opened in Rome on Monday.",
    # talk about a topic is no meeting of the members
    "G7 foreign ministers discussed China's role in global security.",
    # a large body is never expanded
    "NATO leaders met in Rome on Monday.",
    # a meeting with an outside party is not among the members
    "G7 leaders met Zelensky in Rome on Monday.",
])
def test_no_member_pairs(nlp, text):
    found = dyads(nlp, text)
    member_pairs = {r for r in found if r[1] in G7 and r[2] in G7}
    assert not member_pairs, found


def test_crowds_gathering_are_no_meeting(nlp):
    assert not dyads(nlp, "Thousands of people gathered in Nairobi to mourn the victims.")


# ------------------------------------------------------------------ sanctions

@pytest.mark.parametrize("text, expected", [
    # a state's sanction of a group at home is domestic
    ("The Kenyan government designated the Liberation Front as a terrorist group.",
     ("SANCTION", "KEN", "KEN")),
    # coordinated sanctioners each sanction
    ("Canada and Belgium have banned imports of ivory from Togo.", ("SANCTION", "BEL", "TGO")),
    ("Canada and Belgium are among the countries that have banned imports of ivory from Togo.",
     ("SANCTION", "BEL", "TGO")),
    # a designation with the class in apposition ("designated X a terrorist group")
    ("Peru and Chile have designated the Liberation Front a terrorist group.",
     ("SANCTION", "CHL", "KEN")),
    # an announced cut of aid
    ("Ghana announced last week that it would cease military aid to Togo.",
     ("SANCTION", "GHA", "TGO")),
    ("Ghana stopped arms deliveries to Togo in May.", ("SANCTION", "GHA", "TGO")),
    # sanctions under deliberation are planned
    ("The European Union is considering sanctions against Togo.", ("SANCTION", "EU", "TGO")),
    # a nominal imposition names its imposer
    ("Bolivia's economy shrank after Chile's imposition of sanctions on Bolivia.",
     ("SANCTION", "CHL", "BOL")),
    # tariffs on imports to a state are that state's
    ("The vote follows steep tariff hikes on Chinese steel imports to Canada and Peru.",
     ("SANCTION", "PER", "CHN")),
])
def test_sanction_is_found(nlp, text, expected):
    assert expected in dyads(nlp, text)


def test_deliberated_sanctions_are_planned(nlp):
    found = rows(RuleExtractor.default().extract(
        analysis(nlp, "The European Union is considering sanctions against Togo.")))
    assert ("SANCTION", "EU", "TGO", "future") in found


def test_an_announced_condition_is_still_a_threat(nlp):
    found = dyads(nlp, "Ghana said it would cut aid to Togo if the border stays closed.")
    assert ("SANCTION", "GHA", "TGO") not in found


@pytest.mark.parametrize("text", [
    # sanctions as a topic, with no sanctioner
    "Analysts in Kenya are weighing the effect of sanctions on Russia's economy.",
    "Chile is among the countries most exposed to tariffs.",
    # a domestic ban on smoking is no sanction
    "Kenya banned smoking in public places last year.",
    # stopping an attack or a convoy is no cut of aid
    "Ghana stopped the rebel advance near the border with Togo.",
    # a designation as something other than a proscribed group
    "Kenya designated Uganda a strategic partner in the region.",
    # tariffs on exports, whose imposer is not said
    "Tariffs on Chilean exports to Peru rose sharply.",
])
def test_no_sanction(nlp, text):
    assert not any(row[0] == "SANCTION" for row in dyads(nlp, text)), dyads(nlp, text)
