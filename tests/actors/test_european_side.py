"""A government body called European ("the European side", "European officials") in a story
that has named the European Union speaks for the Union; elsewhere it stays Europe at large.
Invented sentences; the bundled knowledge base."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.actors.resolve import KnowledgeBase, resolve_actors

ON = date(2024, 6, 1)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


def _country(nlp, kb, text: str, mention: str) -> str | None:
    refs = [r for r in resolve_actors(nlp(text), kb, on=ON) if r.text == mention]
    assert refs, f"no mention {mention!r}"
    return refs[-1].actor.country


def test_after_the_union_is_named_the_european_side_is_the_union(nlp, kb):
    text = ("The European Union weighed duties on steel from India. In the talks the Indian "
            "side offered quotas, but the European side said no.")
    assert _country(nlp, kb, text, "European side") == "EU"


def test_without_the_union_european_stays_europe(nlp, kb):
    text = "In the talks the Indian side offered quotas, but the European side said no."
    assert _country(nlp, kb, text, "European side") == "EUR"


# The knowledge base's `union` (EUR -> EU) for a region's government, legislative and armed
# bodies; its people, firms and names stay the region's.
@pytest.mark.parametrize("text, mention", [
    ("The European Union opened a mission in Chad last year. European peacekeepers reached "
     "the border on Monday.", "European peacekeepers"),
    ("The EU debated the budget in May. European lawmakers rejected the plan on Tuesday.",
     "European lawmakers"),
])
def test_a_regional_body_is_the_named_union(nlp, kb, text, mention):
    assert _country(nlp, kb, text, mention) == "EU"


@pytest.mark.parametrize("text, mention", [
    # the union not named: the region
    ("European peacekeepers reached the border of Chad on Monday.", "European peacekeepers"),
    # the region's states by name stay the region's
    ("The European Union met on Monday. European countries then closed their borders.",
     "European countries"),
    ("The EU met on Monday. Several European nations later sent aid to Chad.",
     "European nations"),
])
def test_not_the_union(nlp, kb, text, mention):
    assert _country(nlp, kb, text, mention) == "EUR"
