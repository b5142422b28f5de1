"""Events whose parties the actor stage codes from the story: an unknown official by the
office, an unnamed body by the story's clear state, "the group" by the group named last;
and what is never a party: a news outlet interviewing someone, an interview's speaker label
(invented stories; real actor resolution over the bundled knowledge base)."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.actors.resolve import KnowledgeBase, resolve_actors
from dossier.events import RuleExtractor
from dossier.model import Analysis, Article

KENYA = ("Kenya will close the two camps by June, the government in Nairobi said. Kenya has "
         "hosted refugees for decades, and Kenyan officials say the cost is too high. ")
QUETTA = ("Gunmen stormed a bus depot in Quetta on Friday. The Balochistan Liberation Army "
          "claimed the attack. ")
TWO_STATES = ("Ethiopia and Somalia traded accusations on Monday. Ethiopia said Somalia "
              "had closed the border, and Somalia said Ethiopia had sent troops. ")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files()


@pytest.fixture(scope="module")
def events(nlp, kb):
    extractor = RuleExtractor.default(kb)

    def _events(text: str) -> set[tuple]:
        article = Article(doc="t", body=text, published=date(2024, 5, 8))
        doc = nlp(article.text)
        analysis = Analysis(article=article, doc=doc,
                            actors=tuple(resolve_actors(doc, kb, on=article.published)))
        return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None)
                for m in extractor.extract(analysis)}
    return _events


@pytest.mark.slow
@pytest.mark.parametrize("text, event", [
    (KENYA + "Interior Minister Odhiambo Kariuki accused Somalia of ignoring the refugees.",
     ("ACCUSE", "KEN", "SOM")),
    (KENYA + "Opposition lawmakers accused the government of cruelty.",
     ("ACCUSE", "KEN", "KEN")),
    (QUETTA + "The group also opposes Chinese mining in the province.",
     ("REJECT", "PAK", "CHN")),
    (QUETTA + "The separatist group accuses Pakistan of exploiting the province.",
     ("ACCUSE", "PAK", "PAK")),
    ("Chile held talks with Peru about the crisis on Monday.", ("CONSULT", "CHL", "PER")),
])
def test_parties_coded_from_the_story(events, text, event):
    assert event in events(text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # an interview is no consultation
    "Reuters spoke with Chilean officials about the crisis on Monday.",
    # an interview's label is not the subject of the answer
    "Chile held talks with Peru on Monday. VOA: Peru signed the deal with Chile on Tuesday.",
    # no clear story state: unnamed lawmakers stay uncoded, so nothing is emitted for them
    TWO_STATES + "Opposition lawmakers accused the government of cruelty.",
])
def test_no_outlet_label_or_unclear_body_as_a_party(events, text):
    found = events(text)
    assert not {e for e in found if "GBR" in e or "USA" in e}
    if text.startswith(TWO_STATES):
        assert not {e for e in found if e[0] == "ACCUSE" and e[1] == e[2]}
