"""Within-document coreference for actors: pronouns, descriptions, bare titles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dossier.actors.resolve import KnowledgeBase, resolve_actors

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "actors_people.yaml"
ON = date(2022, 7, 19)

# (text, the mention, the name it must resolve to, its country)
CASES = [
    ("Vladimir Putin arrived in Tehran. He met the host at the airport.", "He", "Vladimir Putin", "RUS"),
    ("Iran launched drones at Israel. It said the strike was a warning.", "It", "Iran", "IRN"),
    ("Russian officials visited Iran. They inspected the drones.", "They", "Russian officials", "RUS"),
    ("The Kremlin said it would respond.", "it", "Russia", "RUS"),
    ("NATO said its members would send more air defences.", "its", "NATO", "NATO"),
    ("Iran rejected the claim. The country has denied supplying weapons.", "country", "Iran", "IRN"),
    ("Protests spread across Iran. The regime blamed foreign agents.", "regime", "Iran", "IRN"),
    ("Vladimir Putin spoke on Tuesday. The president said the talks went well.", "president", "Vladimir Putin", "RUS"),
    ("Sergey Lavrov met his Iranian counterpart.", "his", "Sergey Lavrov", "RUS"),
    ("Ebrahim Raisi said his country would respond.", "country", "Iran", "IRN"),
    ("Syria accused the rebels. The army said it shelled their positions.", "army", "Syria (army)", "SYR"),
    ("Russia and Iran are deepening ties. Both countries face sanctions.", "Both countries", "Russia", "RUS"),
    # a bare state body: the state last named, also through its people
    ("Peruvian lawmakers debated the bill. The court said it would rule later.", "court", "Peru (court)", "PER"),
    ("Algerian officials met on Monday. Parliament approved the budget.", "Parliament", "Algeria (parliament)", "DZA"),
    ("Kenya protested to the African Union over raids in which it said ten people died.", "it", "Kenya", "KEN"),
    # "it is prepared/ready to …": only a party is ready to act
    ("Kenya announced that it is prepared to close the border.", "it", "Kenya", "KEN"),
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files([str(FIXTURE)], bundled_people=False)


@pytest.mark.slow
@pytest.mark.parametrize("text,mention,name,country", CASES, ids=[c[1] + ":" + c[0][:25] for c in CASES])
def test_coref_resolves_to_the_antecedent(nlp, kb, text, mention, name, country):
    refs = [r for r in resolve_actors(nlp(text), kb, on=ON) if r.text == mention]
    assert refs, f"{mention!r} not resolved"
    assert refs[0].basis == "coref"
    assert (refs[0].actor.name, refs[0].actor.country) == (name, country)


@pytest.mark.slow
def test_coref_the_two_countries_are_both_states(nlp, kb):
    text = "Putin and Raisi met in Tehran. The two countries signed a deal."
    refs = [r for r in resolve_actors(nlp(text), kb, on=ON) if r.text == "two countries"]
    assert sorted(r.actor.country for r in refs) == ["IRN", "RUS"]
    assert all(r.actor.kind == "country" for r in refs)


@pytest.mark.slow
@pytest.mark.parametrize("text,word", [
    ("It is unclear whether Iran will respond.", "It"),
    ("Iran spoke first. It is likely to rain in Tehran.", "It"),
    ("Iran spoke first. It is important to talk.", "It"),
    ("He said the talks had failed.", "He"),
    ("The drones hit the port. They were made in Iran.", "They"),
    ("Iran rejected the claim. Weeks later, the president of France spoke.", "president"),
])
def test_coref_leaves_unresolvable_words_alone(nlp, kb, text, word):
    refs = resolve_actors(nlp(text), kb, on=ON)
    assert not [r for r in refs if r.text == word and r.basis == "coref"]
