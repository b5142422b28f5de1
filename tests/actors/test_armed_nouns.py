"""Unnamed armed attackers and marksmen are a sector's people: in a story one state clearly
leads, they are that state's (invented story, bundled KB)."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.actors.resolve import KnowledgeBase, resolve_actors

ON = date(2024, 5, 8)
NIGERIA = ("Nigeria's government said on Monday it would send more police to the north. "
           "Nigeria has struggled with violence, and Nigerian officials promise action. ")


@pytest.fixture(scope="module")
def refs(nlp):
    kb = KnowledgeBase.from_files()

    def _refs(text: str) -> dict[str, tuple[str | None, str | None]]:
        return {r.text: (r.actor.country, r.actor.sector) for r in resolve_actors(nlp(text), kb, on=ON)}
    return _refs


@pytest.mark.slow
@pytest.mark.parametrize("sentence, mention, sector", [
    ("Bandits abducted 40 pupils from a school.", "Bandits", "REB"),
    ("The attackers fled into the forest.", "attackers", "REB"),
    ("Police snipers shot two of the kidnappers.", "snipers", "MIL"),
])
def test_armed_nouns_take_the_story_state(refs, sentence, mention, sector):
    found = refs(NIGERIA + sentence)
    hit = next(v for k, v in found.items() if k.endswith(mention))
    assert hit == ("NGA", sector)
