"""PLOVER coding conventions over real parses (sentences are invented): commitments typed by
what is committed to, planned harm as threats, refusals as rejections, ultimatums,
domestic targets, mediators, and verbs the small model mislemmatises."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dossier.events import RuleExtractor
from dossier.model import Actor, ActorRef, Analysis, Article

pytestmark = pytest.mark.slow

CODES = {"Brazil": "BRA", "Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Norway": "NOR",
         "Sweden": "SWE", "Finland": "FIN", "Egypt": "EGY", "Libya": "LBY", "Spain": "ESP",
         "Morocco": "MAR", "Greece": "GRC", "Turkey": "TUR", "Kenya": "KEN", "Uganda": "UGA",
         "Ghana": "GHA", "Togo": "TGO"}


def extract(nlp, text: str) -> set[tuple]:
    article = Article(doc="t", body=text, published=date(2024, 5, 8))
    refs = tuple(ActorRef(Actor(name=name, kind="country", country=code), name, m.start(), m.end())
                 for name, code in CODES.items()
                 for m in re.finditer(rf"\b{name}\b", article.text))
    analysis = Analysis(article=article, doc=nlp(article.text), actors=refs)
    mentions = RuleExtractor(RuleExtractor.default().lexicon).extract(analysis)
    return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None,
             m.status) for m in mentions}


@pytest.mark.parametrize("text, expected", [
    # a commitment takes the type of what is committed to
    ("Brazil vowed to attack Chile before the summer.", ("THREATEN", "BRA", "CHL", "fact")),
    ("Brazil pledged to send food to Chile.", ("AGREE", "BRA", "CHL", "fact")),
    ("Greece is willing to withdraw its troops from Turkey.", ("AGREE", "GRC", "TUR", "fact")),
    # a harm planned by its own actor is a threat; a refusal of cooperation a rejection
    ("Norway said Norway would impose a blockade on Sweden.",
     ("THREATEN", "NOR", "SWE", "fact")),
    ("Norway would not accept the proposal from Sweden, Norway said on Monday.",
     ("REJECT", "NOR", "SWE", "fact")),
    # an act held over the other side is a threat
    ("Egypt will withdraw its ambassador from Libya unless Libya frees the sailors.",
     ("THREATEN", "EGY", "LBY", "fact")),
    # "demanded that X …": X is asked
    ("Spain demanded that Morocco withdraw its troops.", ("REQUEST", "ESP", "MAR", "fact")),
    # a mediator mediates between the others
    ("Norway launched a mediation effort between Sweden and Finland.",
     ("CONSULT", "NOR", "SWE", "fact")),
    # unnamed people as target: the act is domestic
    ("Kenya arrested twelve protesters on Friday.", ("COERCE", "KEN", "KEN", "fact")),
    # people named by the country they are in; "staged" is lemmatised "stag" by the model
    ("Students throughout Kenya staged protests against Uganda.",
     ("PROTEST", "KEN", "UGA", "fact")),
    # a labour strike is a protest, not an attack
    ("Teachers in Ghana began a general strike against Togo.",
     ("PROTEST", "GHA", "TGO", "fact")),
])
def test_conventions_code_the_plover_way(nlp, text, expected):
    assert expected in extract(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # a forecast by someone else stays a future act, not a threat
    ("Analysts expect that Brazil will attack Chile.", "THREATEN"),
    # a refusal only counts when the actor speaks of its own will
    ("Norway did not accept the proposal from Sweden.", "REJECT"),
    # an air strike is an attack, whatever the words around it
    ("Peru launched an air strike on Bolivia.", "PROTEST"),
])
def test_conventions_do_not_overreach(nlp, text, unwanted):
    assert unwanted not in {f[0] for f in extract(nlp, text)}


def test_conventions_explain_names_the_conversion(nlp):
    article = Article(doc="t", body="Norway said Norway would impose a blockade on Sweden.")
    refs = tuple(ActorRef(Actor(name=n, kind="country", country=c), n, m.start(), m.end())
                 for n, c in CODES.items() for m in re.finditer(rf"\b{n}\b", article.text))
    mentions = RuleExtractor.default().extract(Analysis(article, nlp(article.text), refs))
    (threat,) = [m for m in mentions if m.type == "THREATEN"]
    assert any("THREATEN" in line for line in threat.explain)
    assert any(line.startswith("trigger:") for line in threat.explain)
