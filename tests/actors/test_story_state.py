"""Actors the knowledge base does not know take the state their title, apposition or the
story gives, and only where the evidence is solid (invented stories, bundled KB)."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.actors.resolve import KnowledgeBase, resolve_actors

ON = date(2024, 5, 8)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


@pytest.fixture(scope="module")
def codes(nlp, kb):
    def _codes(text: str) -> dict[str, str | None]:
        return {r.text: r.actor.country for r in resolve_actors(nlp(text), kb, on=ON)}
    return _codes


KENYA = ("Kenya will close the two camps by June, the government in Nairobi said. Kenya has "
         "hosted refugees for decades, and Kenyan officials say the cost is too high. ")


@pytest.mark.slow
@pytest.mark.parametrize("text, mention, code", [
    (KENYA + "Interior Minister Odhiambo Kariuki announced the plan on Monday.",
     "Interior Minister Odhiambo Kariuki", "KEN"),
    (KENYA + "Tumelo Wafula, minister of water and sanitation, told parliament the camps "
     "would close.", "Tumelo Wafula", "KEN"),
    (KENYA + "Judge Amina Otieno ordered the government to delay the closure.",
     "Judge Amina Otieno", "KEN"),
    ("Pakistan said it would not negotiate. Sindh Chief Minister Rasul Bakhsh Talpur said "
     "the province was safe.", "Chief Minister Rasul Bakhsh Talpur", "PAK"),
])
def test_a_home_office_takes_the_place_or_the_story_state(codes, text, mention, code):
    assert codes(text)[mention] == code


@pytest.mark.slow
@pytest.mark.parametrize("text, mention", [
    # a general quoted in a story about an adversary: the story names two states alike
    ("North Korea fired a missile on Sunday. The United States condemned the launch, and "
     "North Korea said more would follow. The United States sent ships. \"We are ready,\" "
     "said Gen. Tobias Wrenfield, commander of the Pacific fleet.", "Gen. Tobias Wrenfield"),
    # a rapporteur or envoy serves a body or another state, not the story's
    (KENYA + "Special rapporteur Johan Lindqvist visited the camps.", "Johan Lindqvist"),
    # an analyst quoted by name has no office
    (KENYA + "\"The closure is a mistake,\" said Peter Oduya, a researcher.", "Peter Oduya"),
])
def test_no_state_without_solid_evidence(codes, text, mention):
    assert codes(text).get(mention) is None
