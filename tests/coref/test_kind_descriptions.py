""""The bloc", "the regional body", "the three nations", "the trio": a description that
names a kind of party takes the most recent compatible party of that kind (coref/kinds.py;
invented stories, bundled knowledge base)."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.actors.resolve import KnowledgeBase, resolve_actors

ON = date(2024, 5, 8)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


@pytest.fixture(scope="module")
def refs(nlp, kb):
    def _refs(text: str, mention: str) -> list[str]:
        """The countries (or names) the mention resolves to by coreference."""
        return sorted(r.actor.country or r.actor.name
                      for r in resolve_actors(nlp(text), kb, on=ON)
                      if r.text == mention and r.basis == "coref")
    return _refs


FILLER = "Rain fell over the capital on Monday. "

POSITIVE = [
    # an organisation named before, by a kind of organisation
    ("Ghana, Togo and Benin walked out of an ECOWAS summit on Monday. The three coastal "
     "nations said the bloc had ignored their trade complaints.", "bloc", ["ECOWAS"]),
    ("NATO held talks in Brussels on Tuesday. Hungary blocked a joint statement. The "
     "alliance said talks would go on.", "alliance", ["NATO"]),
    ("Kenya asked ECOWAS for observers. The regional body refused.", "regional body",
     ["ECOWAS"]),
    # the organisation the story names most, not one named once in passing
    ("ECOWAS met in Abuja. Mali left ECOWAS and joined the Alliance of Sahel States. Mali "
     "then said the bloc was biased.", "bloc", ["ECOWAS"]),
    # a counted description: the states of a list of that many
    ("Ghana, Togo and Benin walked out of an ECOWAS summit on Monday. The three coastal "
     "nations said the bloc had ignored their trade complaints.", "three coastal nations",
     ["BEN", "GHA", "TGO"]),
    ("Peru, Chile and Bolivia signed a water accord. Brazil welcomed the deal. Argentina "
     "said relations with the trio were warming.", "trio", ["BOL", "CHL", "PER"]),
    ("Norway, Sweden, Finland and Denmark agreed to pool fighter jets. The four Nordic "
     "countries will train together.", "four Nordic countries", ["DNK", "FIN", "NOR", "SWE"]),
]

MUST_NOT = [
    # no organisation named at all
    ("Protesters gathered in Lagos on Friday. The bloc said nothing.", "bloc"),
    # an organisation named too far back
    ("Kenya asked ECOWAS for observers. " + FILLER * 5 + "The regional body refused.",
     "regional body"),
    # "body" alone, or with an "of" phrase, is no organisation
    ("ECOWAS met in Abuja. The body was found near the border.", "body"),
    ("ECOWAS met in Abuja. Police found the regional body of a soldier.", "regional body"),
    # a count with no list of that many states
    ("Mali and Niger left ECOWAS. The three nations said they had no choice.",
     "three nations"),
    # three people of one state are no trio of states
    ("Three Kenyan men were arrested in Nairobi. The trio were charged with fraud.", "trio"),
    # "the group" meaning people, not a party named before
    ("A group of students marched through Nairobi. The group sang songs.", "group"),
    ("NATO held talks in Brussels. The trio of musicians played at the dinner.", "trio"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,mention,expected", POSITIVE,
                         ids=[c[1] + ":" + c[0][:20] for c in POSITIVE])
def test_kind_description_resolves(refs, text, mention, expected):
    assert refs(text, mention) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text,mention", MUST_NOT, ids=[c[1] + ":" + c[0][:20] for c in MUST_NOT])
def test_kind_description_left_alone(refs, text, mention):
    assert refs(text, mention) == []
